import Foundation
import Testing
@testable import ProfileLint

/// A score says how much of the profile it rests on: a near-empty export gets no level, a profile of
/// unknowns gets no score, and neither is averaged into a workforce.
@Suite struct AssessmentTests {
    @Test(arguments: [
        // statuses (p = pass, f = fail, u = unknown), weights, expected standing at a 60% minimum
        ("pppp", [1, 1, 1, 1], Assessment.Standing.assessable),
        ("pppu", [1, 1, 1, 1], .assessable),   // 75%
        ("ppuu", [1, 1, 1, 1], .partly),       // 50%
        ("puuu", [6, 1, 1, 1], .assessable),   // 6 of 9 = 67%
        ("upppp", [10, 1, 1, 1, 1], .partly),  // 4 of 14 = 29%
        ("fuu", [1, 1, 1], .partly),           // a failure counts as checked
        ("uuu", [1, 1, 1], .none),
    ])
    func standingFollowsTheCheckedShareOfTheWeight(statuses: String, weights: [Int], expected: Assessment.Standing) {
        let parsed = statuses.map { $0 == "p" ? RuleStatus.pass : $0 == "f" ? .fail : .unknown }
        let assessment = Assessment(statuses: parsed, weights: weights, minimumShare: 0.6)
        #expect(assessment.standing == expected)
        #expect(assessment.checkedRules == parsed.filter { $0 != .unknown }.count)
        #expect(assessment.totalWeight == weights.reduce(0, +))
    }

    @Test func aNearlyEmptyExportHasAScoreButNoLevel() throws {
        let output = try CLIRunner.run(["check", "Fixtures/linkedin/profile-only"])
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines[1] == "  score 100/100 · no level: 8 of 23 rules could be checked (31% of the weight; 60% needed) · 8 passed, 0 failed, 15 unknown")
        #expect(!output.stdout.contains("Nothing to improve: every rule passes."))
        #expect(output.stdout.contains("Nothing to improve in what could be checked; the rest is not known from this source."))

        let json = try CLIRunner.run(["check", "Fixtures/linkedin/profile-only", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let profile = try #require((object["profiles"] as? [[String: Any]])?.first)
        #expect(profile["score"] as? Int == 100)
        #expect(profile["level"] is NSNull)
        let assessment = try #require(profile["assessment"] as? [String: Any])
        #expect(assessment["standing"] as? String == "partly-assessable")
        #expect(assessment["checked_rules"] as? Int == 8)
    }

    @Test func aProfileOfUnknownsHasNoScore() throws {
        let output = try CLIRunner.run(["check", "Fixtures/assessment/nothing-known.json"])
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines[1] == "  nothing could be checked: 23 rules unknown")
        #expect(!output.stdout.contains("/100"))
        #expect(!output.stdout.contains("Nothing to improve"))
        let json = try CLIRunner.run(["check", "Fixtures/assessment/nothing-known.json", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let profile = try #require((object["profiles"] as? [[String: Any]])?.first)
        #expect(profile["score"] is NSNull, "no score, not 0")
        #expect(profile["level"] is NSNull)
    }

    @Test func theMinimumShareIsConfigurable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-assessment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "scoring: {min_checked_weight: 25%}\n".write(to: folder.appendingPathComponent(".profilelint.yml"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", Repository.path("Fixtures/linkedin/profile-only")], in: folder.path)
        #expect(output.stdout.contains("score 100/100 · advanced · 8 passed, 0 failed, 15 unknown · 8 of 23 rules checked (31% of the weight)"),
                "\(output.stdout)")
    }

    /// Partly and not assessable profiles are counted apart and kept out of averages, levels and bands.
    @Test func workforceFiguresUseAssessableProfilesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-assessment-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        try manager.copyItem(atPath: Repository.path("Fixtures/linkedin/profile-only"), toPath: folder.appendingPathComponent("eva").path)
        try manager.copyItem(atPath: Repository.path("Fixtures/assessment/nothing-known.json"), toPath: folder.appendingPathComponent("iris.json").path)
        try manager.copyItem(atPath: Repository.path("Fixtures/profiles/jan-jansen-incomplete.json"), toPath: folder.appendingPathComponent("jan.json").path)
        let output = try CLIRunner.run(["batch", ".", "--format", "json", "--no-progress"], in: folder.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["employees"] as? Int == 3)
        #expect(summary["scored"] as? Int == 1)
        #expect(summary["partly_assessable"] as? Int == 1)
        #expect(summary["not_assessable"] as? Int == 1)
        #expect(summary["average_score"] as? Int == 29, "Jan's 29 alone, not (29 + 100 + 0) / 3")
        let levels = try #require(summary["levels"] as? [String: Int])
        #expect(levels.values.reduce(0, +) == 1)
        let bands = try #require(summary["score_distribution"] as? [[String: Any]])
        #expect(bands.compactMap { $0["count"] as? Int }.reduce(0, +) == 1)

        let text = try CLIRunner.run(["batch", ".", "--no-progress"], in: folder.path)
        #expect(text.stdout.contains("employees 3 · scored 1 · missing profiles 0 · errors 0 · partly assessable 1 · not assessable 1"),
                "\(text.stdout.prefix(400))")
    }
}
