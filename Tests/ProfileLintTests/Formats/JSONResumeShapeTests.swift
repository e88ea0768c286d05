import Foundation
import Testing
@testable import ProfileLint

/// JSON Resumes that stray from the schema in the ways real hand-written files do (issue 14): `works`
/// for `work`, `languages` or `skills` as an object, no `basics` (or `personal` in its place). Each is read, with
/// one warning saying how, never rejected.
@Suite struct JSONResumeShapeTests {
    static let works = "Fixtures/json-resume/works-key.resume.json"
    static let languagesMap = "Fixtures/json-resume/languages-object.resume.json"
    static let languageObject = "Fixtures/json-resume/language-single-object.resume.json"
    static let languagesWrapped = "Fixtures/json-resume/languages-wrapped.resume.json"
    static let skillsGrouped = "Fixtures/json-resume/skills-grouped.resume.json"
    static let noBasics = "Fixtures/json-resume/no-basics.resume.json"
    static let personal = "Fixtures/json-resume/personal-instead-of-basics.resume.json"

    @Test func worksIsReadAsWorkWithAWarningAtItsPlace() throws {
        let input = try FixtureInput.read(Self.works)
        #expect(input.format == .jsonResume)
        let positions = try #require(input.profile.positions.value)
        #expect(positions.map(\.company) == ["Acme Logistics", "Kanaalzicht Transport"])
        #expect(positions.map(\.start) == [PartialDate(year: 2014, month: 6), PartialDate(year: 2010, month: 3)], "'2014, June' is read")
        #expect(input.profile.currentPosition.value?.title == "Warehouse planner")
        #expect(JSONResumeImporterTests.warnings(input.profile, code: "nonstandard-key") == ["8:12 'works' is read as JSON Resume's 'work'"])
    }

    @Test func workWinsOverWorksWhenAFileHasBoth() throws {
        let text = #"{"basics": {"name": "Both"}, "works": [{"name": "Ignored", "position": "A"}], "work": [{"name": "Kept", "position": "B"}]}"#
        let profile = try #require(InputReader().read(bytes: Array(text.utf8), display: "<mem>").first).get().profile
        #expect(profile.positions.value?.map(\.company) == ["Kept"])
        #expect(JSONResumeImporterTests.warnings(profile, code: "nonstandard-key").isEmpty)
    }

    @Test func aFileWithOnlyWorksIsAJSONResume() throws {
        let text = #"{"works": [{"name": "Acme Logistics", "position": "Planner", "startDate": "2020-01"}]}"#
        let input = try #require(InputReader().read(bytes: Array(text.utf8), display: "<mem>").first).get()
        #expect(input.format == .jsonResume)
        #expect(input.profile.positions.value?.count == 1)
    }

