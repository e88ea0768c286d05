import Foundation
import Testing
@testable import ProfileLint

/// Real exports that people re-saved, edited or mixed up (issue 14), each reproduced byte for byte by
/// `Fixtures/linkedin/make-quirks.py`: lenient where LinkedIn and people are sloppy, strict where a
/// file is not LinkedIn's.
@Suite struct LinkedInExportLeniencyTests {
    /// Imports in-memory files as an export called `export`.
    private func importFiles(_ files: [LinkedInExportFile: [UInt8]]) throws -> Profile {
        var contents: [LinkedInExportFile: LinkedInExportImporter.File] = [:]
        for (kind, bytes) in files { contents[kind] = .init(bytes: bytes, display: "export/" + kind.rawValue) }
        return try LinkedInExportImporter().importFiles(contents, display: "export")
    }

    private static let garbage: [UInt8] = [0x00, 0x01, 0xFF, 0xFE] + Array(" garbage ".utf8) + [0xC3, 0x28] + Array(" not a csv".utf8) + [0x00]

    // MARK: - Encodings

    @Test func aWindows1252ByteInARecommendationIsReadWithOneWarningAtItsLineAndColumn() throws {
        let profile = try FixtureInput.read("Fixtures/linkedin/resaved-windows-1252").profile
        #expect(profile.name == .present("Lotte Verbeek"))
        #expect(profile.recommendations == .present(1), "the re-saved file lost its First Name column but keeps Text and Status")
        #expect(profile.positions.value?.count == 3)
        #expect(profile.skills.value?.count == 5)
        #expect(profile.warnings.map(\.code) == ["encoding"], "the XLSX renamed Reactions.csv is not read: \(profile.warnings)")
        let warning = try #require(profile.warnings.first)
        #expect(warning.message.description == "byte 0x92 is not UTF-8; read as Windows-1252 '\u{2019}'")
        #expect(warning.location?.file.hasSuffix("/resaved-windows-1252/Recommendations_Received.csv") == true)
        #expect(warning.location?.line == 2 && warning.location?.column == 362)
    }

    @Test func everyStrayByteIsReadAsWindows1252AndCountedInTheOneWarning() throws {
        let bytes = Array("Name\nCaf".utf8) + [0xE9] + Array("\nna\u{EF}ve\n".utf8) + [0x93, 0x41, 0x94, 0x0A]
        let decoded = try #require(try CSVReader.decodeLeniently(bytes, file: "Skills.csv"))
        #expect(decoded.text == "Name\nCafé\nnaïve\n\u{201C}A\u{201D}\n")
        #expect(decoded.warning?.location == SourceLocation(file: "Skills.csv", line: 2, column: 4))
        #expect(decoded.warning?.message.description == "byte 0xE9 is not UTF-8; read as Windows-1252 'é' (and 2 more such bytes)")
        #expect(try CSVReader.decodeLeniently(Array("Name\nCafé\n".utf8), file: "Skills.csv")?.warning == nil)
    }

