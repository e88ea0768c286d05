import Foundation
import Testing

/// Dutch end to end (issue 13, item 15): `rules`, `explain`, the workforce HTML's rule names and the
/// "wrote" line are Dutch, not English.
@Suite struct DutchCommandTests {
    @Test func rulesWithLangNLIsDutch() throws {
        let output = try CLIRunner.run(["rules", "--lang", "nl"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("REGEL"))
        #expect(output.stdout.contains("Het profiel heeft een profielfoto."))
        #expect(output.stdout.contains("13 regels, totaal gewicht"))
        let withoutIDs = output.stdout.replacingOccurrences(of: "(?m)^\\S+", with: "", options: .regularExpression)
        #expect(EnglishLabels.found(in: withoutIDs) == [])
    }

    @Test func explainWithLangNLGivesDutchDescriptionAndRationale() throws {
        let output = try CLIRunner.run(["explain", "photo", "--lang", "nl"])
        #expect(output.stdout.hasPrefix("photo: Profielfoto\n\nHet profiel heeft een profielfoto.\n\nWaarom het ertoe doet:\n  Profielen met een foto"))
    }

    @Test func batchHTMLWithLangNLNamesTheRulesInDutch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-nl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("rapport.html").path
        let output = try CLIRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                                        "Fixtures/workforce/batches", "--format", "html", "--lang", "nl", "--output", report, "--no-progress"])
        #expect(output.stderr.contains("\(report) geschreven (40 medewerkers)"))
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("Profielfoto") && html.contains("Info-sectie"))
        #expect(!html.contains("About section") && !html.contains("Profile photo"))
        #expect(html.contains(">70,9<"), "averages use the Dutch decimal comma")
    }
}
