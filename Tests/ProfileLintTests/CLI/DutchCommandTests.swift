import Foundation
import Testing

/// Dutch end to end (issue 13, item 15): `explain`, the workforce HTML's rule names and the "wrote"
/// line are Dutch, not English (`rules` is checked with French).
@Suite struct DutchCommandTests {
    @Test func explainWithLangNLGivesDutchDescriptionAndRationale() throws {
        let output = try CLIRunner.run(["explain", "photo", "--lang", "nl"])
        #expect(output.stdout.hasPrefix("photo: Profielfoto\n\nHet profiel heeft een profielfoto.\n\nWaarom het ertoe doet:\n  Profielen met een foto"))
    }

    @Test func batchHTMLWithLangNLNamesTheRulesInDutch() throws {
        let (stderr, html, report) = try FrenchCommandTests.workforceHTML(language: "nl")
        #expect(stderr.contains("\(report) geschreven (40 medewerkers)"))
        #expect(html.contains("Profielfoto") && html.contains("Info-sectie"))
        #expect(!html.contains("About section") && !html.contains("Profile photo"))
        #expect(html.contains(">70,9<"), "averages use the Dutch decimal comma")
    }
}
