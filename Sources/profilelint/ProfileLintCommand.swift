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
        subcommands: [CheckCommand.self, BatchCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self, ServeCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Runs the command, mapping argument errors to exit code 2 (the documented usage-error code).
    ///
    /// Argument errors are printed like the tool's own: one `error:` line, with where to read more.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistyped = mistypedSubcommand(arguments) {
            Terminal.writeError(message: Terminal.language.catalog.text(.cliUnknownCommand, ["typed": mistyped.typed, "meant": mistyped.meant]))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let help = arguments.first.flatMap { subcommandNames.contains($0) ? "profilelint \($0) --help" : nil } ?? "profilelint --help"
                Terminal.writeError(message: Terminal.language.catalog.text(.cliSeeHelp, ["message": oneLine(message(for: error)), "help": help]))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// The subcommand names, for "did you mean".
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// A first argument that is not a subcommand, an option or an existing path, but is close to a
    /// subcommand's name (`chek` for `check`): without this, the default subcommand would read it
    /// as a profile and say it cannot be read.
    static func mistypedSubcommand(_ arguments: [String]) -> (typed: String, meant: String)? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first),
              !FileManager.default.fileExists(atPath: first), let meant = first.closest(in: subcommandNames) else { return nil }
        return (first, meant)
    }

    /// ArgumentParser's message on one line, without its own `Error:` prefix.
    static func oneLine(_ message: String) -> String {
        var text = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
