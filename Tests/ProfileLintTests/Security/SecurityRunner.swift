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
        /// The lines of standard error other than `note:` lines (such as which configuration is used).
        var errorLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("note: ") } }
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
        var env = ProcessRunner.plainEnvironment
        for (key, value) in environment { env[key] = value }
        let output: ProcessRunner.Output
        if privileges == .unprivileged, isRoot, let setpriv {
            output = try ProcessRunner.run(URL(fileURLWithPath: setpriv),
                                           ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.executable.path] + arguments,
                                           in: directory, environment: env)
        } else {
            output = try ProcessRunner.run(CLIRunner.executable, arguments, in: directory, environment: env)
        }
        return Output(status: output.status, signalled: output.signalled, stdout: output.stdout, stderr: output.stderr,
                      duration: output.duration)
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
