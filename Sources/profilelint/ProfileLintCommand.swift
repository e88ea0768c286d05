import ArgumentParser
import Foundation
import ProfileLint

/// The `profilelint` command: a thin front end over the ProfileLint engine.
@main
struct ProfileLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profilelint",
        abstract: "Lint LinkedIn profiles for completeness: scores, levels and concrete suggestions.",
        discussion: """
        Reads LinkedIn data exports (ZIP or folder), JSON Resume, profilelint's own profile JSON or YAML, \
        and JSON Lines batches. Exit codes: 0 all good, 1 a profile falls short, 2 usage, rule or input errors.

        Examples:
          profilelint check Fixtures/profiles/jan-jansen-incomplete.json
          profilelint rules
          profilelint explain headline
          profilelint --generate-completion-script zsh > ~/.zfunc/_profilelint
        """,
        version: ProfileLintVersion.current,
        subcommands: [CheckCommand.self, BatchCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Runs the command, mapping argument errors to exit code 2 (the documented usage-error code).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.writeError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
