import Foundation
import Testing
@testable import ProfileLint

/// Findings point into the input: file, line and column, and the JSON path or CSV row and column.
@Suite struct SourcePositionTests {
    /// The text of `relative` from `location` on, to check that a location lands on the expected value.
    private func text(at location: ProfileLint.SourceLocation?, in relative: String) throws -> String {
        let location = try #require(location)
        let lines = try FixtureInput.text(relative).components(separatedBy: "\n")
        let line = try #require(location.line)
        let column = try #require(location.column)
        #expect(lines.indices.contains(line - 1))
        let scalars = Array(lines[line - 1].unicodeScalars)
        return String(String.UnicodeScalarView(scalars.dropFirst(column - 1)))
    }

    private func location(_ rule: String, _ report: ProfileReport) throws -> ProfileLint.SourceLocation {
        try #require(try FixtureInput.result(rule, in: report).location)
    }

    // MARK: - Own JSON

    @Test func ownJSONFindingsPointAtTheValueAndItsPath() throws {
        let path = "Fixtures/profiles/jan-jansen-incomplete.json"
        let input = try FixtureInput.read(path)
        let report = try FixtureInput.report(input)
        let file = input.source

        let headline = try location("headline", report)
        #expect(headline == SourceLocation(file: file, line: 3, column: 15, path: "$.headline"))
        #expect(try text(at: headline, in: path).hasPrefix("\"Warehouse planner\""))

        let description = try location("role-description", report)
        #expect(description == SourceLocation(file: file, line: 7, column: 90, path: "$.positions[0].description"))
        #expect(try text(at: description, in: path).hasPrefix("\"Planning.\""))

        let connections = try location("connections", report)
        #expect(connections == SourceLocation(file: file, line: 10, column: 18, path: "$.connections"))
        #expect(try text(at: connections, in: path).hasPrefix("38"))

        // A field the file leaves out is reported at the object that would hold it, with its own path.
        #expect(try location("photo", report) == SourceLocation(file: file, line: 1, column: 1, path: "$.photo"))
        #expect(try location("industry", report) == SourceLocation(file: file, line: 1, column: 1, path: "$.industry"))
    }

    // MARK: - JSON Resume

    @Test func jsonResumeFindingsPointAtTheValueOrTheNearestParentOfAMissingOne() throws {
        let path = "Fixtures/json-resume/incomplete.resume.json"
        let input = try FixtureInput.read(path)
        let report = try FixtureInput.report(input)
        let file = input.source

        let headline = try location("headline", report)
        #expect(headline == SourceLocation(file: file, line: 4, column: 14, path: "$.basics.label"))
        #expect(try text(at: headline, in: path).hasPrefix("\"Planner\""))

        let photo = try location("photo", report)
        #expect(photo == SourceLocation(file: file, line: 5, column: 16, path: "$.basics.picture"))
        #expect(try text(at: photo, in: path).hasPrefix("\"\""))

        // basics has no summary: the About finding is at basics, labelled with the missing key.
        let about = try location("about", report)
        #expect(about == SourceLocation(file: file, line: 2, column: 13, path: "$.basics.summary"))
        #expect(try text(at: about, in: path).hasPrefix("{"))

        // The current job has no summary: at the job, labelled with the missing key.
        let description = try location("role-description", report)
        #expect(description == SourceLocation(file: file, line: 11, column: 5, path: "$.work[0].summary"))
        #expect(try text(at: description, in: path).hasPrefix("{"))

        // No education section at all: at the root.
        #expect(try location("education", report) == SourceLocation(file: file, line: 1, column: 1, path: "$.education"))
    }

    // MARK: - JSON Lines

    @Test func jsonLinesFindingsUseTheLineOfTheRecordInTheFile() throws {
        let path = "Fixtures/batches/mixed.jsonl"
        let file = Repository.path(path)
        let inputs = InputReader().read(path: file).compactMap { try? $0.get() }
        let lars = try #require(inputs.first { $0.profile.name == .present("Lars Jacobs") })
        let text = try FixtureInput.text(path)
        let line = try #require(FixtureInput.position(of: "Lars Jacobs", in: text)).line
        #expect(lars.source == "\(file):\(line)")
        let report = try FixtureInput.report(lars)

        let summary = try #require(FixtureInput.position(of: "\"I keep 80 trucks", in: text))
        #expect(try location("role-description", report) == SourceLocation(file: file, line: line, column: summary.column, path: "$.work[0].summary"))

        let basics = try #require(FixtureInput.position(of: "{\"name\": \"Lars Jacobs\"", in: text))
        #expect(try location("about", report) == SourceLocation(file: file, line: line, column: basics.column, path: "$.basics.summary"))
        #expect(try location("skills", report) == SourceLocation(file: file, line: line, column: 1, path: "$.skills"))
    }

    // MARK: - LinkedIn export (CSV)

