import Foundation
import Testing

/// The two detection cases of issue 12 through the built binary: `check` and `batch` agree on what
/// each folder is.
@Suite struct DetectionCommandTests {
    static let registrationOnly = "Fixtures/detection/registration-only"
    static let strayCSV = "Fixtures/detection/profiles-with-stray-csv"

    static func batchSummary(_ path: String) throws -> (summary: [String: Any], status: Int32) {
        let output = try CLIRunner.run(["batch", "--format", "json", "--no-progress", path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stderr)")
        return (try #require(object["summary"] as? [String: Any]), output.status)
    }

    @Test func checkReadsAFolderHoldingOnlyRegistrationCsvAsAnExportWithEveryRuleUnknown() throws {
        let output = try CLIRunner.run(["check", "--format", "json", Self.registrationOnly])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let profiles = try #require(object["profiles"] as? [[String: Any]])
        #expect(profiles.count == 1)
        #expect(profiles.first?["format"] as? String == "linkedin-export")
        let results = try #require(profiles.first?["results"] as? [[String: Any]])
        #expect(!results.isEmpty && results.allSatisfy { $0["status"] as? String == "unknown" })
    }

    @Test func checkSaysInOneLineThatAFolderOfProfilesIsNoExport() throws {
        let output = try CLIRunner.run(["check", Self.strayCSV])
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(output.stderr)")
        #expect(lines.first?.hasPrefix("error: \(Self.strayCSV): not a LinkedIn data export") == true, "\(output.stderr)")
        #expect(output.stderr.contains("a folder of 2 profile files: use `profilelint batch \(Self.strayCSV)`, or a glob"), "\(output.stderr)")
    }

    /// The export of only `Registration.csv` is one employee, of whom nothing can be checked (not
    /// assessable, so not scored); the folder with a stray CSV is its two profiles, both scored.
    @Test(arguments: [(registrationOnly, 1, 0, 1), (strayCSV, 2, 2, 0)])
    func batchCountsEveryEmployeeOfTheFolder(path: String, employees: Int, scored: Int, notAssessable: Int) throws {
        let (summary, status) = try Self.batchSummary(path)
        #expect(status == 0)
        #expect(summary["employees"] as? Int == employees)
        #expect(summary["scored"] as? Int == scored)
        #expect(summary["not_assessable"] as? Int == notAssessable)
        #expect(summary["errors"] as? Int == 0)
    }

    @Test func checkOfTheProfilesByGlobReadsBoth() throws {
        let output = try CLIRunner.run(["check", "--format", "json", Self.strayCSV + "/femke-jansen.json", Self.strayCSV + "/ruben-de-graaf.json"])
        #expect(output.status == 0 || output.status == 1, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect((object["profiles"] as? [[String: Any]])?.count == 2)
    }
}
