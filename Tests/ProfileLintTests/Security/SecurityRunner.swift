import Foundation

/// Runs the built `profilelint` binary for the security tests, like ``CLIRunner``, but also reports
/// how the process ended (an exit or a signal) and how long it took, and can drop root privileges.
///
/// Tests may run as root, and root reads a file of mode 000 anyway. With ``Privileges/unprivileged``
/// a root test process runs the binary as `nobody` through `setpriv`, so permissions mean what they
/// say; a non-root test process runs it as itself.
enum SecurityRunner {
    struct Output {
        var status: Int32
        /// Whether the process ended by a signal (a crash) rather than by exiting.
        var signalled: Bool
        var stdout: String
        var stderr: String
        var duration: Duration

        /// The non-empty lines of standard error.
        var errorLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
    }

    enum Privileges {
        case current
        /// As `nobody` when the tests run as root (see ``canDropRoot``).
        case unprivileged
    }

    /// Whether the test process is root, for which mode 000 does not stop reading.
    static var isRoot: Bool { geteuid() == 0 }

    /// `setpriv`, which runs the binary as `nobody` when the tests run as root.
    static var setpriv: String? { ExternalTool.which("setpriv") }

    /// Whether ``Privileges/unprivileged`` really runs without root privileges.
    static var canDropRoot: Bool { !isRoot || setpriv != nil }

    /// Runs `profilelint arguments` in the repository root (or `directory`).
    static func run(_ arguments: [String], in directory: String = Repository.root.path, privileges: Privileges = .current,
                    environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        if privileges == .unprivileged, isRoot, let setpriv {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.executable.path] + arguments
        } else {
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "C"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      signalled: process.terminationReason == .uncaughtSignal,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      duration: clock.now - start)
    }

    /// A new empty folder in the temporary directory that `nobody` can enter and read.
    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        return folder
    }

    /// Texts that only appear on standard error when a process crashed rather than reported an error.
    static let crashMarkers = ["Fatal error", "Stack dump", "Backtrace", "Segmentation fault", "SIGSEGV", "SIGILL", "SIGABRT",
                               "AddressSanitizer", "ThreadSanitizer", "LeakSanitizer", "Illegal instruction", "Current stack trace"]
}
