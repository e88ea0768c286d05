import Foundation
import Testing
@testable import ProfileLint
@testable import ProfileLintGenerator

/// The quality rules measured on the labelled set in `Fixtures/quality/`: each rule's false positives
/// (good texts flagged), misses (weak texts passed) and unknowns per language stay within what the rule
/// is honestly able to do. The README's figures are checked by `GeneratedFilesTests` (its
/// `quality-figures` section); the table with the ids behind each figure is attached and written to
/// `.build/quality-table.md`.
@Suite struct QualityMeasurementTests {
    /// What a quality rule may get wrong per language, as shares of the texts labelled for it.
    struct Thresholds: Sendable, CustomStringConvertible {
        var rule: String
        /// Good texts flagged.
        var falsePositives: Double
        /// Weak texts passed.
        var misses: Double
        /// Texts in a supported language the rule cannot tell.
        var unknowns: Double
        /// Texts in no supported language the rule fails (0 unless the rule reads every language's lists).
        var foreignFailures = 0
        var description: String { rule }
    }

    /// Set from what each rule can do, with room for one more text per language: false positives
    /// cost the most (a rule that flags good profiles is switched off), so they are held lowest.
    /// `role-results` cannot read results written in words ("six weeks earlier", "in plaats van elf");
    /// `about-fold` passes fluff that happens to hold a role phrase ("I help organisations unlock …")
    /// or an occupation in another sense ("un commercial dans l'âme"). `headline-front` applies every
    /// language's lists (`language: any`: a headline is too short to tell its language), so it fails a
    /// German or Spanish headline instead of leaving it unknown; `role-action` reads a Spanish
    /// description as French.
    static let thresholds: [Thresholds] = [
        Thresholds(rule: "headline-front", falsePositives: 0.10, misses: 0.15, unknowns: 0.05, foreignFailures: 3),
        Thresholds(rule: "headline-caps", falsePositives: 0.05, misses: 0.20, unknowns: 0.0),
        Thresholds(rule: "about-buzzwords", falsePositives: 0.10, misses: 0.15, unknowns: 0.05),
        Thresholds(rule: "about-fold", falsePositives: 0.10, misses: 0.45, unknowns: 0.05),
        Thresholds(rule: "role-results", falsePositives: 0.20, misses: 0.10, unknowns: 0.05),
        Thresholds(rule: "role-action", falsePositives: 0.10, misses: 0.15, unknowns: 0.10, foreignFailures: 1),
    ]

    static let measurement = Result { try QualityMeasurement.measure(root: Repository.root) }
    static let labelledSet = Result { try QualityLabelledSet.load(root: Repository.root) }

    @Test func theLabelledSetHasAtLeastSeventyTextsPerLanguage() throws {
        let items = try Self.labelledSet.get().items
        for language in ["nl", "en", "fr"] {
            let count = items.filter { $0.language == language }.count
            #expect(count >= 70, "\(count) texts in \(language)")
        }
        #expect(items.contains { $0.language == "unknown" })
    }

