import Testing
@testable import ProfileLint

/// Runs every rule's examples: adding a rule file adds its tests, with no test code.
@Suite struct RuleExamplesTests {
    static let loader = RuleLoader()

    static func evaluate(_ rule: Rule, _ example: JSONValue, organisation: Organisation? = nil) throws -> RuleStatus {
        let profile = try ProfileJSONImporter().importProfile(from: example, file: rule.file)
        return Linter(rules: [rule], organisation: organisation).lint(profile, source: rule.file, format: .profile).results[0].status
    }

    @Test(arguments: Repository.ruleFiles)
    func ruleExamplesGiveTheirDocumentedOutcome(file: String) throws {
        let rule = try Self.loader.loadDirectory(Repository.path("Rules")).first { $0.file.hasSuffix("/" + file) }
        let loaded = try #require(rule)
        #expect(!loaded.examples.passing.isEmpty && !loaded.examples.failing.isEmpty)
        for (index, example) in loaded.examples.passing.enumerated() {
            #expect(try Self.evaluate(loaded, example) == .pass, "passing example \(index + 1) of \(file) does not pass")
        }
        for (index, example) in loaded.examples.failing.enumerated() {
            #expect(try Self.evaluate(loaded, example) == .fail, "failing example \(index + 1) of \(file) does not fail")
        }
        for (index, example) in loaded.examples.unknown.enumerated() {
            #expect(try Self.evaluate(loaded, example) == .unknown, "unknown example \(index + 1) of \(file) is not unknown")
        }
    }

    @Test(arguments: Repository.ruleFiles)
    func failingExamplesRenderEveryPlaceholder(file: String) throws {
        let rules = try Self.loader.loadDirectory(Repository.path("Rules"))
        let rule = try #require(rules.first { $0.file.hasSuffix("/" + file) })
        for example in rule.examples.failing {
            let profile = try ProfileJSONImporter().importProfile(from: example, file: rule.file)
            for language in ReportLanguage.allCases {
                let result = Linter(rules: [rule], language: language).lint(profile, source: "x", format: .profile).results[0]
                let message = try #require(result.message)
                let suggestion = try #require(result.suggestion)
                #expect(!message.contains("{") && !suggestion.contains("{"), "\(file): unfilled placeholder in \(language)")
            }
        }
    }
}
