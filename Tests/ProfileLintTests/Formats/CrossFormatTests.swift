import Testing
@testable import ProfileLint

/// Sanne de Vries exists in five formats; the default rules must judge her the same in each, except
/// where a format cannot know a fact (then the rule is unknown rather than failing).
@Suite struct CrossFormatTests {
    static let ownJSON = "Fixtures/profiles/sanne-de-vries-all-star.json"

    /// Every input of Sanne, its format, and the rules it cannot judge.
    static let formats: [(path: String, format: InputFormat, unknown: Set<String>)] = [
        // Only a LinkedIn export dates the photo upload.
        (ownJSON, .profile, ["photo-recent"]),
        ("Fixtures/linkedin/sanne-de-vries", .linkedInExport, []),
        ("Fixtures/linkedin/sanne-de-vries.zip", .linkedInExport, []),
        // JSON Resume has no industry, groups, connections, banner or photo date.
        ("Fixtures/json-resume/sanne-de-vries.resume.json", .jsonResume, ["industry", "groups-joined", "connections", "banner", "photo-recent"]),
        // Nor has Reactive Resume.
        ("Fixtures/reactive-resume/sanne-de-vries.json", .reactiveResume, ["industry", "groups-joined", "connections", "banner", "photo-recent"]),
    ]

    @Test func sanneIsAnAllStarInHerOwnJSON() throws {
        let report = try FixtureInput.report(try FixtureInput.read(Self.ownJSON))
        #expect(report.results.count == (try RuleLoader().loadDefaultRules().count))
        #expect(report.results.allSatisfy { $0.status == .pass || $0.rule == "photo-recent" })
        #expect(report.level == .allStar)
    }

    @Test(arguments: formats.indices)
    func everyFormatGivesEveryRuleTheSameStatusExceptWhatItCannotKnow(index: Int) throws {
        let (path, format, unknown) = Self.formats[index]
        let input = try FixtureInput.read(path)
        #expect(input.format == format)
        let rules = try RuleLoader().loadDefaultRules().map(\.id)
        var expected = Dictionary(uniqueKeysWithValues: rules.map { ($0, RuleStatus.pass) })
        for rule in unknown {
            #expect(expected[rule] != nil, "no rule \(rule)")
            expected[rule] = .unknown
        }
        #expect(FixtureInput.statuses(try FixtureInput.report(input)) == expected)
    }

    @Test func unknownRulesAreLeftOutOfTheScoreNotCountedAsFailures() throws {
        let report = try FixtureInput.report(try FixtureInput.read("Fixtures/json-resume/sanne-de-vries.resume.json"))
        #expect(report.score == 100)
        #expect(report.suggestions.isEmpty)
        #expect(report.results.filter { $0.status == .unknown }.allSatisfy { $0.message?.hasPrefix("Not known from this source") == true })
    }
}
