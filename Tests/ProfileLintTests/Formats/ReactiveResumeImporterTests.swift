import Foundation
import Testing
@testable import ProfileLint

@Suite struct ReactiveResumeImporterTests {
    static let sanne = "Fixtures/reactive-resume/sanne-de-vries.json"
    static let noor = "Fixtures/reactive-resume/noor-hendriks.nl.json"
    static let lotte = "Fixtures/reactive-resume/v5-lotte-kramer.json"

    /// A v5 export: picture and summary at the top level, `basics.website`, `hidden`, `period`,
    /// `description`, `school`/`degree`, `language`/`fluency`, certificates by `title`.
    @Test func aVersion5ExportIsDetectedAndRead() throws {
        let input = try FixtureInput.read(Self.lotte)
        #expect(input.format == .reactiveResume)
        let profile = input.profile
        #expect(profile.name == .present("Lotte Kramer"))
        #expect(profile.headline == .present("Supply chain analyst at Acme Logistics | Forecasts that planners trust"))
        #expect(profile.location == .present("Nijmegen, Netherlands"))
        #expect(profile.photo == .present(true), "the top-level picture")
        #expect(profile.profileURL == .present("https://www.linkedin.com/in/lotte-kramer-example"), "basics.website.url")
        #expect(profile.about == .present("I turn order history into forecasts that warehouse planners actually use.\nAt Acme Logistics I own the weekly demand forecast for twelve sites and teach planners to read it."))
        let positions = try #require(profile.positions.value)
        #expect(positions.map(\.company) == ["Acme Logistics", "Waalkade Foods"], "the hidden item is left out")
        #expect(positions.map(\.start) == [PartialDate(year: 2022, month: 3), PartialDate(year: 2019)])
        #expect(positions.map(\.end) == [nil, PartialDate(year: 2022)])
        #expect(profile.currentPosition.value?.description == "• Built the weekly demand forecast for twelve warehouses.\n• Cut forecast error from 18% to 11% in a year.")
        #expect(profile.education.value?.map { [$0.school, $0.degree, $0.field] } == [["Universiteit van Oostland", "Master of Science", "Supply Chain Management"]])
        #expect(profile.education.value?.first?.end == PartialDate(year: 2019))
        #expect(profile.skills.value == ["Demand forecasting", "Time series", "Python", "SQL"])
        #expect(profile.languages.value?.map(\.name) == ["Dutch", "English"])
        #expect(profile.languages.value?.map(\.proficiency) == ["Native", "Fluent"])
        #expect(profile.certifications == .absent, "the certifications section is hidden")
        #expect(profile.recommendations == .absent)
        #expect(profile.warnings.isEmpty, "\(profile.warnings)")
    }

    @Test func aHiddenVersion5PictureOrSummaryIsNotThere() throws {
        var text = try String(contentsOfFile: Repository.path(Self.lotte), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"hidden\": false,\n    \"url\": \"https://images", with: "\"hidden\": true,\n    \"url\": \"https://images")
        text = text.replacingOccurrences(of: "\"columns\": 1,\n    \"hidden\": false,\n    \"content\"", with: "\"columns\": 1,\n    \"hidden\": true,\n    \"content\"")
        let profile = try #require(InputReader().read(bytes: Array(text.utf8), display: "<mem>").first).get().profile
        #expect(profile.photo == .absent)
        #expect(profile.about == .absent)
    }

