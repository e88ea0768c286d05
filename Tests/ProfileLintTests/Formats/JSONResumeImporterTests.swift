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
        // Skills are counted by keyword: "Python" lists the one keyword "pandas".
        #expect(resume.skills.value?.count == json.skills.value?.count)
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
    ])
    func badValuesNameTheirPositionAndPath(text: String, message: String) throws {
        let outcomes = InputReader().read(bytes: Array(text.utf8), display: "<mem>")
        guard case .failure(let error) = outcomes.first else {
            Issue.record("expected an error")
            return
        }
        #expect(error.errorDescription == message)
    }

    // MARK: - Leniency: dates, duplicate keys, skills by keyword, blank entries

    static let dates = "Fixtures/json-resume/dates-as-written.resume.json"
    static let duplicates = "Fixtures/json-resume/duplicate-keys.resume.json"
    static let keywords = "Fixtures/json-resume/skill-keywords.resume.json"
    static let template = "Fixtures/json-resume/unfilled-template.resume.json"

    /// The warnings of `profile` with `code`, as `line:column message`.
    static func warnings(_ profile: Profile, code: String) -> [String] {
        profile.warnings.filter { $0.code == code }.map { warning in
            let place = warning.location.map { "\($0.line ?? 0):\($0.column ?? 0)" } ?? "?"
            return place + " " + warning.message.description
        }
    }

    @Test func datesThatAreNotISOAreReadAndPresentInAnyLanguageMeansCurrent() throws {
        let resume = try FixtureInput.read(Self.dates).profile
        let positions = try #require(resume.positions.value)
        #expect(positions.map(\.start) == [
            PartialDate(year: 2022, month: 3), PartialDate(year: 2022, month: 5), PartialDate(year: 2021, month: 3),
            PartialDate(year: 2014, month: 10), PartialDate(year: 2014, month: 6), PartialDate(year: 2012, month: 7), nil,
        ])
        #expect(positions.map(\.end) == [
            nil, nil, nil, PartialDate(year: 2015, month: 9), PartialDate(year: 2023, month: 9, day: 28), PartialDate(year: 2013),
            PartialDate(year: 0),
        ])
        #expect(positions.filter(\.isCurrent).count == 3, "Present, heden. and Aujourd’hui")
        #expect(resume.currentPosition.value?.company == "Kanaalzicht Opslag", "the latest start of the current ones")
        #expect(resume.education.value?.first?.start == PartialDate(year: 2009, month: 9))
        #expect(resume.education.value?.first?.end == nil)
    }

    /// A date that cannot be read is unknown, and a repeated key loses its first value: each with one
    /// warning at its place, naming both places for a repeat.
    @Test(arguments: [
        (dates, "date", [
            "14:71 ambiguous date '08-12-2020' (day and month could be either way round; write YYYY-MM-DD); it is left unknown",
            "14:96 unrecognised date 'sometime' (expected YYYY-MM-DD, MM/YYYY or a month and year); the position is kept as a past one",
            "17:113 ambiguous date '08-12-2020' (day and month could be either way round; write YYYY-MM-DD); it is left unknown",
        ]),
        (duplicates, "duplicate-key", [
            "13:3 duplicate key 'languages' at 10:3 and 13:3; the last value is used",
            "14:3 duplicate key 'publications' at 11:3 and 14:3; the last value is used",
            "8:60 duplicate key 'position' at 8:37 and 8:60; the last value is used",
            "5:5 duplicate key 'label' at 4:5 and 5:5; the last value is used",
        ]),
    ])
    func whatIsReadLenientlyWarnsOnceAtItsPlace(fixture: String, code: String, expected: [String]) throws {
        #expect(Self.warnings(try FixtureInput.read(fixture).profile, code: code) == expected)
    }

    @Test(arguments: [
        ("{\"work\": [{\"startDate\": \"2013-12-021\"}]}", "1:25 unrecognised date '2013-12-021' (expected YYYY-MM-DD, MM/YYYY or a month and year); it is left unknown"),
        ("{\"work\": [{\"startDate\": {\"year\": 2020}}]}", "1:25 unrecognised date an object (expected YYYY-MM-DD, MM/YYYY or a month and year); it is left unknown"),
        ("{\"work\": [{\"startDate\": 12}]}", "1:25 unrecognised date a number (expected YYYY-MM-DD, MM/YYYY or a month and year); it is left unknown"),
    ])
    func aDateNeverRejectsTheFile(text: String, warning: String) throws {
        let outcomes = InputReader().read(bytes: Array(text.utf8), display: "<mem>")
        let profile = try #require(outcomes.first).get().profile
        #expect(Self.warnings(profile, code: "date") == [warning])
        #expect(profile.positions.value?.first?.start == nil)
    }

    @Test func theLastValueOfARepeatedKeyWins() throws {
        let resume = try FixtureInput.read(Self.duplicates).profile
        #expect(resume.headline == .present("Senior data analyst"))
        #expect(resume.positions.value?.first?.title == "Senior analyst")
        #expect(resume.languages.value?.map(\.name) == ["Basque", "Spanish"])
        #expect(resume.sourceMap["languages"]?.line == 13)
    }

    @Test func skillsAreCountedByKeywordAndAnEntryWithoutKeywordsCountsOnce() throws {
        let resume = try FixtureInput.read(Self.keywords).profile
        let skills = try #require(resume.skills.value)
        // 6 frontend keywords, 5 backend ones (one is blank), "Technical writing" and "Testing" (no keywords).
        #expect(skills.count == 13)
        #expect(skills.prefix(2) == ["TypeScript", "React"])
        #expect(skills.suffix(2) == ["Technical writing", "Testing"])
        let report = try FixtureInput.report(FixtureInput.read(Self.keywords))
        #expect(try FixtureInput.result("skills", in: report).status == .pass)
    }

    @Test func batchScoringCountsSkillsByKeywordToo() throws {
        let text = try FixtureInput.text(Self.keywords)
        let document = try JSONParser().parse(Array(text.utf8))
        let profile = try JSONResumeImporter(detail: .rulesOnly).importProfile(from: document.root, file: "<mem>")
        #expect(profile.skills.value?.count == 13)
    }

    @Test func entriesWithNothingFilledInAreNotThereAndAnUnfilledTemplateHasNoCurrentPosition() throws {
        let input = try FixtureInput.read(Self.template)
        let resume = input.profile
        #expect(resume.positions.value == nil || resume.positions.value?.isEmpty == true)
        #expect(resume.currentPosition.value == nil)
        #expect(resume.education.value?.isEmpty ?? true)
        #expect(resume.languages.value?.isEmpty ?? true)
        #expect(resume.certifications.value?.isEmpty ?? true)
        #expect(resume.skills.value == ["C/C++"], "the one keyword filled in counts; the blank ones do not")
        #expect(Self.warnings(resume, code: "blank-entry") == [
            "8:11 3 entries with nothing filled in are not counted",
            "13:16 an entry with nothing filled in is not counted",
            "16:13 an entry with nothing filled in is not counted",
            "20:16 an entry with nothing filled in is not counted",
            "23:19 an entry with nothing filled in is not counted",
        ])
        let report = try FixtureInput.report(input)
        #expect(try FixtureInput.result("current-position", in: report).status == .fail)
    }
}

@Suite struct JSONResumeSummaryTests {
    @Test func aSummaryWrittenAsParagraphsIsTheDescriptionAndPresentWithARemarkIsCurrent() throws {
        let resume = try FixtureInput.read("Fixtures/json-resume/summary-paragraphs.resume.json").profile
        let position = try #require(resume.positions.value?.first)
        #expect(position.isCurrent)
        #expect(position.start == PartialDate(year: 2020, month: 6))
        #expect(position.description == "I onboard applications into the security monitoring platform.\nI write the queries that check every application daily.")
        #expect(position.sources["description"]?.path == "$.work[0].summary")
        #expect(resume.warnings.isEmpty)
    }
}
