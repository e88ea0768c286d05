import Testing
@testable import ProfileLint

/// The `check` text report in every language besides English (whose golden the reporter tests keep),
/// against `Golden/check.text.<code>.txt`, so that a label can no longer regress to English silently.
@Suite struct LanguageGoldenTests {
    static let translated = ReportLanguage.allCases.filter { $0 != .english }

    @Test(arguments: translated)
    func textReportMatchesItsGoldenFileInEveryLanguage(language: ReportLanguage) throws {
        let output = TextReporter().report(try GoldenRun.make(language: language))
        let golden = "Tests/ProfileLintTests/Reporters/Golden/check.text.\(language.rawValue).txt"
        let stale = Repository.compareGenerated(output, with: golden)
        #expect(stale == nil, Comment(rawValue: stale ?? ""))
    }

    @Test(arguments: translated)
    func textReportUsesNoEnglishLabel(language: ReportLanguage) throws {
        // The importers' warnings (`[unknown-key]`) are not yet in the catalog.
        let output = TextReporter().report(try GoldenRun.make(language: language))
            .split(separator: "\n").filter { !$0.contains("warning: [unknown-key]") }.joined(separator: "\n")
        #expect(EnglishLabels.found(in: output) == [])
    }
}