    @Test func sanneExportIsDetectedAndCarriesWhatHerJSONResumeDoes() throws {
        let input = try FixtureInput.read(Self.sanne)
        let export = input.profile
        let resume = try FixtureInput.read("Fixtures/json-resume/sanne-de-vries.resume.json").profile
        #expect(input.format == .reactiveResume && input.format.rawValue == "reactive-resume")
        for field: ProfileField in [.name, .headline, .photo, .profileURL, .languages, .certifications, .recommendations, .skills, .education] {
            #expect(ProfileView(export).value(of: field) == ProfileView(resume).value(of: field), "\(field.rawValue)")
        }
        #expect(export.location == .present("Utrecht, Netherlands"))
        #expect(export.languages == resume.languages && export.certifications == resume.certifications)
        #expect(!export.industry.isKnown && !export.groups.isKnown && !export.connectionCount.isKnown, "a resume cannot say")
        #expect(export.education.value?.map { [$0.school, $0.degree, $0.field] } == resume.education.value?.map { [$0.school, $0.degree, $0.field] })
        #expect(export.education.value?.map(\.start) == resume.education.value?.map(\.start))
        #expect(export.education.value?.map(\.end) == resume.education.value?.map(\.end))
        #expect(export.skills.value == ["SQL", "Python", "dbt", "Apache Airflow", "Data modelling", "Forecasting"], "a skill group counts its keywords")
        let positions = try #require(export.positions.value)
        #expect(positions.map(\.company) == ["Acme Logistics B.V.", "Globex", "Initech"], "the hidden position is left out")
        #expect(positions.map(\.title) == ["Lead data engineer", "Data engineer", "BI developer"])
        #expect(positions.map(\.start) == [PartialDate(year: 2021, month: 4), PartialDate(year: 2018, month: 2), PartialDate(year: 2016, month: 1, day: 1)])
        #expect(positions.map(\.end) == [nil, PartialDate(year: 2021, month: 3), PartialDate(year: 2018, month: 1, day: 31)])
        #expect(export.currentPosition.value?.description == """
            I lead the data platform team that feeds Acme's planning tools: we ingest orders from 40 warehouses, check their quality and publish daily demand forecasts.
            • Cut the time from order to forecast from six hours to twenty minutes (2024).
            • Retired three legacy reporting systems.
            """)
        #expect(positions[1].description == "Built the event pipeline for Globex's e-commerce platform.")
        #expect(positions[2].description == nil, "an empty summary is no description")
    }

    @Test func theSummaryIsReadAsTextWithoutItsTags() throws {
        let sanne = try FixtureInput.read(Self.sanne).profile
        let resume = try FixtureInput.read("Fixtures/json-resume/sanne-de-vries.resume.json").profile
        // The same text in three paragraphs: the lengths differ only by the line breaks between them.
        let about = try #require(sanne.about.value)
        #expect(about.split(separator: "\n").joined(separator: " ") == resume.about.value)
        #expect(!about.contains("<"))
        let noor = try FixtureInput.read(Self.noor).profile
        #expect(noor.about == .present("Productowner met een hart voor klanten & data.\n• Schade sneller afgehandeld\n• Teams <b>zonder</b> ruis"))
    }

    @Test func hiddenItemsAndHiddenSectionsAreNotCounted() throws {
        let noor = try FixtureInput.read(Self.noor).profile
        #expect(noor.certifications == .absent, "the certifications section is hidden")
        #expect(noor.recommendations == .absent, "the references section is hidden")
        #expect(noor.languages.value?.map(\.name) == ["Nederlands", "Engels"])
        #expect(noor.languages.value?.first?.proficiency == "Moedertaal")
        #expect(noor.skills.value == ["Scrum", "Procesanalyse", "SQL"], "a group without keywords counts as one; blank keywords and hidden skills do not count")
    }

    @Test func anItemWithNothingFilledInIsNotThereAndSaysSo() throws {
        let noor = try FixtureInput.read(Self.noor).profile
        #expect(noor.positions.value?.map(\.company) == ["Zuiderzee Verzekeringen", "Hanze Hypotheken"])
        let warning = try #require(noor.warnings.first { $0.code == "blank-entry" })
        #expect(warning.message.description == "1 item in sections.experience has nothing filled in and is not counted")
        #expect(warning.location?.path == "$.sections.experience.items")
        #expect(noor.pastPositions.value?.count == 1)
        #expect(noor.currentPosition.value?.title == "Productowner schadeafhandeling")
    }

    @Test func aDateThatCannotBeReadIsUnknownWithAWarningAtItsPlace() throws {
        let noor = try FixtureInput.read(Self.noor).profile
        let school = try #require(noor.education.value?.first)
        #expect(school.start == nil)
        #expect(school.end == PartialDate(year: 2013), "taken as finished, in the year it names")
        let warning = try #require(noor.warnings.first { $0.code == "date" })
        #expect(warning.message.description.hasPrefix("unrecognised date 'najaar 2009 - zomer 2013'"))
        #expect(warning.location?.path == "$.sections.education.items[0].date")
        let text = try FixtureInput.text(Self.noor)
        let position = try #require(FixtureInput.position(of: "\"najaar 2009", in: text))
        #expect(warning.location?.line == position.line && warning.location?.column == position.column)
    }

    @Test func aLinkedInProfileGivesTheProfileURLFromItsLinkOrItsUsername() throws {
        let sanne = try FixtureInput.read(Self.sanne).profile
        #expect(sanne.sourceMap["profile_url"]?.path == "$.sections.profiles.items[1].url.href")
        let noor = try FixtureInput.read(Self.noor).profile
        #expect(noor.profileURL == .present("https://www.linkedin.com/in/noor-hendriks-example"))
        #expect(noor.sourceMap["profile_url"]?.path == "$.sections.profiles.items[0].username")
    }

    @Test func anEmptyPictureIsNoPhotoAndFindingsPointIntoTheJSON() throws {
        let report = try FixtureInput.report(try FixtureInput.read(Self.noor))
        let photo = try FixtureInput.result("photo", in: report)
        #expect(photo.status == .fail)
        #expect(photo.location?.path == "$.basics.picture.url")
        let about = try FixtureInput.result("about", in: report)
        #expect(about.status == .fail)
        #expect(about.location?.path == "$.sections.summary.content")
        let text = try FixtureInput.text(Self.noor)
        let position = try #require(FixtureInput.position(of: "\"<p>Productowner", in: text))
        #expect(about.location?.line == position.line && about.location?.column == position.column)
    }

    @Test(arguments: [
        ("Jan 2020 - Present", PartialDate(year: 2020, month: 1), nil),
        ("2019 - 2021", PartialDate(year: 2019), PartialDate(year: 2021)),
        ("2019-2021", PartialDate(year: 2019), PartialDate(year: 2021)),
        ("2022-07-01 - 2024-12-02", PartialDate(year: 2022, month: 7, day: 1), PartialDate(year: 2024, month: 12, day: 2)),
        ("February 2018 – March 2021", PartialDate(year: 2018, month: 2), PartialDate(year: 2021, month: 3)),
        ("Aug. 2022 - July 2027", PartialDate(year: 2022, month: 8), PartialDate(year: 2027, month: 7)),
        ("July to November 2023", PartialDate(year: 2023, month: 7), PartialDate(year: 2023, month: 11)),
        ("sep 2019 - heden", PartialDate(year: 2019, month: 9), nil),
        ("2020 -", PartialDate(year: 2020), nil),
        ("Since 2020", PartialDate(year: 2020), nil),
        ("2021-05", PartialDate(year: 2021, month: 5), nil),
        // Month names in other languages are read by the project's one date rule.
        ("Juillet à novembre 2023", PartialDate(year: 2023, month: 7), PartialDate(year: 2023, month: 11)),
        ("Depuis janvier 2024", PartialDate(year: 2024, month: 1), nil),
        ("mrt 2019 - okt 2021", PartialDate(year: 2019, month: 3), PartialDate(year: 2021, month: 10)),
        ("Jan 2020 - Present (part-time)", PartialDate(year: 2020, month: 1), nil),
    ] as [(String, PartialDate?, PartialDate?)])
    func freeTextDateRangesAreRead(text: String, start: PartialDate?, end: PartialDate?) {
        let range = ReactiveResumeImporter.dateRange(text)
        #expect(range.start == start && range.end == end, "\(text): \(String(describing: range))")
        #expect(range.unreadStart == nil && range.unreadEnd == nil)
    }

    @Test(arguments: [
        ("najaar 2009 - zomer 2013", "najaar 2009", "zomer 2013"),
        ("Summer 2015 - 2017", "Summer 2015", nil),
        ("2015 - later", nil, "later"),
        ("sometime", "sometime", nil),
    ] as [(String, String?, String?)])
    func partsOfADateThatCannotBeReadAreNamed(text: String, start: String?, end: String?) {
        let range = ReactiveResumeImporter.dateRange(text)
        #expect(range.unreadStart == start && range.unreadEnd == end, "\(text): \(String(describing: range))")
    }

    @Test(arguments: [
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("<ul><li><p>First</p></li><li><p>Second</p></li></ul>", "• First\n• Second"),
        ("<p>Fish &amp; chips&nbsp;</p>", "Fish & chips"),
        ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>"),
        ("<p>caf&#233; &#x2014; &#8364;</p>", "café — €"),
        ("<p>&#27;[31m &#0; &bogus; &amp</p>", "&#27;[31m &#0; &bogus; &amp"),
        ("a < b and c > d", "a < b and c > d"),
        ("<p>Line<br>break</p>", "Line\nbreak"),
        ("<p><strong>Bold</strong>   and\n<em>more</em></p>", "Bold and more"),
        ("<!-- note --><p>Kept</p>", "Kept"),
        ("<a href=\"x>y\">link</a>", "link"),
        ("Plain text\nwith lines", "Plain text\nwith lines"),
        ("<p></p><p> </p>", ""),
        ("<p>unclosed <b", "unclosed <b"),
    ])
    func htmlIsReadAsPlainText(html: String, text: String) {
        #expect(ReactiveResumeImporter.plainText(fromHTML: html) == text)
    }

    static let minimal = #"{"basics": {"name": "Ida Kramer", "url": {"label": "", "href": ""}}, "sections": {}, "metadata": {"template": "onyx"}}"#

    @Test func detectionTellsReactiveResumeFromJSONResume() throws {
        let formats = { (text: String) in InputReader().read(bytes: Array(text.utf8), display: "<mem>").compactMap { try? $0.get().format } }
        #expect(formats(Self.minimal) == [.reactiveResume])
        // A JSON Resume with a `url` string stays a JSON Resume, even with `sections` and `metadata` keys.
        #expect(formats(#"{"basics": {"name": "Ida", "url": "https://example.org"}, "sections": {}, "metadata": {}}"#) == [.jsonResume])
        #expect(formats(#"{"basics": {"name": "Ida", "url": {"href": ""}}, "work": []}"#).isEmpty, "no sections or metadata: not a Reactive Resume")
        #expect(formats("[\(Self.minimal), {\"basics\": {\"name\": \"Ida\"}}]") == [.reactiveResume, .jsonResume])
        let lines = InputReader().read(bytes: Array((Self.minimal + "\n").utf8), display: "team.jsonl").compactMap { try? $0.get().format }
        #expect(lines == [.reactiveResume])
    }

    @Test func aResumeWithNoSectionsHasNothingButItsBasics() throws {
        let outcomes = InputReader().read(bytes: Array(Self.minimal.utf8), display: "<mem>")
        let profile = try #require(outcomes.first).get().profile
        #expect(profile.name == .present("Ida Kramer"))
        #expect(profile.positions == .absent && profile.skills == .absent && profile.about == .absent && profile.photo == .absent)
        #expect(profile.sourceMap["positions"]?.path == "$.sections.experience.items")
    }

    @Test func aRepeatedKeyIsAWarningAndItsLastValueCounts() throws {
        let text = #"{"basics": {"url": {}, "name": "Ida Kramer", "name": "Ida de Wit"}, "sections": {}, "metadata": {}}"#
        let profile = try #require(InputReader().read(bytes: Array(text.utf8), display: "<mem>").first).get().profile
        #expect(profile.name == .present("Ida de Wit"))
        let warning = try #require(profile.warnings.first { $0.code == "duplicate-key" })
        #expect(warning.message.description == "duplicate key 'name' at 1:24 and 1:46; the last value is used")
    }

    @Test(arguments: [
        (#"{"basics": {"url": {}, "name": 42}, "sections": {}, "metadata": {}}"#, "<mem>:1:32: expected a string but found a number (at $.basics.name)"),
        (#"{"basics": {"url": {}}, "sections": {"skills": {"items": {}}}, "metadata": {}}"#, "<mem>:1:58: expected an array but found an object (at $.sections.skills.items)"),
        (#"{"basics": {"url": {}}, "sections": {"skills": {"items": ["SQL"]}}, "metadata": {}}"#, "<mem>:1:59: expected an object (one item) but found a string (at $.sections.skills.items[0])"),
    ])
    func badValuesNameTheirPositionAndPath(text: String, message: String) throws {
        let outcomes = InputReader().read(bytes: Array(text.utf8), display: "<mem>")
        guard case .failure(let error) = outcomes.first else {
            Issue.record("expected an error")
            return
        }
        #expect(error.errorDescription == message)
    }

    @Test func theFormatCanBeForcedAndRefusesWhatIsNotAnObject() throws {
        let reader = InputReader(forcedFormat: .reactiveResume)
        let read = reader.read(bytes: Array(Self.minimal.utf8), display: "<mem>").compactMap { try? $0.get().format }
        #expect(read == [.reactiveResume])
        guard case .failure(let error) = reader.read(bytes: Array("42".utf8), display: "<mem>").first else {
            Issue.record("expected an error")
            return
        }
        #expect(error.errorDescription?.hasPrefix("<mem>:1:1:") == true)
    }

    @Test func checkAndBatchReadTheExports() throws {
        let check = try CLIRunner.run(["check", "--format", "json", Self.sanne, Self.noor])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stdout.components(separatedBy: "\"format\": \"reactive-resume\"").count == 3)
        let batch = try CLIRunner.run(["batch", "--format", "json", "--no-progress", "Fixtures/reactive-resume"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let exports = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Fixtures/reactive-resume")).filter { $0.hasSuffix(".json") }
        #expect(exports.count >= 3)
        #expect(batch.stdout.contains("\"scored\": \(exports.count)"), "every export in the folder, v4 and v5")
        #expect(batch.stdout.contains("\"errors\": 0"))
    }
}
