import Foundation
import Testing

@Suite struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEverySubcommand(shell: String) throws {
        let output = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        for command in ["check", "batch", "init", "rules", "explain"] {
            #expect(output.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
        #expect(output.stdout.contains("--format"))
    }

    @Test func bashCompletionScriptIsValidBash() throws {
        let script = try CLIRunner.run(["--generate-completion-script", "bash"]).stdout
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-completion-\(UUID().uuidString).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = try ExternalTool.run(["bash", "-n", file.path])
        #expect(check.status == 0, Comment(rawValue: check.stderr))
    }

    @Test func unknownShellIsAUsageError() throws {
        let output = try CLIRunner.run(["--generate-completion-script", "tcsh"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Can't generate completion scripts for 'tcsh'"))
    }
}
