import Foundation
import Testing
@testable import ProfileLint

/// One detector for every front end: what an input is, asked of ``ProfileImporters`` by `check`
/// (``InputReader``) and `batch` (``BatchPlanner``, ``BatchRunner``), gives the same answer to both.
@Suite struct DetectionTests {
    static let registrationOnly = "Fixtures/detection/registration-only"
    static let strayCSV = "Fixtures/detection/profiles-with-stray-csv"

    /// What `batch` makes of `path`: each employee's source, status and the format read.
    static func batch(_ path: String) throws -> [(source: String, status: EmployeeRecord.Status, format: String?)] {
        let linter = Linter(rules: try RuleLoader().loadDefaultRules())
        let lines = BatchRunner.EmployeeOutput(text: { "\($0.source)\t\($0.status.rawValue)\t\($0.report?.format.rawValue ?? "")\n" })
        var text = ""
        _ = BatchRunner(linter: linter, limits: .default, workers: 1).run(paths: [Repository.path(path)], roster: nil, output: lines, write: { buffer in
            text += buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        })
        return text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (parts[0], EmployeeRecord.Status(rawValue: parts[1]) ?? .error, parts[2].isEmpty ? nil : parts[2])
        }
    }

    static func folder(_ path: String) throws -> FolderInput {
        try #require(FolderInput(path: Repository.path(path), display: path))
    }

    // MARK: - The two cases of issue 12

    @Test func aFolderHoldingOnlyRegistrationCsvIsAnExportToCheck() throws {
        #expect(ProfileImporters.detect(.folder(try Self.folder(Self.registrationOnly))) is LinkedInExportImporter)
        let outcomes = InputReader().read(path: Repository.path(Self.registrationOnly), display: Self.registrationOnly)
        let input = try #require(outcomes.count == 1 ? outcomes.first : nil).get()
        #expect(input.format == .linkedInExport)
        #expect(input.source == Self.registrationOnly)
        let report = Linter(rules: try RuleLoader().loadDefaultRules()).lint(input.profile, source: input.source, format: input.format)
        #expect(!report.results.isEmpty)
        #expect(report.results.allSatisfy { $0.status == .unknown }, "Registration.csv carries nothing a rule reads")
    }

    @Test func aFolderHoldingOnlyRegistrationCsvIsOneEmployeeToBatch() throws {
        let (inputs, immediate, _) = BatchPlanner(limits: .default).plan(paths: [Repository.path(Self.registrationOnly)], roster: nil)
        #expect(inputs.map(\.path) == [Repository.path(Self.registrationOnly)])
        #expect(immediate.isEmpty)
        let employees = try Self.batch(Self.registrationOnly)
        #expect(employees.map(\.status) == [.scored])
        #expect(employees.map(\.format) == ["linkedin-export"])
    }

    @Test func aFolderOfProfilesWithAStrayCsvIsNoExportToCheck() throws {
        #expect(ProfileImporters.detect(.folder(try Self.folder(Self.strayCSV))) == nil)
        let outcomes = InputReader().read(path: Repository.path(Self.strayCSV), display: Self.strayCSV)
        guard outcomes.count == 1, case .failure(let error) = outcomes.first else {
            Issue.record("expected one error, got \(outcomes)")
            return
        }
        let message = error.errorDescription ?? ""
        #expect(message.hasPrefix(Self.strayCSV + ": not a LinkedIn data export"), "\(message)")
        #expect(message.contains("a folder of 2 profile files"), "\(message)")
        #expect(message.contains("profilelint batch " + Self.strayCSV), "\(message)")
        #expect(!message.contains("\n"), "one line")
    }

    @Test func aFolderOfProfilesWithAStrayCsvIsItsProfilesToBatch() throws {
        let (inputs, immediate, _) = BatchPlanner(limits: .default).plan(paths: [Repository.path(Self.strayCSV)], roster: nil)
        #expect(inputs.map { ($0.path as NSString).lastPathComponent } == ["femke-jansen.json", "ruben-de-graaf.json"])
        #expect(immediate.isEmpty)
        let employees = try Self.batch(Self.strayCSV)
        #expect(employees.map(\.status) == [.scored, .scored])
        #expect(employees.map(\.format) == ["profile", "profile"])
    }

    // MARK: - What makes a folder an export

    @Test(arguments: [
        ("name,team\nAnna,Data\n", false),
        ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary\nAnna,Bakker,,,,Planner,\n", true),
    ])
    func anExportFileMakesAnExportOnlyWithLinkedInsHeader(profileCSV: String, isExport: Bool) throws {
        let folder = try temporaryFolder(["Profile.csv": profileCSV, "anna.json": "{\"headline\": \"Planner\"}"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let listed = try #require(FolderInput(path: folder, display: folder))
        #expect((ProfileImporters.detect(.folder(listed)) is LinkedInExportImporter) == isExport)
        let (inputs, _, _) = BatchPlanner(limits: .default).plan(paths: [folder], roster: nil)
        #expect(inputs.map(\.path) == (isExport ? [folder] : [folder + "/anna.json"]))
    }

    @Test func aFolderHoldingOnlyTheArchivesTopFolderIsAnExportToBoth() throws {
        let folder = try temporaryFolder(["Basic_LinkedInDataExport_01-02-2025/Skills.csv": "Name\nSQL\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let listed = try #require(FolderInput(path: folder, display: folder))
        #expect(ProfileImporters.detect(.folder(listed)) is LinkedInExportImporter)
        let (inputs, _, _) = BatchPlanner(limits: .default).plan(paths: [folder], roster: nil)
        #expect(inputs.map(\.path) == [folder])
    }

    @Test func aZIPWhoseOnlyExportFileLacksLinkedInsHeaderIsRefused() throws {
        var builder = ZIPBuilder()
        builder.addStored("Profile.csv", Array("name,team\nAnna,Data\n".utf8))
        let outcomes = InputReader().read(bytes: builder.build(), display: "team.zip")
        guard outcomes.count == 1, case .failure(let error) = outcomes.first else {
            Issue.record("expected one error, got \(outcomes)")
            return
        }
        #expect(error == .unrecognisedFormat(path: "team.zip", expected: LinkedInExportFile.expectation))
    }

    @Test func aZIPHoldingOnlyRegistrationCsvIsAnExport() throws {
        var builder = ZIPBuilder()
        builder.addDeflated("Registration.csv", Array("Registered At,Registration Ip,Subscription Types\n\"3/14/19, 8:05 AM\",192.0.2.44,\n".utf8))
        let input = try #require(InputReader().read(bytes: builder.build(), display: "export.zip").first).get()
        #expect(input.format == .linkedInExport)
    }

    @Test(arguments: [
        (LinkedInExportFile.profile, "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n", true),
        (.profile, "\u{FEFF}First Name,Last Name,Headline\r\n", true),
        (.profile, "name,headline\n", false),
        (.connections, "Notes:\n\"When exporting your connection data…\"\n\nFirst Name,Last Name,URL\n", true),
        (.connections, "First Name,Last Name,Email Address,Company,Position,Connected On\n", true),
        (.skills, "Name\nSQL\n", true),
        (.skills, "Skill\nSQL\n", false),
        (.richMedia, "Type,Link\n", true),
        (.registration, "Registered At,Registration Ip,Subscription Types", true),
        (.registration, "", false),
        (.positions, "\"Company Name\",\"Title\"\n", true),
    ])
    func linkedInsHeaderIsRecognisedOnTheFirstLine(file: LinkedInExportFile, start: String, expected: Bool) {
        #expect(file.hasLinkedInHeader(Array(start.utf8)) == expected)
    }

    @Test func aUTF16HeaderOf2018IsRecognised() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "\"Member Age\"\t\"Member Groups\"\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(LinkedInExportFile.adTargeting.hasLinkedInHeader(bytes))
    }

    // MARK: - The registry

    @Test func everyImporterHasItsOwnFormatThatNamesItBack() {
        let formats = ProfileImporters.all.map(\.format)
        #expect(Set(formats).count == formats.count)
        #expect(InputFormat.allCases == formats)
        for format in formats {
            #expect(InputFormat(rawValue: format.rawValue) == format)
            #expect(ProfileImporters.importer(for: format)?.format == format)
        }
        #expect(InputFormat(rawValue: "pdf") == nil)
    }

    @Test(arguments: [
        ("Fixtures/linkedin/sanne-de-vries.zip", "linkedin-export"), ("Fixtures/batches/mixed.jsonl", "json-lines"),
        ("Fixtures/profiles/empty-template.yaml", "profile-yaml"),
    ])
    func bytesInMemoryAreDetectedWithoutAFileSystem(file: String, format: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.path(file))))
        let name = (file as NSString).lastPathComponent
        #expect(ProfileImporters.detect(.bytes(bytes, display: name))?.format.rawValue == format)
        #expect(InputReader().read(bytes: bytes, display: name).contains { (try? $0.get()) != nil })
    }

    @Test func aJSONDocumentIsRecognisedValueByValue() throws {
        let text = #"[{"basics": {"name": "Anna"}}, {"headline": "Planner"}]"#
        #expect(ProfileImporters.detect(.bytes(Array(text.utf8), display: "team.json")) == nil, "no importer claims the bytes")
        let inputs = InputReader().read(bytes: Array(text.utf8), display: "team.json").compactMap { try? $0.get() }
        #expect(inputs.map(\.format) == [.jsonResume, .profile])
    }
}
