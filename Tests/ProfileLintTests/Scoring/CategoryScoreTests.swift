import Foundation
import Testing
@testable import ProfileLint

/// Each category has its own score by the overall formula on its rules alone, and the level is
/// LinkedIn's profile strength: it rests on the completeness rules, so a weak quality score never lowers it.
@Suite struct CategoryScoreTests {
    /// A minimal rule file of `category` checking that `field` is present (or at least `length` long).
    static func rule(_ id: String, category: String?, weight: Int, allStar: Bool = false, check: String) throws -> Rule {
        let text = """
        id: \(id)
        name: \(id)
        description: \(id)
        rationale: \(id)
        \(category.map { "category: \($0)" } ?? "")
        severity: error
        weight: \(weight)
        all-star: \(allStar)
        check:
          \(check)
        message: Not there.
        suggestion: Add it.
        examples:
          passing: [{headline: "Data engineer at Acme", about: "\(String(repeating: "x", count: 40))"}]
          failing: [{}]
        """
        return try RuleLoader().loadRule(text, file: "\(id).yml")
    }

    static func profile(_ json: String) throws -> Profile {
        try ProfileJSONImporter().importProfile(from: try JSONParser().parse(Array(json.utf8)).root, file: "p.json")
    }

    @Test func eachCategoryIsScoredOnItsOwnRules() {
        // completeness: 10 passes, 6 fails, 8 unknown → 10 / 16 = 62.5 → 63; quality: no rule → no score;
        // organisation: 4 passes, 10 fails → 4 / 14 = 28.6 → 29.
        let scores = CategoryScores(statuses: [.pass, .fail, .unknown, .pass, .fail],
                                    weights: [10, 6, 8, 4, 10],
                                    categories: [.completeness, .completeness, .completeness, .organisation, .organisation])
        #expect(scores.completeness.score == 63)
        #expect(scores.completeness.passed == 1 && scores.completeness.failed == 1 && scores.completeness.unknown == 1)
        #expect(scores.quality.score == nil)
        #expect(scores.quality.rules == 0)
        #expect(scores.organisation.score == 29)
        #expect(scores.applied == [.completeness, .organisation])
    }

    @Test func aCategoryOfUnknownsHasNoScore() {
        let scores = CategoryScores(statuses: [.unknown, .pass], weights: [5, 5], categories: [.quality, .completeness])
        #expect(scores.quality.score == nil)
        #expect(scores.quality.unknown == 1)
        #expect(scores.completeness.score == 100)
    }

