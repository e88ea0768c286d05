import Foundation

/// Runs a program found on `PATH` (git, python3, pre-commit), for tests that drive real tools.
enum ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard output and standard error, for failure messages.
        var combined: String { stdout + stderr }
    }

    /// Runs `arguments[0]` with the rest as its arguments, in `directory`, with `environment`
    /// added to (or, for `nil` values, removed from) this process's environment.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String?] = [:]) throws -> Output {
        let output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: directory, environment: environment)
        return Output(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    /// The full path of `name` on `PATH`, if it is there.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
