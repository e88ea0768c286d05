import ArgumentParser
import ProfileLint

/// `profilelint explain RULE`: everything about one rule, from its rule file.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks and why, its score weight, message, suggestion and examples.",
        discussion: """
        Examples:
          profilelint explain headline
          profilelint explain about --lang nl
          profilelint explain my-rule --rules my-rules/

        An unknown rule id is a usage error (exit code 2); 'profilelint rules' lists the ids.
        """
    )

    @Argument(help: ArgumentHelp("The rule's id, as listed by 'profilelint rules'.", valueName: "rule"),
              completion: .custom { _, _, prefix in ((try? RuleLoader().loadDefaultRules().map(\.id)) ?? []).filter { $0.hasPrefix(prefix) } })
    var rule: String

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let setup = try ruleOptions.makeSetup()
        let catalog = RuleCatalog(setup.rules)
        do {
            try Terminal.write(catalog.explanation(of: try catalog.rule(rule), language: setup.language))
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode(in: setup.language))
        }
    }
}
