import Foundation
import Testing
@testable import ProfileLint

/// Workforce reports carry the day they were made, fixed by `SOURCE_DATE_EPOCH` for reproducible
/// output, and show a baseline by its day rather than its path.
@Suite struct ReportDateTests {
    @Test(arguments: [
        (Int64(0), "1970-01-01"), (1_796_202_000, "2026-12-02"), (951_782_400, "2000-02-29"), (-1, "1969-12-31"), (4_107_542_399, "2100-02-28"),
    ])
    func secondsSince1970GiveTheirUTCDay(seconds: Int64, iso: String) {
        #expect(ReportDate(secondsSince1970: seconds).iso == iso)
    }

    @Test func sourceDateEpochFixesTheDayAndIsIgnoredWhenNotANumber() {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        #expect(ReportDate.current(environment: ["SOURCE_DATE_EPOCH": "1796202000"], now: now).iso == "2026-12-02")
        #expect(ReportDate.current(environment: ["SOURCE_DATE_EPOCH": "yesterday"], now: now) == ReportDate(now))
        #expect(ReportDate.current(environment: [:], now: now) == ReportDate(now))
    }

    @Test(arguments: ["2026-11-02", "2026-11-02T08:15:00Z", "2026-11-02 08:15"])
    func isoTextsGiveTheirDay(text: String) {
        #expect(ReportDate(iso: text) == ReportDate(year: 2026, month: 11, day: 2))
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-11-02", "2026/11/02", "2026-11-02x", ""])
    func otherTextsAreNoDay(text: String) {
        #expect(ReportDate(iso: text) == nil)
    }

    @Test(arguments: [
        (ReportLanguage.english, 2, "2 December 2026"), (.dutch, 2, "2 december 2026"), (.french, 2, "2 décembre 2026"),
        (.english, 1, "1 December 2026"), (.french, 1, "1er décembre 2026"),
    ])
    func daysAreWrittenInTheReportsLanguage(language: ReportLanguage, day: Int, expected: String) throws {
        let date = try #require(ReportDate(year: 2026, month: 12, day: day))
        #expect(date.formatted(language.catalog) == expected)
    }

    static func writeBaseline(_ json: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-baseline-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        return url
    }

    @Test func aBaselineIsDatedByItsGeneratedDay() throws {
        let url = try Self.writeBaseline(#"{"generated": "2026-11-02", "summary": {"scored": 33, "missing_profiles": 5, "average_score": 63.2}}"#)
        defer { try? FileManager.default.removeItem(at: url) }
        let baseline = try Baseline.load(url.path, limits: .default)
        #expect(baseline.generated == ReportDate(year: 2026, month: 11, day: 2))
        #expect(baseline.scored == 33)
        #expect(baseline.missingProfiles == 5)
    }

    @Test func anOlderBaselineWithoutADateIsDatedByItsModificationDay() throws {
        let url = try Self.writeBaseline(#"{"summary": {"average_score": 63.2}}"#)
        defer { try? FileManager.default.removeItem(at: url) }
        let modified = Date(timeIntervalSince1970: 1_793_000_000)  // 2026-10-26
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        let baseline = try Baseline.load(url.path, limits: .default)
        #expect(baseline.generated?.iso == "2026-10-26")
        #expect(baseline.scored == nil)
    }

    @Test func theTrendCarriesTheChangeInScoredAndMissingProfiles() throws {
        let url = try Self.writeBaseline(#"{"generated": "2026-11-02", "summary": {"scored": 33, "missing_profiles": 5, "average_score": 63.2}}"#)
        defer { try? FileManager.default.removeItem(at: url) }
        var aggregator = WorkforceAggregator(rules: [], organisation: nil)
        aggregator.add(.missing(id: "E1", name: "Mirte Valk", department: "Planning"))
        let trend = try Baseline.load(url.path, limits: .default).trend(to: aggregator.report())
        #expect(trend.baselineGenerated?.iso == "2026-11-02")
        #expect((trend.scoredBefore, trend.scoredAfter) == (33, 0))
        #expect((trend.missingProfilesBefore, trend.missingProfilesAfter) == (5, 1))

        let text = WorkforceTextReporter(language: .english).trend(trend)
        #expect(text.contains("Change since the report of 2 November 2026"))
        #expect(text.contains("  scored 33 → 0 (-33)"))
        #expect(text.contains("  missing profiles 5 → 1 (-4)"))
        #expect(!text.joined().contains(url.path), "the baseline is shown by its day, not its local path")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(WorkforceJSONReporter.trend(trend).rendered().utf8)) as? [String: Any])
        #expect(json["baseline_generated"] as? String == "2026-11-02")
        let missing = try #require(json["missing_profiles"] as? [String: Any])
        #expect(missing["before"] as? Int == 5 && missing["after"] as? Int == 1 && missing["change"] as? Int == -4)
    }
}
