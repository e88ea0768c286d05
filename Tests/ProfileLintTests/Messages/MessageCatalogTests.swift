import Testing
@testable import ProfileLint

@Suite struct MessageCatalogTests {
    @Test func englishHasEveryMessageID() {
        let missing = MessageID.allCases.filter { MessageCatalog.english.messages[$0] == nil }
        #expect(missing == [], "English is the fallback and must have every id")
    }

    @Test(arguments: MessageCatalog.all.map(\.code))
    func catalogHasExactlyTheIDsOfEnglishWithTheSamePlaceholders(code: String) {
        let catalog = MessageCatalog.named(code)
        #expect(catalog.code == code)
        let english = MessageCatalog.english.messages
        let missing = english.keys.filter { catalog.messages[$0] == nil }.map(\.rawValue).sorted()
        let extra = catalog.messages.keys.filter { english[$0] == nil }.map(\.rawValue).sorted()
        #expect(missing == [], "\(code) lacks ids English has")
        #expect(extra == [], "\(code) has ids English lacks")
        for (id, text) in catalog.messages {
            let expected = MessageCatalog.placeholders(in: english[id] ?? "")
            #expect(MessageCatalog.placeholders(in: text) == expected, "\(code).\(id.rawValue) has other placeholders than English")
            #expect(!text.isEmpty, "\(code).\(id.rawValue) is empty")
        }
    }

    @Test func registryListsEnglishFirstAndEachCodeOnce() {
        let codes = MessageCatalog.all.map(\.code)
        #expect(codes.first == "en")
        #expect(Set(codes).count == codes.count)
        #expect(ReportLanguage.allCases.map(\.rawValue) == codes)
        #expect(ReportLanguage.allCases == [.english, .dutch, .french])
        #expect(ReportLanguage(rawValue: "de") == nil)
        #expect(ReportLanguage.codeList == "en, nl or fr")
    }

    @Test(arguments: [
        (["LANG": "fr_BE.UTF-8"], "fr"), (["LANG": "fr_LU"], "fr"), (["LANG": "nl_NL.UTF-8"], "nl"), (["LANG": "nl-BE"], "nl"),
        (["LANG": "de_DE.UTF-8"], "en"), (["LANG": "C"], "en"), ([:], "en"),
        (["LC_ALL": "fr_FR.UTF-8", "LANG": "nl_BE.UTF-8"], "fr"), (["LC_MESSAGES": "nl_BE", "LANG": "fr_BE"], "nl"),
    ])
    func languageComesFromTheFirstLocaleVariableSet(environment: [String: String], code: String) {
        #expect(ReportLanguage.fromEnvironment(environment).rawValue == code)
    }

    @Test func numbersUseTheLanguagesSeparators() {
        #expect(MessageCatalog.english.number(70.9) == "70.9")
        #expect(MessageCatalog.dutch.number(70.9) == "70,9")
        #expect(MessageCatalog.french.number(70.9) == "70,9")
        #expect(MessageCatalog.english.integer(2600) == "2,600")
        #expect(MessageCatalog.dutch.integer(2600) == "2.600")
        #expect(MessageCatalog.french.integer(2600) == "2\u{202F}600")
        #expect(MessageCatalog.dutch.integer(1_234_567) == "1.234.567")
        #expect(MessageCatalog.english.integer(999) == "999")
        #expect(MessageCatalog.english.integer(-12_000) == "-12,000")
        #expect(MessageCatalog.dutch.number(12_000) == "12.000")
        #expect(MessageCatalog.dutch.decimal(2.5, signed: true) == "+2,5")
        #expect(MessageCatalog.french.percent(0.71) == "71\u{00A0}%")
        #expect(MessageCatalog.english.percent(0.71) == "71%")
        #expect(MessageCatalog.english.number(nil) == "–")
    }

    @Test func pluralsFollowTheLanguagesRule() {
        #expect(MessageCatalog.english.text(one: .pointsOne, other: .pointsOther, count: 1) == "+1 point")
        #expect(MessageCatalog.english.text(one: .pointsOne, other: .pointsOther, count: 0) == "+0 points")
        #expect(MessageCatalog.french.text(one: .pointsOne, other: .pointsOther, count: 0) == "+0 point")
        #expect(MessageCatalog.french.text(one: .pointsOne, other: .pointsOther, count: 2) == "+2 points")
        #expect(MessageCatalog.dutch.text(one: .employeesOne, other: .employeesOther, count: 2600) == "2.600 medewerkers")
    }

    @Test func namedPlaceholdersAreFilledIn() {
        #expect(MessageCatalog.dutch.text(.pageDepartment, ["department": "Sales"]) == "Afdeling: Sales")
        #expect(ReportStrings(.french).tally(passed: 3, failed: 1, unknown: 0) == "3 réussies, 1 échouée, 0 inconnue")
        #expect(ReportStrings(.english).tally(passed: 3, failed: 1, unknown: 0) == "3 passed, 1 failed, 0 unknown")
    }

    @Test func anUnregisteredCodeFallsBackToEnglish() {
        #expect(MessageCatalog.named("xx").code == "en")
    }
}