    @Test func exportFindingsPointAtTheFileInsideTheExportItsLineAndColumn() throws {
        let folder = "Fixtures/linkedin/2018-style"
        let input = try FixtureInput.read(folder)
        let report = try FixtureInput.report(input)

        let positions = try FixtureInput.text(folder + "/Positions.csv")
        let descriptionStart = try #require(FixtureInput.position(of: "Commissioning of sorter", in: positions))
        let description = try location("role-description", report)
        #expect(description == SourceLocation(file: input.source + "/Positions.csv", line: descriptionStart.line, column: descriptionStart.column,
                                              path: "row 1, column Description"))
        #expect(try text(at: description, in: folder + "/Positions.csv").hasPrefix("Commissioning of sorter"))

        // Quoted fields are located at their opening quote.
        let profileText = try FixtureInput.text(folder + "/Profile.csv")
        let summaryStart = try #require(FixtureInput.position(of: "\"I design", in: profileText))
        let about = try location("about", report)
        #expect(about == SourceLocation(file: input.source + "/Profile.csv", line: 2, column: summaryStart.column, path: "row 1, column Summary"))

        // Counts point at the file's header line.
        #expect(try location("connections", report) == SourceLocation(file: input.source + "/Connections.csv", line: 1, column: 1))
        #expect(try location("skills", report) == SourceLocation(file: input.source + "/Skills.csv", line: 1, column: 1))
        // A file the export lacks: the export itself.
        #expect(try location("photo", report) == SourceLocation(file: input.source))
    }

    @Test func archiveFindingsNameTheEntryInsideTheZip() throws {
        let input = try FixtureInput.read("Fixtures/linkedin/sanne-de-vries.zip")
        let report = try FixtureInput.report(input)
        let top = input.source + "/Complete_LinkedInDataExport_11-20-2026/"
        // The photo row is the second data row of Rich_Media.csv.
        #expect(try location("photo", report) == SourceLocation(file: top + "Rich_Media.csv", line: 3, column: 1, path: "row 2, column Date/Time"))
        // Connections.csv opens with a three-line preamble, so its header is on line 4.
        #expect(try location("connections", report) == SourceLocation(file: top + "Connections.csv", line: 4, column: 1))
        let adTargeting = try FixtureInput.text("Fixtures/linkedin/sanne-de-vries/Ad_Targeting.csv")
        let groups = try #require(FixtureInput.position(of: "Dutch Data Engineers;", in: adTargeting))
        #expect(try location("groups-joined", report) == SourceLocation(file: top + "Ad_Targeting.csv", line: groups.line, column: groups.column,
                                                                         path: "row 1, column Member Groups"))
    }

    @Test func recordsAfterAMultiLineFieldKeepTheirPhysicalLines() throws {
        let csv = "Company Name,Title,Description,Location,Started On,Finished On\n"
            + "Globex,Analyst,\"Two lines,\nof description\",Amsterdam,Mar 2015,Jan 2018\n"
            + "Acme,Planner,,Utrecht,Jan 2018,\n"
        let files: [LinkedInExportFile: LinkedInExportImporter.File] = [.positions: .init(bytes: Array(csv.utf8), display: "export/Positions.csv")]
        let profile = try LinkedInExportImporter().importFiles(files, display: "export")
        let positions = try #require(profile.positions.value)
        #expect(positions[0].sources["description"] == SourceLocation(file: "export/Positions.csv", line: 2, column: 16, path: "row 1, column Description"))
        #expect(positions[0].sources["location"] == SourceLocation(file: "export/Positions.csv", line: 3, column: 17, path: "row 1, column Location"))
        #expect(positions[1].sources[""] == SourceLocation(file: "export/Positions.csv", line: 4, column: 1, path: "row 2"))
        #expect(positions[1].sources["title"] == SourceLocation(file: "export/Positions.csv", line: 4, column: 6, path: "row 2, column Title"))
        // The empty description of the current position is reported at its (empty) field.
        let report = try FixtureInput.linter().lint(profile, source: "export", format: .linkedInExport)
        #expect(try location("role-description", report) == SourceLocation(file: "export/Positions.csv", line: 4, column: 14, path: "row 2, column Description"))
    }

    @Test func aColumnTheFileLacksIsReportedAtTheHeaderLine() throws {
        let csv = "Company Name,Title,Location,Started On,Finished On\nAcme,Planner,Utrecht,Jan 2018,\n"
        let files: [LinkedInExportFile: LinkedInExportImporter.File] = [.positions: .init(bytes: Array(csv.utf8), display: "export/Positions.csv")]
        let profile = try LinkedInExportImporter().importFiles(files, display: "export")
        let report = try FixtureInput.linter().lint(profile, source: "export", format: .linkedInExport)
        #expect(try location("role-description", report) == SourceLocation(file: "export/Positions.csv", line: 1, column: 1, path: "row 1, column Description"))
    }
}
