import Foundation

/// Runs a program and collects what it printed, how it ended and how long it took: the one place
/// the tests start processes (``CLIRunner``, ``ExternalTool`` and ``SecurityRunner`` build on it).
enum ProcessRunner {
    struct Output {
        var status: Int32
        /// Whether the process ended by a signal (a crash) rather than by exiting.
        var signalled: Bool
        var stdout: String
        var stderr: String
        var duration: Duration
    }

    /// Runs `executable` with `arguments` in `directory`; `environment` values are added to (or, for
    /// `nil`, removed from) this process's environment; `stdin` is written to standard input.
    static func run(_ executable: URL, _ arguments: [String], in directory: String? = nil,
                    environment: [String: String?] = [:], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        if let input, let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
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

    /// The environment every run of profilelint gets: no colour, the C locale.
    static let plainEnvironment: [String: String?] = ["NO_COLOR": "1", "LANG": "C", "LC_ALL": nil, "LC_MESSAGES": nil]
}