    @Test func utf16WithoutAByteOrderMarkIsGuessedOnlyWhenTheBytesAreUTF16Text() throws {
        var little: [UInt8] = []
        var big: [UInt8] = []
        for unit in "Name\tProficiency\nDutch\tNative\n".utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try CSVReader.decode(little, file: "x.csv") == "Name\tProficiency\nDutch\tNative\n")
        #expect(try CSVReader.decode(big, file: "x.csv") == "Name\tProficiency\nDutch\tNative\n")
        #expect(LinkedInExportFile.languages.hasLinkedInHeader(little) && LinkedInExportFile.languages.hasLinkedInHeader(big))
        #expect(LinkedInExportFile.languages.hasLinkedInHeader([0xFE, 0xFF] + big))
        // The garbage once read as UTF-16BE because it opens with a zero byte is not text at all.
        #expect(CSVReader.guessedUTF16(Self.garbage) == nil)
        #expect(try CSVReader.decodeLeniently(Self.garbage, file: "Profile.csv") == nil)
        // Zero high bytes that make control characters are not UTF-16 text either.
        #expect(try CSVReader.decodeUTF16([0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x41, 0x00], file: "x.csv") == nil)
    }

    // MARK: - Files that are not LinkedIn's

    @Test func aBinaryProfileCsvIsNotLinkedInsAndTheExportIsAnError() throws {
        let output = try CLIRunner.run(["check", "Fixtures/linkedin/refused/binary-profile"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: Fixtures/linkedin/refused/binary-profile/Profile.csv: not LinkedIn's Profile.csv (no 'First Name' column)\n")
        #expect(output.stdout.isEmpty, "\(output.stdout)")
    }

    @Test func inABatchTheBinaryProfileCsvIsAnErrorRowAndTheOtherExportIsScored() throws {
        let output = try CLIRunner.run(["batch", "--format", "json", "--no-progress",
                                        "Fixtures/linkedin/refused/binary-profile", "Fixtures/linkedin/resaved-windows-1252"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1 && summary["scored"] as? Int == 1)
        let employees = try #require(report["employees"] as? [[String: Any]])
        #expect(employees.map { $0["status"] as? String } == ["error", "scored"])
        #expect((employees.first?["error"] as? String)?.hasSuffix("not LinkedIn's Profile.csv (no 'First Name' column)") == true)
    }

    @Test func aBinaryProfileCsvInAnArchiveIsTheSameError() throws {
        var builder = ZIPBuilder()
        builder.addDeflated("Top/Profile.csv", Self.garbage)
        builder.addDeflated("Top/Positions.csv", Array("Company Name,Title\nZandvoort Zorggroep,Roster planner\n".utf8))
        let error = try #require(throws: ProfileLintError.self) { try LinkedInExportImporter().importArchive(builder.build(), display: "export.zip") }
        #expect(error.errorDescription == "export.zip/Top/Profile.csv: not LinkedIn's Profile.csv (no 'First Name' column)")
    }

    @Test func aBrokeragePositionsCsvDoesNotMakeAFolderAnExport() throws {
        let path = Repository.path("Fixtures/linkedin/refused/brokerage-positions")
        let folder = try #require(FolderInput(path: path, display: "brokerage-positions"))
        #expect(ProfileImporters.detect(.folder(folder)) == nil)
        let output = try CLIRunner.run(["check", "Fixtures/linkedin/refused/brokerage-positions"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: Fixtures/linkedin/refused/brokerage-positions/Positions.csv: not LinkedIn's Positions.csv (no 'Company Name' column), so the folder is not a LinkedIn data export\n")
    }

    @Test(arguments: [LinkedInExportFile.profile, .positions, .education, .skills, .connections, .richMedia, .adTargeting])
    func aFileTheRulesNeedThatIsNotTextIsAnError(kind: LinkedInExportFile) throws {
        var files: [LinkedInExportFile: [UInt8]] = [.profile: Array("First Name,Last Name\nAnna,Bakker\n".utf8)]
        files[kind] = Self.garbage
        let error = try #require(throws: ProfileLintError.self) { try importFiles(files) }
        let missing = kind.identifyingColumns.first.map { "no '\($0)' column" } ?? "not a text file"
        #expect(error.errorDescription == "export/\(kind.rawValue): not LinkedIn's \(kind.rawValue) (\(missing))")
    }

    @Test(arguments: [LinkedInExportFile.languages, .certifications, .recommendationsReceived])
    func aFileNoDefaultRuleReadsIsSkippedWithAWarningWhenItIsNotLinkedIns(kind: LinkedInExportFile) throws {
        for bytes in [Self.garbage, Array("Column A,Column B\nx,y\n".utf8)] {
            let profile = try importFiles([.profile: Array("First Name,Last Name\nAnna,Bakker\n".utf8), kind: bytes])
            #expect(profile.name == .present("Anna Bakker"))
            #expect(profile.languages == .unknown && profile.certifications == .unknown && profile.recommendations == .unknown)
            #expect(profile.warnings.map(\.code) == ["export-file"])
            #expect(profile.warnings.first?.location == SourceLocation(file: "export/" + kind.rawValue))
            #expect(profile.warnings.first?.message.description.hasPrefix("not LinkedIn's \(kind.rawValue) (no '") == true)
        }
    }

    @Test func aFileWithoutAnyRecordIsStillLinkedInsForAMemberWithoutSuchData() throws {
        let profile = try importFiles([.positions: [], .skills: Array("\n".utf8)])
        #expect(profile.positions == .absent && profile.skills == .absent)
        #expect(profile.warnings.isEmpty)
    }

    // MARK: - 2018 names

    @Test func the2018AdTargetingGroupsColumnGivesTheGroups() throws {
        let profile = try FixtureInput.read("Fixtures/linkedin/2018-groups").profile
        #expect(profile.groups == .present(["Rail Freight NL", "Intermodal Planners Benelux"]))
        #expect(profile.sourceMap["groups"]?.path == "row 1, column Groups")
        #expect(profile.name == .present("Pieter Hoekstra"), "Profile.csv is UTF-8 with commas beside the UTF-16 file")
        #expect(profile.positions.value?.count == 2)
        #expect(profile.warnings.isEmpty, "\(profile.warnings)")
    }

    @Test func anEmpty2018GroupsColumnMeansNoGroupsKnown() throws {
        let profile = try FixtureInput.read("Fixtures/linkedin/2018-groups-empty").profile
        #expect(profile.groups == .absent)
        #expect(profile.warnings.isEmpty, "\(profile.warnings)")
    }

    // MARK: - Blank entries

    @Test func rowsWithNothingFilledInAreNotThereWithOneWarningPerFile() throws {
        let profile = try FixtureInput.read("Fixtures/linkedin/blank-entries").profile
        let positions = try #require(profile.positions.value)
        #expect(positions.map(\.company) == ["Duinrand Zorg", "Polderpoort Gemeente"])
        #expect(profile.currentPosition.value?.company == "Duinrand Zorg", "a row holding only a start date is no current position")
        #expect(profile.education.value?.map(\.degree) == ["B.A."], "a school with a degree but no name is an entry")
        #expect(profile.skills == .present(["Payroll", "AFAS"]))
        #expect(profile.languages.value?.map(\.name) == ["Dutch"])
        #expect(profile.certifications == .absent)
        let warnings = profile.warnings.filter { $0.code == "export-blank" }
        #expect(warnings.count == profile.warnings.count)
        #expect(warnings.map { $0.location?.file.split(separator: "/").last.map(String.init) }
            == ["Positions.csv", "Education.csv", "Languages.csv", "Certifications.csv"])
        #expect(warnings.map(\.message.description) == [
            "1 row has nothing filled in but dates, so it is not counted",
            "1 row has nothing filled in but dates, so it is not counted",
            "1 row has no Name, so it is not counted",
            "1 row has no Name, so it is not counted",
        ])
        #expect(warnings.first?.location?.line == 2)
    }

    @Test func severalRowsWithOnlyDatesGiveOneWarningForTheFile() throws {
        let profile = try importFiles([.positions: Array("""
            Company Name,Title,Description,Location,Started On,Finished On
            ,,,,Jan 2020,
            ,,,,Mar 2018,Dec 2019
            ,,,,,
            ,,,,2015,2017

            """.utf8)])
        #expect(profile.positions == .absent)
        #expect(profile.warnings.map(\.message.description) == ["3 rows have nothing filled in but dates, so they are not counted"])
    }
}
