import Testing
@testable import ProfileLint

/// "Present" and its translations end no role, in a LinkedIn export's `Finished On` and in a JSON
/// Resume's `endDate` alike.
@Suite struct PresentEndDateTests {
    static let export = "Fixtures/linkedin/edited-present"

    @Test func presentInAnEditedExportsFinishedOnIsACurrentPosition() throws {
        let profile = try FixtureInput.read(Self.export).profile
        let positions = try #require(profile.positions.value)
        #expect(positions.map(\.isCurrent) == [true, true, false], "Present and ' heden. ' are current; Feb 2022 ended")
        #expect(profile.currentPosition.value?.company == "Zuiderwind Logistiek")
        #expect(!profile.warnings.contains { $0.code == "date" }, "\(profile.warnings)")
        let report = try FixtureInput.report(FixtureInput.read(Self.export))
        #expect(try FixtureInput.result("current-position", in: report).status == .pass)
    }

    @Test(arguments: ["Present", "Current", "Now", "Heden", "Huidig", "Nu", "Aujourd'hui", "Actuel", "Presente", "Atual", "Heute",
                      "Actualidad", "Actualmente", "present.", "  NOW "])
    func presentMeansTheSameInAnExportAndInAJSONResume(word: String) throws {
        let csv = "Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,City,Nov 2023,\(word)\n"
        let export = try LinkedInExportImporter().importFiles(
            [.positions: .init(bytes: Array(csv.utf8), display: "export/Positions.csv")], display: "export")
        let json = "{\"work\": [{\"name\": \"Acme\", \"startDate\": \"2023-11\", \"endDate\": \"\(word)\"}]}"
        let resume = try #require(InputReader().read(bytes: Array(json.utf8), display: "<mem>").first).get().profile
        #expect(export.positions.value?.first?.isCurrent == true)
        #expect(resume.positions.value?.first?.isCurrent == true)
        // The resume has no `basics` (a warning of its own); the date is read without one.
        #expect(!export.warnings.contains { $0.code == "date" } && !resume.warnings.contains { $0.code == "date" })
    }
}
