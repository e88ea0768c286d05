import Foundation
import Testing
@testable import ProfileLint

@Suite struct LinkedInExportImporterTests {
    static let sanneFolder = "Fixtures/linkedin/sanne-de-vries"
    static let sanneZip = "Fixtures/linkedin/sanne-de-vries.zip"
    static let zipTopFolder = "Complete_LinkedInDataExport_11-20-2026"

    /// Imports in-memory files as an export called `export`.
    private func importFiles(_ files: [LinkedInExportFile: String]) throws -> Profile {
        var contents: [LinkedInExportFile: LinkedInExportImporter.File] = [:]
        for (kind, text) in files { contents[kind] = .init(bytes: Array(text.utf8), display: "export/" + kind.rawValue) }
        return try LinkedInExportImporter().importFiles(contents, display: "export")
    }

    private func importZip(_ builder: ZIPBuilder, limits: Limits = .default) throws -> Profile {
        try LinkedInExportImporter(limits: limits).importArchive(builder.build(), display: "export.zip")
    }

    // MARK: - Sanne's export: the same person as her own JSON profile

    @Test func sanneFolderCarriesTheSameFactsAsHerOwnJSONProfile() throws {
        let input = try FixtureInput.read(Self.sanneFolder)
        let export = input.profile
        let json = try FixtureInput.read("Fixtures/profiles/sanne-de-vries-all-star.json").profile
        #expect(input.format == .linkedInExport)
        #expect(input.source == Repository.path(Self.sanneFolder))
        #expect(export.name == json.name)
        #expect(export.headline == json.headline)
        #expect(export.about == json.about)
        #expect(export.location == json.location)
        #expect(export.industry == json.industry)
        #expect(export.profileURL == json.profileURL)
        #expect(export.photo == json.photo)
        #expect(export.education == json.education)
        #expect(export.skills == json.skills)
        #expect(export.languages == json.languages)
        #expect(export.certifications == json.certifications)
        #expect(export.groups == json.groups)
        #expect(export.recommendations == json.recommendations, "the HIDDEN recommendation must not count")
        let exportPositions = try #require(export.positions.value)
        let jsonPositions = try #require(json.positions.value)
        #expect(exportPositions.map { [$0.company, $0.title, $0.description, $0.location] }
            == jsonPositions.map { [$0.company, $0.title, $0.description, $0.location] })
        #expect(exportPositions.map(\.start) == jsonPositions.map(\.start))
        #expect(exportPositions.map(\.end) == jsonPositions.map(\.end))
        #expect(export.warnings.isEmpty, "\(export.warnings)")
    }

    @Test func connectionsCountEveryDataRowIncludingBlankOnesAndKeepOnlyHashes() throws {
        let export = try FixtureInput.read(Self.sanneFolder).profile
        // 60 data rows after the three-line preamble and the header; 3 of them blank but for Connected On.
        #expect(export.connectionCount == .present(60))
        #expect(export.connections.count == 57)
        #expect(Set(export.connections.map(\.identity)).count == 57)
        #expect(export.connections.allSatisfy { $0.company != nil })
    }

    @Test func zipGivesTheSameProfileAsTheFolder() throws {
        let folder = try FixtureInput.read(Self.sanneFolder)
        let zip = try FixtureInput.read(Self.sanneZip)
        #expect(zip.format == .linkedInExport)
        let (a, b) = (folder.profile, zip.profile)
        #expect(a.name == b.name && a.headline == b.headline && a.about == b.about && a.photo == b.photo)
        #expect(a.location == b.location && a.industry == b.industry && a.profileURL == b.profileURL)
        #expect(a.education == b.education && a.skills == b.skills && a.languages == b.languages)
        #expect(a.certifications == b.certifications && a.groups == b.groups)
        #expect(a.connectionCount == b.connectionCount && a.connections == b.connections && a.recommendations == b.recommendations)
        #expect(a.positions.map { $0.map { [$0.company, $0.title, $0.description] } } == b.positions.map { $0.map { [$0.company, $0.title, $0.description] } })
        // Locations agree but for the file: inside the archive, under its top folder.
        #expect(Set(a.sourceMap.keys) == Set(b.sourceMap.keys))
        for (key, location) in a.sourceMap {
            let other = try #require(b.sourceMap[key])
            #expect(location.line == other.line && location.column == other.column && location.path == other.path, "\(key)")
            let expectedFile = location.file.replacingOccurrences(of: folder.source, with: zip.source + "/" + Self.zipTopFolder)
            #expect(other.file == (location.file == folder.source ? zip.source : expectedFile), "\(key)")
        }
    }

    @Test func zipEntriesEqualTheFolderFilesByteForByte() throws {
        let bytes = try InputFile.readBytes(Repository.path(Self.sanneZip), limits: .default)
        let archive = try ZIPArchiveReader(bytes: bytes, display: Self.sanneZip, limits: .default)
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.path(Self.sanneFolder)).filter { !$0.hasPrefix(".") }.sorted()
        #expect(archive.entries.map(\.path).sorted() == names.map { Self.zipTopFolder + "/" + $0 })
        let contents = try archive.read(archive.entries)
        for (entry, data) in zip(archive.entries, contents) {
            let name = String(entry.path.dropFirst(Self.zipTopFolder.count + 1))
            let file = try InputFile.readBytes(Repository.path(Self.sanneFolder + "/" + name), limits: .default)
            #expect(data == file, "\(entry.path) differs from the folder; run python3 Fixtures/linkedin/make-zips.py")
        }
    }

    // MARK: - Other export versions and partial exports

    @Test func export2018WithUTF16AdTargetingAndNoConnectionsPreambleIsRead() throws {
        let profile = try FixtureInput.read("Fixtures/linkedin/2018-style").profile
        #expect(profile.name == .present("Joost Mulder"))
        #expect(profile.location == .present("Netherlands"), "the 2018 Country column is the fallback location")
        #expect(profile.sourceMap["location"]?.path == "row 1, column Country")
        #expect(profile.profileURL == .present("https://www.linkedin.com/in/joost-mulder-example"))
        let positions = try #require(profile.positions.value)
        #expect(positions.map(\.start) == [PartialDate(year: 2016, month: 3), PartialDate(year: 2012)])
        #expect(positions.map(\.end) == [nil, PartialDate(year: 2016, month: 2)])
        #expect(profile.connectionCount == .present(8), "2018 connections: no preamble, no URL column, one blank row")
        #expect(profile.connections.count == 7)
        #expect(profile.groups == .present(["Warehouse Automation NL", "PLC Programmers Benelux", "Logistics Groningen"]))
        #expect(profile.sourceMap["groups"]?.file.hasSuffix("/Ad Targeting.csv") == true)
        #expect(profile.photo == .unknown)
        #expect(profile.languages == .unknown && profile.recommendations == .unknown && profile.certifications == .unknown)
        #expect(profile.warnings.isEmpty, "\(profile.warnings)")
    }

    @Test func profileOnlyExportLeavesEveryOtherFactUnknownAndPointsAtTheExport() throws {
        let input = try FixtureInput.read("Fixtures/linkedin/profile-only")
        let profile = input.profile
        #expect(profile.name == .present("Eva Smit"))
        #expect(profile.headline.isKnown && profile.about.isKnown && profile.location.isKnown && profile.industry.isKnown)
        #expect(profile.positions == .unknown && profile.education == .unknown && profile.skills == .unknown)
        #expect(profile.languages == .unknown && profile.certifications == .unknown && profile.groups == .unknown)
        #expect(profile.connectionCount == .unknown && profile.recommendations == .unknown && profile.photo == .unknown)
        #expect(profile.profileURL == .unknown, "Websites is empty")
        for field in ["positions", "education", "skills", "connections", "photo", "groups"] {
            #expect(profile.sourceMap[field] == SourceLocation(file: input.source), "\(field)")
        }
    }

    @Test func exportWithoutConnectionsKnowsEverythingElse() throws {
        let profile = try FixtureInput.read("Fixtures/linkedin/no-connections").profile
        #expect(profile.connectionCount == .unknown)
        #expect(profile.connections.isEmpty)
        #expect(profile.groups == .absent, "Ad_Targeting.csv is there but Member Groups is empty")
        #expect(profile.photo == .unknown, "a background photo is not a profile photo, and no row is not proof of no photo")
        #expect(profile.positions.value?.count == 2)
        #expect(profile.currentPosition.value?.company == "Acme Logistics B.V.")
        #expect(profile.education.value?.first?.school == "Hogeschool Rotterdam")
        #expect(profile.skills.value?.count == 3)
        #expect(profile.profileURL == .unknown, "Websites holds no linkedin.com/in/ address")
    }

    @Test func aFileWithoutDataRowsMakesItsFactsAbsent() throws {
        let profile = try importFiles([
            .profile: "First Name,Last Name,Headline,Summary,Industry,Geo Location\n",
            .positions: "",
            .skills: "Name\n",
            .connections: "Notes:\n\"Some text, with commas.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
            .adTargeting: "Member Groups,Member Skills,\n,SQL,\n",
        ])
        #expect(profile.name == .absent && profile.headline == .absent && profile.about == .absent)
        #expect(profile.industry == .absent && profile.location == .absent)
        #expect(profile.positions == .absent && profile.skills == .absent && profile.connectionCount == .absent)
        #expect(profile.groups == .absent)
        #expect(profile.education == .unknown, "a file the export lacks stays unknown")
        #expect(profile.sourceMap["headline"] == SourceLocation(file: "export/Profile.csv", line: 1, column: 22, path: "column Headline"))
        #expect(profile.sourceMap["connections"] == SourceLocation(file: "export/Connections.csv", line: 4, column: 1))
    }

    @Test func aColumnTheFileLacksLeavesItsFactUnknownAtTheHeaderLine() throws {
        let profile = try importFiles([.profile: "First Name,Last Name\nAnna,Bakker\n", .adTargeting: "Member Age,Member Skills\n35 to 54,SQL\n"])
        #expect(profile.name == .present("Anna Bakker"))
        #expect(profile.headline == .unknown && profile.about == .unknown && profile.location == .unknown)
        #expect(profile.sourceMap["headline"] == SourceLocation(file: "export/Profile.csv", line: 1, column: 1, path: "column Headline"))
        #expect(profile.groups == .unknown)
        #expect(profile.warnings.map(\.code) == ["export-column"])
        #expect(profile.warnings.first?.location == SourceLocation(file: "export/Ad_Targeting.csv", line: 1, column: 1))
    }

    @Test func contactDetailsInProfileCsvAreNeverRead() throws {
        let profile = try importFiles([.profile: """
            First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
            Anna,Bakker,,"Hidden Street 1, Secret City",Mar 31,Planner,,,,,[anna_secret],[PERSONAL:https://anna.example],[SKYPE:anna.secret]
            """])
        let facts = [profile.name.value, profile.headline.value, profile.about.value, profile.location.value, profile.industry.value, profile.profileURL.value]
        for fact in facts.compactMap({ $0 }) {
            #expect(!fact.contains("Hidden Street") && !fact.contains("Mar 31") && !fact.contains("secret"), "\(fact)")
        }
        #expect(profile.location == .absent, "Address is never a location")
    }

    // MARK: - Dates

    @Test(arguments: [
        ("Feb 2022", PartialDate(year: 2022, month: 2)), ("2017", PartialDate(year: 2017)), ("2019-03", PartialDate(year: 2019, month: 3)),
        ("Sept 2019", PartialDate(year: 2019, month: 9)), ("September 2019", PartialDate(year: 2019, month: 9)),
        (" dec 2020 ", PartialDate(year: 2020, month: 12)), ("2020-11-05", PartialDate(year: 2020, month: 11, day: 5)),
    ])
    func linkedInDatesAreParsed(text: String, date: PartialDate) {
        #expect(PartialDate(linkedIn: text) == date)
    }

    @Test(arguments: ["", "Smarch 2020", "Ma 2020", "2020 Feb", "Feb 20", "12/2020", "Feb 2022 extra", "20xx"])
    func otherDateTextIsNotADate(text: String) {
        #expect(PartialDate(linkedIn: text) == nil)
    }

    @Test func unreadableStartDateWarnsAndIsLeftOut() throws {
        let profile = try importFiles([.positions: "Company Name,Title,Description,Location,Started On,Finished On\nAcme,Planner,,,Summer 2020,\n"])
        let position = try #require(profile.positions.value?.first)
        #expect(position.start == nil)
        #expect(position.isCurrent)
        #expect(profile.warnings.count == 1)
        #expect(profile.warnings.first?.code == "date")
        #expect(profile.warnings.first?.location == SourceLocation(file: "export/Positions.csv", line: 2, column: 16, path: "row 1, column Started On"))
    }

    @Test func unreadableEndDateKeepsThePositionEnded() throws {
        let profile = try importFiles([.positions: """
            Company Name,Title,Description,Location,Started On,Finished On
            Acme,Planner,,,Jan 2021,
            Globex,Analyst,,,Mar 2015,end of 2018
            Initech,Intern,,,Jun 2014,unknown
            Hooli,Temp,,,,??

            """])
        let positions = try #require(profile.positions.value)
        #expect(positions.map(\.isCurrent) == [true, false, false, false])
        #expect(positions.map(\.end) == [nil, PartialDate(year: 2018), PartialDate(year: 2014, month: 6), PartialDate(year: 0)])
        #expect(profile.currentPosition.value?.company == "Acme")
        #expect(profile.warnings.map(\.code) == ["date", "date", "date"])
        #expect(profile.warnings.map { $0.location?.line } == [3, 4, 5])
    }

    // MARK: - Photo and groups

    @Test func onlyAProfilePhotoUploadProvesAPhoto() throws {
        let background = try importFiles([.richMedia: "Date/Time,Media Description,Media Link\nYou uploaded a profile background photo on May 1, 2024 at 9:00 AM (GMT),,https://media.example/bg\n"])
        #expect(background.photo == .unknown)
        let basic2023 = try importFiles([.richMedia: "Type,Link\nImage,https://www.linkedin.com/download\n"])
        #expect(basic2023.photo == .unknown)
        let photo = try importFiles([.richMedia: "Date/Time,Media Description,Media Link\nYou uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT),,https://media.example/p\n"])
        #expect(photo.photo == .present(true))
        #expect(photo.sourceMap["photo"] == SourceLocation(file: "export/Rich_Media.csv", line: 2, column: 1, path: "row 1, column Date/Time"))
    }

    @Test func memberGroupsAreSplitTrimmedAndDeduplicatedAcrossRepeatedColumns() throws {
        let profile = try importFiles([.adTargeting: "Member Groups,Job Titles,Member Groups,\n\"Data NL; Logistics NL;\",Planner,data nl;Rail Freight,\n"])
        #expect(profile.groups == .present(["Data NL", "Logistics NL", "Rail Freight"]))
        #expect(profile.sourceMap["groups"] == SourceLocation(file: "export/Ad_Targeting.csv", line: 2, column: 1, path: "row 1, column Member Groups"))
    }

    // MARK: - Finding the export's files

    @Test(arguments: [
        ("Profile.csv", LinkedInExportFile.profile), ("profile.CSV", .profile), ("Rich Media.csv", .richMedia), ("Rich_Media.csv", .richMedia),
        ("Ad Targeting.csv", .adTargeting), ("Ad_Targeting.csv", .adTargeting), ("Phone Numbers.csv", .phoneNumbers),
        ("PhoneNumbers.csv", .phoneNumbers), ("Connections_1158443584.csv", .connections), ("Profile Summary.csv", .profileSummary),
    ])
    func exportFileNamesMatchAcrossVersions(name: String, file: LinkedInExportFile) {
        #expect(LinkedInExportFile.matching(fileName: name) == file)
    }

    @Test(arguments: ["Profiles.csv", "Profile.csv.bak", "Positions.txt", "MyProfile.csv", "Profile_old.csv", ".csv", "123.csv"])
    func otherFileNamesDoNotMatch(name: String) {
        #expect(LinkedInExportFile.matching(fileName: name) == nil)
    }

    @Test func folderWithoutExportFilesIsUnrecognised() throws {
        let folder = try temporaryFolder(["notes.csv": "a,b\n", "readme.txt": "hello"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcomes = InputReader().read(path: folder)
        #expect(outcomes.count == 1)
        guard case .failure(let error) = outcomes.first else {
            Issue.record("expected an error")
            return
        }
        #expect(error == .unrecognisedFormat(path: folder, expected: LinkedInExportFile.expectation))
    }

    @Test func folderHoldingTheExportUnderOneTopFolderIsRead() throws {
        let folder = try temporaryFolder(["Basic_LinkedInDataExport_01-02-2025/Skills.csv": "Name\nSQL\nPython\n", "Basic_LinkedInDataExport_01-02-2025/Jobs/x.csv": "a\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try #require(InputReader().read(path: folder + "/").first).get()
        #expect(input.source == folder)
        #expect(input.profile.skills == .present(["SQL", "Python"]))
        #expect(input.profile.sourceMap["skills"]?.file == folder + "/Basic_LinkedInDataExport_01-02-2025/Skills.csv")
    }

    // MARK: - ZIP archives

    @Test func zipWithTheExportAtItsRootIsRead() throws {
        var builder = ZIPBuilder()
        builder.addDeflated("Skills.csv", Array("Name\nSQL\n".utf8))
        builder.addStored("Languages.csv", Array("Name,Proficiency\nDutch,Native or bilingual proficiency\n".utf8))
        builder.addStored("Articles/", [])
        let profile = try importZip(builder)
        #expect(profile.skills == .present(["SQL"]))
        #expect(profile.languages == .present([Language(name: "Dutch", proficiency: "Native or bilingual proficiency")]))
        #expect(profile.sourceMap["skills"] == SourceLocation(file: "export.zip/Skills.csv", line: 1, column: 1))
    }

    @Test func zipWithoutExportFilesIsUnrecognised() throws {
        var builder = ZIPBuilder()
        builder.addStored("readme.txt", Array("hello".utf8))
        builder.addStored("a/b/Profile.csv", Array("First Name\nDeep\n".utf8))
        #expect(throws: ProfileLintError.unrecognisedFormat(path: "export.zip", expected: LinkedInExportFile.expectation)) {
            try importZip(builder)
        }
    }

    @Test(arguments: ["../Profile.csv", "Complete/../../Profile.csv", "/tmp/Profile.csv", "C:/Profile.csv", "\\Profile.csv", "Complete\\..\\..\\x.csv"])
    func zipEntriesThatLeaveTheArchiveAreRefused(name: String) throws {
        var builder = ZIPBuilder()
        builder.addStored("Skills.csv", Array("Name\nSQL\n".utf8))
        builder.addStored(name, Array("First Name\nEvil\n".utf8))
        let error = try #require(throws: ProfileLintError.self) { try importZip(builder) }
        guard case .unsafeArchive(let path, let entry, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == "export.zip" && entry == name)
    }

    @Test func symbolicLinkEntriesAreRefused() throws {
        var builder = ZIPBuilder()
        builder.addStored("Profile.csv", Array("../../../etc/passwd".utf8), mode: 0o120777)
        #expect(throws: ProfileLintError.unsafeArchive(path: "export.zip", entry: "Profile.csv", reason: CatalogMessage(.errorZIPSymbolicLink))) {
            try importZip(builder)
        }
    }

    @Test(arguments: [
        Array("PK\u{03}\u{04}this is not really a zip".utf8),
        Array("PK\u{05}\u{06}".utf8),
    ])
    func bytesThatAreNotAZipGiveOneClearLine(bytes: [UInt8]) throws {
        let outcomes = InputReader().read(bytes: bytes, display: "broken.zip")
        #expect(outcomes.count == 1)
        guard case .failure(let error) = outcomes.first else {
            Issue.record("expected an error")
            return
        }
        let message = try #require(error.errorDescription)
        #expect(message.hasPrefix("broken.zip: not a valid ZIP archive ("))
        #expect(!message.contains("\n"))
    }

    @Test func truncatedDownloadOfARealExportGivesOneClearLine() throws {
        let bytes = try InputFile.readBytes(Repository.path(Self.sanneZip), limits: .default)
        for cut in [bytes.count / 3, bytes.count / 2, bytes.count - 30] {
            let outcomes = InputReader().read(bytes: Array(bytes.prefix(cut)), display: "partial.zip")
            guard case .failure(let error) = outcomes.first else {
                Issue.record("a truncated archive (\(cut) bytes) was read")
                continue
            }
            #expect(error.errorDescription?.hasPrefix("partial.zip: ") == true)
            #expect(error.errorDescription?.contains("\n") == false)
        }
    }

    @Test func declaredSizesOverTheLimitFailBeforeInflating() throws {
        let limits = Limits(maximumFileSize: 1 << 20, maximumUncompressedSize: 1 << 20, maximumDepth: 16, maximumRecordSize: 1 << 20)
        var builder = ZIPBuilder()
        builder.addRaw("Connections.csv", deflated: ZIPBuilder.zeros(600_000), declaredSize: 600_000)
        builder.addRaw("Positions.csv", deflated: ZIPBuilder.zeros(600_000), declaredSize: 600_000)
        let error = try #require(throws: ProfileLintError.self) { try importZip(builder, limits: limits) }
        #expect(error.errorDescription == "export.zip: the export's files declare 1.1 MB uncompressed, more than the limit of 1.0 MB (limits.max_uncompressed_size)")
    }

    @Test func zipBombThatLiesAboutItsSizeStopsAtTheLie() throws {
        // 64 MB of zeros in about 400 KB, declaring 100 bytes: reading must stop after the first chunk.
        var builder = ZIPBuilder()
        builder.addRaw("Connections.csv", deflated: ZIPBuilder.zeros(64 << 20), declaredSize: 100)
        let clock = ContinuousClock()
        var thrown: ProfileLintError?
        let elapsed = clock.measure {
            do { _ = try importZip(builder) } catch { thrown = error as? ProfileLintError }
        }
        #expect(thrown == .unsafeArchive(path: "export.zip", entry: "Connections.csv", reason: CatalogMessage(.errorZIPExpandsBeyondDeclared, ["declared": "100"])))
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test func zipBombThatDeclaresItsSizeFailsFastAtTheLimit() throws {
        // An entry declaring 1 GB is refused from the central directory alone: had it been inflated, its
        // 1 MB of real data would have failed the size check with a different error.
        var builder = ZIPBuilder()
        builder.addRaw("Skills.csv", deflated: ZIPBuilder.zeros(1 << 20), declaredSize: UInt32(1 << 30))
        let bytes = builder.build()
        let clock = ContinuousClock()
        var thrown: ProfileLintError?
        let elapsed = clock.measure {
            do { _ = try LinkedInExportImporter().importArchive(bytes, display: "bomb.zip") } catch { thrown = error as? ProfileLintError }
        }
        #expect(thrown?.errorDescription == "bomb.zip: the export's files declare 1.0 GB uncompressed, more than the limit of 512.0 MB (limits.max_uncompressed_size)")
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    @Test(arguments: [
        // A stored block that promises 65,535 bytes but holds 10: zlib asks for more than the entry has.
        ([0x01, 0xFF, 0xFF, 0x00, 0x00] + [UInt8](repeating: 0x41, count: 10), UInt32(65_535)),
        // A stored block that promises 1,000 bytes but holds 10.
        ([0x01, 0xE8, 0x03, 0x17, 0xFC] + [UInt8](repeating: 0x41, count: 10), UInt32(1_000)),
        // Half of a fixed-Huffman stream.
        (Array(ZIPBuilder.zeros(100_000).prefix(200)), UInt32(100_000)),
        // Not deflate at all.
        ([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], UInt32(10)),
    ])
    func truncatedOrCorruptDeflateDataFailsInsteadOfHanging(deflated: [UInt8], declared: UInt32) throws {
        var builder = ZIPBuilder()
        builder.addRaw("Skills.csv", deflated: deflated, declaredSize: declared, crc32: 0x1234_5678)
        let error = try #require(throws: ProfileLintError.self) { try importZip(builder) }
        guard case .unsafeArchive(let path, let entry, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == "export.zip" && entry == "Skills.csv")
    }

    @Test func checksumMismatchIsReported() throws {
        let data = Array("Name\nSQL\n".utf8)
        var builder = ZIPBuilder()
        builder.addRaw("Skills.csv", deflated: ZIPBuilder.storedBlocks(data), declaredSize: UInt32(data.count), crc32: ZIPBuilder.crc32(data) ^ 1)
        #expect(throws: ProfileLintError.unsafeArchive(path: "export.zip", entry: "Skills.csv", reason: CatalogMessage(.errorZIPChecksum))) {
            try importZip(builder)
        }
    }

    @Test func randomlyDamagedArchivesNeverCrash() throws {
        let original = try InputFile.readBytes(Repository.path(Self.sanneZip), limits: .default)
        var generator = SeededGenerator(seed: 0xB0B)
        var failures = 0
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            let outcomes = InputReader().read(bytes: bytes, display: "damaged.zip")
            #expect(outcomes.count == 1)
            if case .failure(let error) = outcomes.first {
                failures += 1
                #expect(error.errorDescription?.contains("\n") == false)
            }
        }
        #expect(failures > 0, "damage should break at least some archives")
    }

    // MARK: - Privacy

    @Test(arguments: [sanneFolder, sanneZip, "Fixtures/linkedin/2018-style", "Fixtures/linkedin/no-connections"])
    func reportsNeverShowContactDetailsFromTheExport(export: String) throws {
        let folder = export.hasSuffix(".zip") ? String(export.dropLast(4)) : export
        let secrets = try contactDetails(inExport: folder)
        #expect(!secrets.isEmpty, "the fixture should hold contact details to hide")
        let input = try FixtureInput.read(export)
        let run = CheckRun(profiles: [try FixtureInput.report(input)], errors: [], rules: try RuleLoader().loadDefaultRules(), language: .english)
        for output in [JSONReporter().report(run), TextReporter().report(run)] {
            for secret in secrets {
                #expect(!output.contains(secret), "report shows '\(secret)'")
            }
        }
    }

    /// E-mail addresses, phone numbers, postal address, birth date, messenger names and connections'
    /// names and URLs found in an export folder, read independently of the importer.
    private func contactDetails(inExport folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))
        var secrets: [String] = []
        func column(_ file: String, _ columns: [String]) throws {
            guard names.contains(file) else { return }
            let bytes = try InputFile.readBytes(Repository.path(folder + "/" + file), limits: .default)
            let table = CSVTable(records: try CSVReader().read(bytes: bytes, file: file), file: file, isHeader: { record in
                columns.contains { record.fields.contains($0) }
            })
            for row in table.rows {
                for name in columns {
                    if let value = table.value(name, in: row)?.trimmingWhitespace(), value.count >= 3 { secrets.append(value) }
                }
                if file == "Connections.csv", let first = table.value("First Name", in: row), let last = table.value("Last Name", in: row),
                   !first.isEmpty {
                    secrets.append(first + " " + last)
                }
            }
        }
        try column("Email Addresses.csv", ["Email Address"])
        try column("PhoneNumbers.csv", ["Number"])
        try column("Phone Numbers.csv", ["Number"])
        try column("Connections.csv", ["Email Address", "URL"])
        try column("Profile.csv", ["Address", "Birth Date", "Instant Messengers", "Twitter Handles", "Contact Instructions"])
        return secrets
    }

    // MARK: - End to end

    @Test func checkOfSannesExportArchiveExitsZero() throws {
        let output = try CLIRunner.run(["check", Self.sanneZip])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("\(Self.sanneZip) (Sanne de Vries)\n"))
        #expect(output.stdout.contains("score 100/100 · all-star"))
    }

    @Test func checkOfAProfileOnlyExportShowsWhatIsUnknown() throws {
        let path = "Fixtures/linkedin/profile-only"
        let output = try CLIRunner.run(["check", path])
        let report = try FixtureInput.report(try FixtureInput.read(path))
        let unknown = report.results.filter { $0.status == .unknown }.map(\.rule)
        #expect(Set(unknown) == ["banner", "connections", "current-position", "custom-url", "education", "employer-named", "groups-joined",
                                 "past-positions", "photo", "photo-recent", "recommendations", "role-action", "role-description",
                                 "role-results", "skills"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\(unknown.count) unknown"))
        for rule in unknown {
            // The profile URL would be read from Profile.csv's Websites, so its note points there.
            let place = rule == "custom-url" ? path + "/Profile.csv:2:549" : path
            #expect(output.stdout.contains("\(place): note: [\(rule)] Not known from this source"), "\(rule)")
        }
    }
}
