import Foundation
import Testing
@testable import ProfileLint

@Suite struct RuleCatalogTests {
    static let rules: [Rule] = (try? RuleLoader().loadDefaultRules()) ?? []

    /// A complete rule file around `check`, for loading a rendered check back.
    static func ruleFile(check: String) -> String {
        """
        id: round-trip
        name: Round trip
        description: A rule whose check was rendered by Check.rendered.
        rationale: Rendering a check and loading it again must give the same check.
        severity: info
        weight: 1
        check:
        \(check.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        message: {en: m, nl: m}
        suggestion: {en: s, nl: s}
        examples:
          passing: [{}]
          failing: [{}]

        """
    }

    @Test(arguments: rules.map(\.id))
    func renderedCheckLoadsBackAsTheSameCheck(id: String) throws {
        let rule = try RuleCatalog(Self.rules).rule(id)
        let reloaded = try RuleLoader().loadRule(Self.ruleFile(check: rule.check.rendered), file: "round-trip.yml")
        #expect(reloaded.check.rendered == rule.check.rendered)
        #expect(reloaded.check.summary == rule.check.summary)
    }

    @Test func renderingQuotesRegularExpressionsAndDefaultsSafely() throws {
        let pattern = try #require(CompiledPattern("it's (a|b)\\d+"))
        let check = Check(NotCheck(check: Check(AnyCheck(checks: [
            Check(PatternCheck(field: .headline, pattern: pattern)),
            Check(EmployerNamedCheck(field: .currentPositionCompany)),
            Check(GroupsJoinedCheck(minimum: 2)),
        ]))))
        #expect(check.rendered == """
        not:
          any:
            - pattern: {field: headline, regex: 'it''s (a|b)\\d+'}
            - employer-named:
            - groups-joined: {min: 2}
        """)
        let reloaded = try RuleLoader().loadRule(Self.ruleFile(check: check.rendered), file: "round-trip.yml")
        #expect(reloaded.check.rendered == check.rendered)
    }

    @Test func unknownRuleNamesTheClosestID() {
        #expect(throws: ProfileLintError.unknownRule(id: "skils", suggestion: "skills")) { try RuleCatalog(Self.rules).rule("skils") }
        #expect(throws: ProfileLintError.unknownRule(id: "nothing-like-it", suggestion: nil)) { try RuleCatalog(Self.rules).rule("nothing-like-it") }
    }

    @Test func examplesAreRenderedAsCompactJSONInSourceOrder() throws {
        let document = try YAMLDocumentReader.read("b: 1\na: [true, null, \"x\\ny\", 2.5]\nc: {}\n", file: "x.yml", maximumDepth: 10)
        #expect(JSONOutput(document.root).rendered(pretty: false) == "{\"b\":1,\"a\":[true,null,\"x\\ny\",2.5],\"c\":{}}")
    }

    @Test func wrapKeepsLinesWithinTheWidth() {
        let text = String(repeating: "word ", count: 60)
        let wrapped = RuleCatalog.wrap(text, indent: "  ", width: 40)
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 40 && $0.hasPrefix("  word") })
        #expect(wrapped.split(separator: " ").count == 60)
    }
}
