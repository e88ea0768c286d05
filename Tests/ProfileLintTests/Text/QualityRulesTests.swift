import Foundation
import Testing
@testable import ProfileLint

/// The text and quality rules on a weak and a strong invented Dutch profile, through the library
/// and through `check`, and the pieces under them: folding, matching, language detection, results.
@Suite struct QualityRulesTests {
    static let qualityRules = ["headline-front", "headline-caps", "about-buzzwords", "about-fold", "role-results", "role-action",
                               "custom-url", "photo-recent", "banner", "recommendations"]

    static func report(_ fixture: String, language: ReportLanguage = .dutch) throws -> ProfileReport {
        let rules = try RuleLoader().loadDefaultRules()
        let linter = Linter(rules: rules, language: language, reportDate: try #require(ReportDate(year: 2026, month: 12, day: 3)))
        let outcome = try #require(InputReader(detail: .full).read(path: Repository.path(fixture), display: fixture).first)
        guard case .success(let input) = outcome else { throw ProfileLintError.unreadable(path: fixture, reason: .detail("not read")) }
        return linter.lint(input.profile, source: fixture, format: input.format)
    }

    @Test func theWeakDutchExampleGetsConcreteSuggestionsFromEveryTextRule() throws {
        let report = try Self.report("Fixtures/quality-examples/bram-veldkamp-weak.json")
        let failed = Set(report.results.filter { $0.status == .fail }.map(\.rule))
        for rule in ["headline-front", "about-buzzwords", "about-fold", "role-results", "role-action", "custom-url", "photo-recent", "recommendations"] {
            #expect(failed.contains(rule), "\(rule) should fail on the weak example")
            #expect(report.suggestions.contains { $0.rule == rule }, "\(rule) gives no suggestion")
        }
        let buzzwords = try #require(report.results.first { $0.rule == "about-buzzwords" })
        #expect(buzzwords.message == "De Info-sectie leunt op modewoorden: \"gedreven\", \"resultaatgericht\", \"teamspeler\".")
        let action = try #require(report.suggestions.first { $0.rule == "role-action" })
        #expect(action.text.contains("\"verantwoordelijk voor\", \"diverse taken\""))
        #expect(!action.text.contains("\"taken\""), "a phrase inside another found one is named once")
        let photo = try #require(report.results.first { $0.rule == "photo-recent" })
        #expect(photo.message?.contains("2015-02-01") == true)
    }

    @Test func aStrongProfileGetsNoSuggestionFromTheQualityRules() throws {
        for fixture in ["Fixtures/quality-examples/lotte-smit-strong.json", "Fixtures/profiles/sanne-de-vries-all-star.json"] {
            let report = try Self.report(fixture)
            let flagged = report.results.filter { Self.qualityRules.contains($0.rule) && $0.status == .fail }.map(\.rule)
            #expect(flagged.isEmpty, "\(fixture): \(flagged)")
        }
    }

    @Test func checkShowsTheBuzzwordsFoundAndTheirSuggestion() throws {
        let output = try CLIRunner.run(["check", "--lang", "nl", "Fixtures/quality-examples/bram-veldkamp-weak.json"], environment: ["SOURCE_DATE_EPOCH": "1796256000"])
        #expect(output.status == 0, "warnings and infos only: \(output.stderr)")
        #expect(output.stdout.contains("warning: [about-buzzwords] De Info-sectie leunt op modewoorden: \"gedreven\", \"resultaatgericht\", \"teamspeler\"."))
        #expect(output.stdout.contains("Vervang \"gedreven\", \"resultaatgericht\", \"teamspeler\" in je Info-sectie"))
        #expect(output.stdout.contains("[role-results]"))
        let strong = try CLIRunner.run(["check", "--lang", "nl", "Fixtures/quality-examples/lotte-smit-strong.json"])
        for rule in Self.qualityRules { #expect(!strong.stdout.contains("[\(rule)]"), "\(rule) flagged the strong profile") }
    }

    @Test func configurationAddsAndRemovesListPhrasesAndRejectsAnUnknownList() throws {
        let configuration = try ConfigurationLoader.parse("lists:\n  buzzwords:\n    add: {nl: [topper]}\n    remove: {nl: [Gedreven]}\n", file: "c.yml")
        #expect(configuration.wordLists.phrases("buzzwords", "nl").contains("topper"))
        #expect(!configuration.wordLists.phrases("buzzwords", "nl").contains("gedreven"))
        #expect(configuration.wordLists.phrases("buzzwords", "en") == WordLists.standard.phrases("buzzwords", "en"))
        #expect(throws: ProfileLintError.self) { try ConfigurationLoader.parse("lists:\n  buzzword: {add: {nl: [x]}}\n", file: "c.yml") }
        #expect(throws: ProfileLintError.self) { try ConfigurationLoader.parse("lists:\n  buzzwords: {add: {de: [x]}}\n", file: "c.yml") }
        #expect(throws: ProfileLintError.self) { try ConfigurationLoader.parse("lists:\n  buzzwords: {append: {nl: [x]}}\n", file: "c.yml") }

        let rules = try RuleLoader().loadDefaultRules().filter { $0.id == "about-buzzwords" }
        var profile = Profile()
        profile.about = .present("Ik ben een echte topper en ik werk al jaren met veel plezier bij ons bedrijf.")
        let standard = Linter(rules: rules).lint(profile, source: "p", format: .profile)
        let changed = Linter(rules: rules, wordLists: configuration.wordLists).lint(profile, source: "p", format: .profile)
        #expect(standard.statuses == [.pass])
        #expect(changed.statuses == [.fail])
    }

    @Test(arguments: [
        ("Ik ben een gedreven teamspeler en ik werk met veel plezier bij ons bedrijf.", "nl"),
        ("I am a data engineer and I build the pipelines that our planners use every day.", "en"),
        ("Je suis ingénieure et je construis les outils de planification de nos équipes.", "fr"),
    ])
    func languagesAreToldApartByTheirLittleWords(text: String, language: String) {
        let lexicon = TextLexicon.standard
        let found = FoldedText.withTokens(of: text) { lexicon.detector.language(of: $0) }
        #expect(found.map { lexicon.languages[$0] } == language)
    }

    @Test func shortOrWordlessTextsHaveNoLanguage() {
        let detector = TextLexicon.standard.detector
        for text in ["Gedreven teamspeler.", "Deliveries forecast benelux warehouse capacity planning quality network", ""] {
            #expect(FoldedText.withTokens(of: text) { detector.language(of: $0) } == nil, "\(text)")
        }
    }

    @Test func matchingIgnoresCaseAndDiacriticsAndKnowsDutchCompounds() {
        let dutch = PhraseMatcher(phrases: ["teamspeler", "resultaatgericht", "verantwoordelijk voor", "adviseur"], suffixes: WordLists.standard.phrases("suffixes", "nl"))
        func finds(_ matcher: PhraseMatcher, _ text: String) -> [String] {
            FoldedText.withTokens(of: text) { folded in
                var found: [String] = []
                matcher.collect(in: folded, 0..<folded.count, into: &found)
                return found
            }
        }
        #expect(finds(dutch, "TEAMSPELERS met een Resultaatgerichte blik") == ["teamspeler", "resultaatgericht"])
        #expect(finds(dutch, "Verantwoordelijke voor de planning; beleidsadviseur") == ["verantwoordelijk voor", "adviseur"])
        #expect(finds(dutch, "team spelen") == [])
        let french = PhraseMatcher(phrases: ["motivé", "chargé de"], suffixes: WordLists.standard.phrases("suffixes", "fr"))
        #expect(finds(french, "Très MOTIVEE, chargée de clientèle") == ["motivé", "chargé de"])
        #expect(finds(french, "motivation") == [])
    }

    @Test(arguments: [
        ("Cut costs by 30% and grew revenue to € 2 mln.", 2),
        ("Delivered 12 projects and made onboarding 3x faster.", 2),
        ("Brought delivery time from 40 to 25 hours.", 1),
        ("Since March 2021, call 06 1234 5678 or +31 20 123 4567.", 0),
        ("Ik heb 8 klanten binnengehaald en de levertijd van 5 naar 3 dagen verkort.", 2),
        ("J'ai réduit les coûts de 15 % en 2023.", 1),
    ])
    func resultsAreNumbersWithAUnitNotDatesOrPhoneNumbers(text: String, expected: Int) {
        let lexicon = TextLexicon.standard
        let counter = ResultCount(scope: TextScope(field: .about), minimum: 1, detector: lexicon.detector, units: lexicon.matchers(["units"]),
                                  rangeStarts: lexicon.matchers(["range-starts"]), rangeEnds: lexicon.matchers(["range-ends"]))
        #expect(FoldedText.withTokens(of: text) { counter.count(in: $0, 0..<$0.count) } == expected, "\(text)")
    }

    @Test func aPrefixIsCountedInCharactersAsLinkedInShowsThem() {
        let text = "Één ingenieur" + String(repeating: " x", count: 200)
        FoldedText.withTokens(of: text, limit: 13) { folded in
            #expect(folded.prefixCount == 2)
            #expect(String(decoding: folded.token(0), as: UTF8.self) == "een")
        }
    }

    @Test func theExportDatesThePhotoAndFindsTheBanner() {
        #expect(LinkedInExportImporter.uploadDate("You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)") == PartialDate(year: 2026, month: 1, day: 15))
        #expect(LinkedInExportImporter.uploadDate("Profile photo") == nil)
    }
}
