import ArgumentParser
import ProfileLint

/// `profilelint rules`: list the loaded rules with their severity, weight and All-Star flag.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules: id, severity, weight, All-Star criterion and description.",
        discussion: """
        Lists the built-in rules, or those of --rules DIR, after the configuration's overrides.

        Examples:
          profilelint rules
          profilelint rules --rules my-rules/
          profilelint rules --format json
        """
    )

    /// The output formats of `rules`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let setup = try ruleOptions.makeSetup()
        let catalog = RuleCatalog(setup.rules)
        switch format {
        case .text: try Terminal.write(catalog.table(language: setup.language))
        case .json: try Terminal.write(catalog.json(language: setup.language))
        }
    }
}
