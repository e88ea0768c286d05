import Testing
@testable import ProfileLint

/// Rule messages read as a person would write them: counts agree with their noun in every language,
/// numbers carry the language's separators, an empty description is called that, and one group of
/// several to join is offered as a choice.
@Suite struct RuleWordingTests {
    static let rules: [Rule] = (try? RuleLoader().loadDefaultRules()) ?? []

    /// The message and suggestion of rule `id` on a profile in profilelint's JSON.
    static func texts(_ id: String, on json: String, language: ReportLanguage = .english,
                      organisation: Organisation? = nil) throws -> (message: String?, suggestion: String?) {
        let rule = try #require(rules.first { $0.id == id })
        let document = try JSONParser().parse(Array(json.utf8))
        let profile = try ProfileJSONImporter().importProfile(from: document.root, file: "p.json")
        let result = Linter(rules: [rule], organisation: organisation, language: language).lint(profile, source: "p.json", format: .profile).results[0]
        return (result.message, result.suggestion)
    }

    static let onePastPosition = #"{"positions": [{"company": "Acme", "title": "Planner", "start": "2022-01"}, {"company": "Globex", "title": "Clerk", "start": "2019-01", "end": "2021-12"}]}"#

    @Test(arguments: [
        (ReportLanguage.english, "The profile lists 1 past position; All-Star needs at least 2."),
        (.dutch, "Het profiel noemt 1 eerdere functie; All-Star vraagt er minstens 2."),
        (.french, "Le profil mentionne 1 poste précédent\u{00A0}; le niveau All-Star en demande au moins 2."),
    ])
    func oneCountTakesTheSingular(language: ReportLanguage, expected: String) throws {
        #expect(try Self.texts("past-positions", on: Self.onePastPosition, language: language).message == expected)
    }

    @Test func zeroIsPluralInEnglishAndSingularInFrench() throws {
        #expect(try Self.texts("past-positions", on: "{}").message == "The profile lists 0 past positions; All-Star needs at least 2.")
        #expect(try Self.texts("past-positions", on: "{}", language: .french).message?.hasPrefix("Le profil mentionne 0 poste précédent\u{00A0};") == true)
    }

    @Test func numbersInMessagesHaveTheLanguagesGroupingSeparator() throws {
        let long = String(repeating: "a", count: 2_700)
        #expect(try Self.texts("about", on: #"{"about": "\#(long)"}"#).message == "The About section has 2,700 characters; LinkedIn accepts at most 2,600.")
        #expect(try Self.texts("about", on: #"{"about": "\#(long)"}"#, language: .dutch).message == "De Info-sectie telt 2.700 tekens; LinkedIn accepteert er hoogstens 2.600.")
    }

    @Test func aPositionWithoutDescriptionHasNoDescriptionRatherThanZeroCharacters() throws {
        let texts = try Self.texts("role-description", on: #"{"positions": [{"company": "Acme", "title": "Planner", "start": "2022-01"}]}"#)
        #expect(texts.message == "The current position has no description.")
        let short = try Self.texts("role-description", on: #"{"positions": [{"company": "Acme", "title": "Planner", "start": "2022-01", "description": "Plans."}]}"#)
        #expect(short.message == "The current position's description has only 6 characters; aim for at least 200.")
        #expect(short.suggestion?.contains(" - ") == false)
    }

    @Test func theEmployerSuggestionReadsWellWithAndWithoutAnOrganisation() throws {
        let without = try Self.texts("employer-named", on: "{}").suggestion
        #expect(without == "Pick your employer from LinkedIn's list as the company of your current position.")
        let with = try Self.texts("employer-named", on: "{}", organisation: Organisation(name: "Brightwater Freight")).suggestion
        #expect(with == "Pick Brightwater Freight from LinkedIn's list as the company of your current position.")
    }

    @Test(arguments: [
        ([String](), ReportLanguage.english, "Join a professional group in your field."),
        (["Harbour Planners"], .english, "Join 'Harbour Planners'."),
        (["Harbour Planners", "Tide Analysts"], .english, "Join one of 'Harbour Planners' or 'Tide Analysts'."),
        (["Harbour Planners", "Tide Analysts", "Dock Data"], .english, "Join one of 'Harbour Planners', 'Tide Analysts' or 'Dock Data'."),
        (["Harbour Planners", "Tide Analysts"], .dutch, "Word lid van een van de groepen 'Harbour Planners' of 'Tide Analysts'."),
        (["Harbour Planners", "Tide Analysts"], .french, "Rejoignez l'un des groupes 'Harbour Planners' ou 'Tide Analysts'."),
    ])
    func oneGroupOfSeveralIsOfferedAsAChoice(groups: [String], language: ReportLanguage, expected: String) throws {
        let organisation = Organisation(name: "Brightwater Freight", departments: [Department(name: "Planning", groups: groups)])
        let texts = try Self.texts("groups-joined", on: #"{"department": "Planning", "groups": []}"#, language: language, organisation: organisation)
        #expect(texts.suggestion == expected)
    }

    @Test func dutchMessagesReadAsDutch() throws {
        #expect(try Self.texts("groups-joined", on: #"{"groups": []}"#, language: .dutch).message == "Het profiel is nog geen lid van een aanbevolen groep.")
        #expect(try Self.texts("about", on: #"{"about": "Ik plan routes."}"#, language: .dutch).message == "De Info-sectie telt maar 15 tekens; mik op minstens 300.")
        #expect(try Self.texts("skills", on: #"{"skills": ["Planning"]}"#, language: .dutch).message == "Het profiel noemt 1 vaardigheid; mik op minstens 5.")
    }

    @Test func pluralPlaceholdersAreValidOnlyOnCountsLengthsAndNumbers() {
        #expect(MessageTemplate.isValid("skills.count|skill|skills"))
        #expect(MessageTemplate.isValid("connections.value|connection|connections"))
        #expect(!MessageTemplate.isValid("headline.value|word|words"))
        #expect(!MessageTemplate.isValid("skills.count|skill"))
        #expect(!MessageTemplate.isValid("skills.count||skills"))
    }
}