    @Test func everyLabelNamesAQualityRuleAndEveryRuleHasGoodAndWeakTextsInEachLanguage() throws {
        let items = try Self.labelledSet.get().items
        let rules = Set(Self.thresholds.map(\.rule))
        for item in items {
            for (rule, _) in item.labels {
                #expect(rules.contains(rule), "\(item.id) is labelled for '\(rule)', which is no quality rule")
            }
        }
        for rule in rules {
            for language in ["nl", "en", "fr"] {
                let labels = items.filter { $0.language == language }.flatMap { $0.labels.filter { $0.rule == rule }.map(\.label) }
                #expect(labels.filter { $0 == .pass }.count >= 4 && labels.filter { $0 == .fail }.count >= 4,
                        "\(rule) in \(language): \(labels.count) labels, too few good or weak texts to measure it")
            }
        }
    }

    @Test func theTableIsAttachedAndWrittenUnderBuild() throws {
        let report = try Self.measurement.get().report
        Attachment.record(report, named: "quality-table.md")
        let url = Repository.root.appendingPathComponent(".build/quality-table.md")
        try report.write(to: url, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: url, encoding: .utf8) == report)
    }

    @Test(arguments: thresholds)
    func aQualityRuleStaysWithinItsThresholdsInEachLanguage(_ limits: Thresholds) throws {
        let rows = try Self.measurement.get().rows.filter { $0.rule == limits.rule }
        try #require(!rows.isEmpty, "\(limits.rule) is not in Rules/ or has no labelled texts")
        for row in rows where row.language != "unknown" {
            #expect(row.falsePositiveRate <= limits.falsePositives,
                    "\(limits.rule) in \(row.language) flags good texts: \(row.falsePositives.joined(separator: ", "))")
            #expect(row.missRate <= limits.misses,
                    "\(limits.rule) in \(row.language) passes weak texts: \(row.misses.joined(separator: ", "))")
            #expect(row.unknownRate <= limits.unknowns,
                    "\(limits.rule) in \(row.language) cannot tell: \(row.unknowns.joined(separator: ", "))")
        }
    }

    @Test func aTextInNoSupportedLanguageIsFailedOnlyByARuleThatReadsEveryLanguage() throws {
        let rows = try Self.measurement.get().rows.filter { $0.language == "unknown" }
        try #require(!rows.isEmpty, "no quality rule is measured on the texts in other languages")
        for row in rows {
            let allowed = Self.thresholds.first { $0.rule == row.rule }?.foreignFailures ?? 0
            #expect(row.falsePositives.count <= allowed, "\(row.rule) fails texts it cannot read: \(row.falsePositives.joined(separator: ", "))")
        }
    }

    // The counting itself, on a rule made of existing check kinds and a set written here.

    static let capitalsRule = """
        id: headline-caps
        name: Headline not in capitals
        description: The headline is not in capitals.
        rationale: Capitals shout.
        severity: warning
        weight: 2
        check:
          not-pattern: {field: headline, regex: "^[^\\\\p{Ll}]*$"}
        message: The headline is in capitals.
        suggestion: Write it in normal case.
        examples:
          passing: [{headline: Data engineer}]
          failing: [{headline: DATA ENGINEER}]
        """

    static let smallSet = """
        - {id: a, field: headline, language: en, text: "Data engineer at Acme", labels: {headline-caps: pass}}
        - {id: b, field: headline, language: en, text: "DATA ENGINEER", labels: {headline-caps: fail}}
        - {id: c, field: headline, language: en, text: "DATA ENGINEER at Acme", labels: {headline-caps: fail}}
        - {id: d, field: headline, language: en, text: "ICT", labels: {headline-caps: pass}}
        - {id: e, field: headline, language: de, text: "VERTRIEB", labels: {headline-caps: unknown}}
        - {id: f, field: about, language: nl, text: "Ik bouw bruggen.", labels: {about-fold: pass}}
        """

    @Test func aGoodTextFlaggedIsAFalsePositiveAndAWeakTextPassedIsAMiss() throws {
        let rule = try RuleLoader().loadRule(Self.capitalsRule, file: "headline-caps.yml")
        let set = QualityLabelledSet(items: try QualityLabelledSet.read(Self.smallSet, file: "small.yml"))
        let measurement = try QualityMeasurement.measure([rule], on: set)
        let english = try #require(measurement.rows.first { $0.language == "en" })
        #expect(english.good == ["a", "d"] && english.weak == ["b", "c"])
        #expect(english.falsePositives == ["d"])
        #expect(english.misses == ["c"])
        #expect(english.falsePositiveRate == 0.5 && english.missRate == 0.5)
        let other = try #require(measurement.rows.first { $0.language == "unknown" })
        #expect(other.unreadable == ["e"] && other.falsePositives == ["e"])
        #expect(measurement.unmeasured == ["about-fold"])
        #expect(measurement.table.contains("| `headline-caps` | English | 1 of 2 (50%) | 1 of 2 (50%) | 0 of 4 (0%) |"))
    }

    @Test func theProfileAroundARoleTextIsACurrentPositionAtItsEmployer() throws {
        let items = try QualityLabelledSet.read(
            "- {id: r, field: role, language: en, employer: Fernhill Foods, text: Built it., labels: {role-action: pass}}", file: "r.yml")
        let profile = try #require(items.first).profileJSON
        let positions = try #require(profile["positions"] as? [[String: Any]])
        #expect(positions.first?["company"] as? String == "Fernhill Foods")
        #expect(positions.first?["description"] as? String == "Built it.")
        #expect(positions.first?["end"] == nil && profile["headline"] == nil)
    }

    @Test func anItemWithALabelThatIsNotAnOutcomeIsAnErrorNamingItsPlace() throws {
        let error = try #require(throws: GenerationError.self) {
            try QualityLabelledSet.read("- {id: x, field: about, language: en, text: Hi, labels: {about-fold: good}}", file: "bad.yml")
        }
        #expect(error.description.hasPrefix("bad.yml:1:3: ") && error.description.contains("not pass, fail or unknown"))
    }
}