    @Test func aWeakQualityScoreNeverLowersTheLevel() throws {
        let rules = [
            try Self.rule("has-headline", category: "completeness", weight: 10, allStar: true, check: "present: headline"),
            try Self.rule("long-about", category: "quality", weight: 90, check: "min-length: {field: about, value: 30}"),
        ]
        let report = Linter(rules: rules).lint(try Self.profile(#"{"headline": "Data engineer at Acme", "about": "Short."}"#),
                                               source: "p.json", format: .profile)
        // Overall 10 / 100 = 10 would be beginner; the completeness rules alone score 100 with the All-Star criterion passing.
        #expect(report.score == 10)
        #expect(report.categories.completeness.score == 100)
        #expect(report.categories.quality.score == 0)
        #expect(report.level == .allStar)
    }

    @Test func theLevelFallsBackToTheOverallScoreWithoutCompletenessRules() throws {
        let rules = [try Self.rule("long-about", category: "quality", weight: 10, check: "min-length: {field: about, value: 30}")]
        let report = Linter(rules: rules).lint(try Self.profile(#"{"about": "Short."}"#), source: "p.json", format: .profile)
        #expect(report.categories.completeness.score == nil)
        #expect(report.level == .beginner)
    }

    @Test func aRuleWithoutCategoryCountsTowardCompleteness() throws {
        let rule = try Self.rule("has-headline", category: nil, weight: 10, check: "present: headline")
        #expect(rule.category == .completeness)
    }

    @Test func anUnknownCategoryIsRefusedWithASuggestion() throws {
        #expect(throws: ProfileLintError.self) { try Self.rule("has-headline", category: "qualty", weight: 10, check: "present: headline") }
        do {
            _ = try Self.rule("has-headline", category: "qualty", weight: 10, check: "present: headline")
        } catch let error as ProfileLintError {
            #expect(error.errorDescription?.contains("key 'category': expected 'completeness', 'quality' or 'organisation' but found 'qualty'; did you mean 'quality'?") == true,
                    "\(error.errorDescription ?? "")")
        }
    }

    @Test func onlyCompletenessRulesCanBeAllStarCriteria() {
        #expect(throws: ProfileLintError.self) {
            try Self.rule("long-about", category: "quality", weight: 10, allStar: true, check: "min-length: {field: about, value: 30}")
        }
    }

    @Test func everyShippedRuleNamesItsCategory() throws {
        for file in Repository.ruleFiles {
            let text = try String(contentsOfFile: Repository.path("Rules/" + file), encoding: .utf8)
            #expect(text.split(separator: "\n").contains { $0.hasPrefix("category: ") }, "\(file) names no category")
        }
        let rules = try RuleLoader().loadDefaultRules()
        #expect(rules.filter { $0.category == .organisation }.map(\.id) == ["employer-named", "groups-joined"])
        // LinkedIn's profile-strength items are completeness; the quality rules judge what is there.
        #expect(rules.filter { $0.category == .quality }.map(\.id)
                == ["about-buzzwords", "about-fold", "custom-url", "headline-caps", "headline-front", "photo-recent", "role-action", "role-results"])
        #expect(rules.filter { $0.category == .completeness }.map(\.id).contains("banner"))
        #expect(rules.filter { $0.category == .completeness }.map(\.id).contains("recommendations"))
    }

    /// Jan Jansen's profile: the organisation rules are employer-named (10, passes) and groups-joined
    /// (4, fails): 10 / 14 = 71; the fifteen completeness rules weigh 82, of which banner (2) cannot
    /// tell from profile JSON and current-position (10) and location (4) pass: 14 / 80 = 17.5 → 18,
    /// beginner; of the quality rules headline-front (3) and headline-caps (1) pass and the other six
    /// cannot tell: 4 / 4 = 100.
    @Test func checkReportsGiveTheScorePerCategory() throws {
        let text = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(text.stdout.split(separator: "\n").dropFirst(2).first == "  completeness 18/100 · quality 100/100 · organisation 71/100")

        let json = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let profile = try #require((object["profiles"] as? [[String: Any]])?.first)
        let categories = try #require(profile["categories"] as? [String: [String: Any]])
        #expect(Set(categories.keys) == ["completeness", "quality", "organisation"])
        #expect(categories["completeness"]?["score"] as? Int == 18)
        #expect(categories["completeness"]?["passed"] as? Int == 2)
        #expect(categories["completeness"]?["failed"] as? Int == 10)
        #expect(categories["completeness"]?["unknown"] as? Int == 1)
        #expect(categories["organisation"]?["score"] as? Int == 71)
        #expect(categories["quality"]?["score"] as? Int == 100)
        #expect(categories["quality"]?["passed"] as? Int == 2)
        #expect(categories["quality"]?["unknown"] as? Int == 6)
        #expect(profile["level"] as? String == "beginner")

        let junit = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json", "--format", "junit"])
        #expect(junit.stdout.contains("<property name=\"score.completeness\" value=\"18\"/>"))
        #expect(junit.stdout.contains("<property name=\"score.organisation\" value=\"71\"/>"))
        let github = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json", "--format", "github"])
        #expect(github.stdout.hasPrefix("profilelint: Fixtures/profiles/jan-jansen-incomplete.json: score 29/100, beginner (completeness 18/100, quality 100/100, organisation 71/100)\n"))
        let sarif = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json", "--format", "sarif"])
        let run = try #require(((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let listed = try #require(((run["properties"] as? [String: Any])?["profiles"] as? [[String: Any]])?.first)
        #expect((listed["categories"] as? [String: [String: Any]])?["organisation"]?["score"] as? Int == 71)
    }
}