    @Test func languagesAsAMapOfLanguageToFluencyAreEachALanguage() throws {
        let profile = try FixtureInput.read(Self.languagesMap).profile
        let languages = try #require(profile.languages.value)
        #expect(languages.map(\.name) == ["Dutch", "English", "German"])
        #expect(languages.map(\.proficiency) == ["Native speaker", "Fluent", nil])
        #expect(JSONResumeImporterTests.warnings(profile, code: "languages-object")
            == ["10:16 'languages' is an object, not a list: each key is read as a language, its value as the fluency"])
    }

    @Test func languagesAsOneEntryObjectIsOneLanguage() throws {
        let profile = try FixtureInput.read(Self.languageObject).profile
        #expect(profile.languages.value?.map(\.name) == ["Dutch"])
        #expect(profile.languages.value?.first?.proficiency == "Native speaker")
        #expect(JSONResumeImporterTests.warnings(profile, code: "languages-object") == ["4:16 'languages' is one object, not a list: read as one language"])
    }

    @Test func languagesAsAListWrappedInAnObjectAreTheList() throws {
        let profile = try FixtureInput.read(Self.languagesWrapped).profile
        let languages = try #require(profile.languages.value)
        #expect(languages.map(\.name) == ["dutch", "english", "German"])
        #expect(languages.map(\.proficiency) == ["native", "proficient", nil], "'level' is read as the fluency")
        #expect(JSONResumeImporterTests.warnings(profile, code: "languages-object")
            == ["10:16 'languages' is an object around a list: the list in 'language' is read"])
    }

    @Test func skillsGroupedByThemeAreEachSkillOfEachGroup() throws {
        let profile = try FixtureInput.read(Self.skillsGrouped).profile
        #expect(profile.skills.value == ["TypeScript", "React", "CSS", "Node.js", "REST", "GraphQL", "Scrum"],
                "a group's skills count, not its theme; a key with one value ('Scrum': 'Advanced') is a skill")
        #expect(JSONResumeImporterTests.warnings(profile, code: "skills-object")
            == ["4:13 'skills' is an object, not a list: the skills listed under each key are read (a key with one value is read as a skill)"])
    }

    @Test func skillsAsOneEntryObjectAreThatEntrysSkills() throws {
        let text = #"{"basics": {"name": "One"}, "skills": {"name": "Logistics", "keywords": ["Route planning", "Fleet management"]}}"#
        let profile = try #require(InputReader().read(bytes: Array(text.utf8), display: "<mem>").first).get().profile
        #expect(profile.skills.value == ["Route planning", "Fleet management"])
        #expect(JSONResumeImporterTests.warnings(profile, code: "skills-object") == ["1:39 'skills' is one object, not a list: read as one skill entry"])
    }

    @Test func aFileWithoutBasicsHasItsBasicsUnknownNotMissing() throws {
        let input = try FixtureInput.read(Self.noBasics)
        #expect(input.format == .jsonResume, "recognised through work")
        let profile = input.profile
        for fact in [profile.name, profile.headline, profile.about, profile.location, profile.profileURL] {
            #expect(fact == .unknown)
        }
        #expect(profile.photo == .unknown)
        #expect(profile.positions.value?.count == 2)
        #expect(profile.currentPosition.value?.company == "Acme Logistics", "'present' in lower case is current")
        #expect(profile.education.value?.count == 1)
        #expect(profile.skills.value == ["Fleet management", "Route planning"])
        #expect(JSONResumeImporterTests.warnings(profile, code: "no-basics")
            == ["1:1 no 'basics': name, headline, summary, location, photo and profile URL are unknown"])
        let statuses = FixtureInput.statuses(try FixtureInput.report(input))
        #expect(statuses["headline"] == .unknown && statuses["about"] == .unknown && statuses["photo"] == .unknown,
                "a file without basics is not told to add a headline")
        #expect(statuses["current-position"] == .pass)
    }

    @Test func personalIsReadInPlaceOfMissingBasics() throws {
        let profile = try FixtureInput.read(Self.personal).profile
        #expect(profile.name == .present("Merel Aydin"))
        #expect(profile.headline == .present("Fleet coordinator"))
        #expect(profile.location == .present("Tiel, NL"))
        #expect(profile.photo == .absent, "personal carries no image: no photo, as for basics")
        #expect(JSONResumeImporterTests.warnings(profile, code: "nonstandard-key") == ["2:15 no 'basics': 'personal' is read in its place"])
    }

    @Test func batchScoringReadsTheSameShapes() throws {
        for fixture in [Self.works, Self.languagesMap, Self.languageObject, Self.languagesWrapped, Self.skillsGrouped, Self.noBasics, Self.personal] {
            let path = Repository.path(fixture)
            let full = try #require(InputReader(detail: .full).read(path: path).first).get().profile
            let fast = try #require(InputReader(detail: .rulesOnly).read(path: path).first).get().profile
            for field in ProfileField.allCases {
                #expect(ProfileView(full).value(of: field) == ProfileView(fast).value(of: field), "\(fixture): \(field.rawValue)")
            }
        }
    }
}
