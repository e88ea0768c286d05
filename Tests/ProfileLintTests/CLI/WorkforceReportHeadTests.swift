import Foundation
import Testing
@testable import ProfileLint

/// What the top of a workforce report says (its day, its organisation, the change since the
/// baseline) and how an unreadable input names its employee, through the built binary.
@Suite struct WorkforceReportHeadTests {
    static let arguments = WorkforceReporterGoldenTests.arguments + ["--no-progress"]
    static let environment = WorkforceReporterGoldenTests.environment

    @Test func theTextReportOpensWithOrganisationAndDayAndTheTrendFollowsTheSummary() throws {
        let output = try CLIRunner.run(Self.arguments, environment: Self.environment)
        let lines = output.stdout.components(separatedBy: "\n")
        #expect(lines.prefix(2) == ["Workforce report — Acme Logistics", "  generated on 2 December 2026"])
        let trend = try #require(lines.firstIndex(of: "Change since the report of 2 November 2026"))
        let rules = try #require(lines.firstIndex { $0.hasPrefix("Rules (") })
        #expect(trend < rules, "the trend sits right after the summary")
        #expect(lines.contains("  scored 33 → 35 (+2)"))
        #expect(lines.contains("  missing profiles 5 → 4 (-1)"))
        #expect(!output.stdout.contains("batch.baseline-input.json"), "the baseline is named by its day, not its path")
    }

    @Test func theDutchTextReportWritesTheDayInDutch() throws {
        let output = try CLIRunner.run(Self.arguments + ["--lang", "nl"], environment: Self.environment)
        #expect(output.stdout.contains("  gemaakt op 2 december 2026\n"))
        #expect(output.stdout.contains("Verandering sinds het rapport van 2 november 2026\n"))
    }

    @Test func theJSONReportCarriesTheDayAsISO() throws {
        let output = try CLIRunner.run(Self.arguments + ["--format", "json"], environment: Self.environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["generated"] as? String == "2026-12-02")
        #expect(object["organisation"] as? String == "Acme Logistics")
        let trend = try #require(object["trend"] as? [String: Any])
        #expect(trend["baseline_generated"] as? String == "2026-11-02")
        let scored = try #require(trend["scored"] as? [String: Any])
        #expect(scored["change"] as? Int == 2)
    }

    @Test func anUnreadableInputNamesItsEmployeeInEveryReportAndOnStandardError() throws {
        let text = try CLIRunner.run(Self.arguments, environment: Self.environment)
        #expect(text.stdout.contains("  E036 Tom Kuiper\n    Fixtures/workforce/profiles/E036.json:373:21: invalid JSON"))
        #expect(text.stderr.contains("error: Fixtures/workforce/profiles/E036.json:373:21: invalid JSON: unescaped control character in a string (E036 Tom Kuiper)"))

        let json = try CLIRunner.run(Self.arguments + ["--format", "json"], environment: Self.environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let error = try #require((object["errors"] as? [[String: Any]])?.first)
        #expect(error["id"] as? String == "E036")
        #expect(error["name"] as? String == "Tom Kuiper")

        let html = try CLIRunner.run(Self.arguments + ["--format", "html"], environment: Self.environment)
        #expect(html.stdout.contains("Tom Kuiper <code>E036</code></th><td class=\"prose\" data-label=\"Problem\">Fixtures/workforce/profiles/E036.json:373:21: invalid JSON"))

        let csv = try CLIRunner.run(Self.arguments + ["--format", "csv"], environment: Self.environment)
        #expect(csv.stdout.contains("\nE036,Tom Kuiper,People & Communications,error,"))
    }
}
