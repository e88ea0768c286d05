import Foundation
import Testing
@testable import ProfileLint

@Suite struct JSONResumeImporterTests {
    static let sanne = "Fixtures/json-resume/sanne-de-vries.resume.json"
    static let incomplete = "Fixtures/json-resume/incomplete.resume.json"

    @Test func sanneResumeIsDetectedAndCarriesWhatHerOwnJSONProfileDoes() throws {
        let input = try FixtureInput.read(Self.sanne)
        let resume = input.profile
        let json = try FixtureInput.read("Fixtures/profiles/sanne-de-vries-all-star.json").profile
        #expect(input.format == .jsonResume)
        #expect(resume.name == json.name)
        #expect(resume.headline == json.headline)
        #expect(resume.about == json.about)
        #expect(resume.photo == json.photo)
        #expect(resume.profileURL == json.profileURL)
        #expect(resume.education == json.education)
        #expect(resume.skills == json.skills)
        #expect(resume.languages == json.languages)
        #expect(resume.certifications == json.certifications)
        #expect(resume.recommendations == json.recommendations)
        let resumePositions = try #require(resume.positions.value)
        let jsonPositions = try #require(json.positions.value)
        #expect(resumePositions.map { [$0.company, $0.title, $0.description, $0.location] }
            == jsonPositions.map { [$0.company, $0.title, $0.description, $0.location] })
        #expect(resumePositions.map(\.start) == jsonPositions.map(\.start))
        #expect(resumePositions.map(\.end) == jsonPositions.map(\.end))
        // JSON Resume writes the location as parts.
        #expect(resume.location == .present("Utrecht, Utrecht, NL"))
    }

    @Test func factsJSONResumeCannotCarryAreUnknown() throws {
        let resume = try FixtureInput.read(Self.sanne).profile
        #expect(resume.industry == .unknown)
        #expect(resume.groups == .unknown)
        #expect(resume.connectionCount == .unknown)
        #expect(resume.connections.isEmpty)
    }

    @Test func contactDetailsAreNeverRead() throws {
        let input = try FixtureInput.read(Self.sanne)
        let run = CheckRun(profiles: [try FixtureInput.report(input)], errors: [], rules: try RuleLoader().loadDefaultRules(), language: .english)
        for output in [JSONReporter().report(run), TextReporter().report(run)] {
            #expect(!output.contains("sanne.devries@example.com"))
            #expect(!output.contains("5550 1234"))
        }
    }

    @Test func legacyKeysCompanyPictureAndWebsiteAreRead() throws {
        let resume = try FixtureInput.read(Self.incomplete).profile
        let positions = try #require(resume.positions.value)
        #expect(positions.map(\.company) == ["Duff Transport", "Wonka Supply"])
        #expect(resume.photo == .absent, "an empty legacy 'picture' is no photo")
        #expect(resume.profileURL == .present("https://www.linkedin.com/in/kees-verhoeven-example"))
        #expect(resume.sourceMap["profile_url"]?.path == "$.basics.website")
        #expect(resume.sourceMap["photo"]?.path == "$.basics.picture")
        #expect(resume.location == .present("Eindhoven"), "a location with only an address")
    }

    @Test func highlightsDescribeAJobWithoutASummary() throws {
        let resume = try FixtureInput.read(Self.incomplete).profile
        let positions = try #require(resume.positions.value)
        #expect(positions[0].description == nil)
        #expect(positions[1].description == "• Planned daily routes for 12 vans")
    }

    @Test func sectionsAndFieldsLeftOutAreAbsent() throws {
        let resume = try FixtureInput.read(Self.incomplete).profile
        #expect(resume.about == .absent)
        #expect(resume.education == .absent)
        #expect(resume.languages == .absent)
        #expect(resume.certifications == .absent)
        #expect(resume.recommendations == .absent)
        #expect(resume.currentPosition.value?.company == "Duff Transport")
    }

    @Test(arguments: [
        ("{\"basics\": {\"name\": 42}}", "<mem>:1:21: expected a string but found a number (at $.basics.name)"),
        ("{\"basics\": {}, \"work\": {}}", "<mem>:1:24: expected an array but found an object (at $.work)"),
        ("{\"work\": [{\"startDate\": \"2013-12-021\"}]}", "<mem>:1:25: expected a date as YYYY, YYYY-MM or YYYY-MM-DD but found \"2013-12-021\" (at $.work[0].startDate)"),
    ])
    func badValuesNameTheirPositionAndPath(text: String, message: String) throws {
        let outcomes = InputReader().read(bytes: Array(text.utf8), display: "<mem>")
        guard case .failure(let error) = outcomes.first else {
            Issue.record("expected an error")
            return
        }
        #expect(error.errorDescription == message)
    }
}
