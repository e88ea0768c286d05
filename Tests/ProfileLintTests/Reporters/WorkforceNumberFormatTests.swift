import Testing
@testable import ProfileLint

/// Counts in the workforce reports carry the language's thousands separator, beside its decimal
/// separator, so Dutch never shows `70,9` next to `5210` or `5,210`.
@Suite struct WorkforceNumberFormatTests {
    @Test(arguments: [(ReportLanguage.english, "5,210"), (.dutch, "5.210"), (.french, "5\u{202F}210")])
    func largeCountsAreGroupedInTheLanguagesWay(language: ReportLanguage, expected: String) {
        let report = HTMLReportSamples.workforce()
        let html = WorkforceHTMLReporter(language: language).report(report)
        #expect(html.contains("<b>\(expected)</b>"))
        let text = WorkforceTextReporter(language: language).report(report)
        #expect(text.contains(expected))
        #expect(!text.contains("5210"))
    }
}
