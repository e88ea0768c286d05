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

    /// Runs the generated bash completion for `words` (the last one being completed) in the
    /// repository root, as bash calls it: `_profilelint COMMAND WORD PREVIOUS`.
    static func bashCompletions(_ words: [String]) throws -> [String] {
        let script = try CLIRunner.run(["--generate-completion-script", "bash"]).stdout
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-completion-\(UUID().uuidString).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let driver = """
        source '\(file.path)'
        cd '\(Repository.root.path)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        COMPREPLY=(); _profilelint profilelint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let binaries = CLIRunner.executable.deletingLastPathComponent().path
        let output = try ExternalTool.run(["bash", "-c", "PATH='\(binaries)':\"$PATH\"; " + driver])
        return output.stdout.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesFilePathsForProfiles() throws {
        #expect(try Self.bashCompletions(["profilelint", "check", "Fixtures/prof"]) == ["Fixtures/profiles"])
        #expect(try Self.bashCompletions(["profilelint", "batch", "--roster", "Fixtures/workforce/ro"]).contains("Fixtures/workforce/roster.csv"))
    }

    @Test func bashCompletesRuleIDsForExplain() throws {
        #expect(try Self.bashCompletions(["profilelint", "explain", "hea"]) == ["headline", "headline-caps", "headline-front"])
        #expect(try Self.bashCompletions(["profilelint", "explain", ""]).contains("role-description"))
    }

    @Test func zshCompletesFilesForPathsAndOptions() throws {
        let script = try CLIRunner.run(["--generate-completion-script", "zsh"]).stdout
        #expect(script.contains("'*:path:_files'"))
        #expect(script.contains(":file:_files"))
        #expect(!script.contains("'*:path:'\n"))
    }
}
