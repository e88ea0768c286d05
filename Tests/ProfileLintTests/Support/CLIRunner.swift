import Foundation

/// Runs the built `profilelint` binary, for end-to-end tests of stdout, stderr and exit codes.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder with the built products (the test bundle sits next to the executable).
    static let productsDirectory: URL = {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }()

    static var executable: URL { productsDirectory.appendingPathComponent("profilelint") }

    /// Runs `profilelint arguments` in `directory` (the repository root by default), feeding `stdin`.
    static func run(_ arguments: [String], in directory: String = Repository.root.path, stdin: String? = nil,
                    environment: [String: String] = [:]) throws -> Output {
        var env = ProcessRunner.plainEnvironment
        for (key, value) in environment { env[key] = value }
        let output = try ProcessRunner.run(executable, arguments, in: directory, environment: env, stdin: stdin ?? "")
        return Output(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }
}
