import Testing
@testable import ProfileLint

@Suite struct RuleTextLanguageTests {
    static func rule(name: String = "name: Plain name", message: String = "message: {en: Failed, fr: Échoué}",
                     checkMessage: String = "") -> String {
        """
        id: languages
        \(name)
        description: {en: What it checks., nl: Wat het controleert., fr: Ce qu'elle vérifie.}
        rationale: Why it matters.
        severity: info
        weight: 1
        check:
          present: headline
        \(checkMessage)
        \(message)
        suggestion: {en: "Add one at {organisation}.", fr: "Ajoutez-en un chez {organisation}."}
        examples:
          passing: [{headline: x}]
          failing: [{}]

        """
    }

    /// A profile known to have no headline.
    static var emptyProfile: Profile {
        var profile = Profile()
        profile.headline = .absent
        return profile
    }

    static func error(_ text: String) -> String {
        do {
            _ = try RuleLoader().loadRule(text, file: "languages.yml")
            return ""
        } catch {
            return (error as? ProfileLintError)?.errorDescription ?? "\(error)"
        }
    }

    @Test func rulesMayGiveAnySetOfLanguagesAndFallBackToEnglish() throws {
        let rule = try RuleLoader().loadRule(Self.rule(), file: "languages.yml")
        #expect(rule.message.text(in: .french) == "Échoué")
        #expect(rule.message.text(in: .dutch) == "Failed")
        #expect(rule.message.languages == [.english, .french])
        #expect(rule.name.text(in: .french) == "Plain name")
        #expect(rule.description.text(in: .dutch) == "Wat het controleert.")
        #expect(rule.rationale.text(in: .french) == "Why it matters.")
        let linter = Linter(rules: [rule], language: .french)
        let report = linter.lint(Self.emptyProfile, source: "x", format: .profile)
        #expect(report.results.first?.message == "Échoué")
        #expect(report.suggestions.first?.text == "Ajoutez-en un chez votre employeur.")
    }

    @Test func everyTextNeedsEnglish() {
        #expect(Self.error(Self.rule(message: "message: {nl: Mislukt, fr: Échoué}"))
            .hasSuffix("invalid rule, key 'message.en': missing; every text needs English ('en'), the fallback of every language"))
        #expect(Self.error(Self.rule(name: "name: {fr: Nom}")).contains("key 'name.en': missing"))
    }

    @Test func anUnknownLanguageIsAnErrorWithTheClosestCode() {
        let error = Self.error(Self.rule(message: "message: {en: Failed, fe: Échoué}"))
        #expect(error.contains("key 'message.fe': unknown language 'fe'; did you mean 'fr'?; expected 'en', 'nl' or 'fr'"), "\(error)")
        #expect(Self.error(Self.rule(name: "name: {en: Name, de: Name}")).contains("key 'name.de': unknown language 'de'"))
    }

    @Test func explainedCheckMessagesTakeAnyLanguageToo() throws {
        let rule = try RuleLoader().loadRule(Self.rule(checkMessage: "  message: {en: No headline., fr: Pas de titre.}"), file: "languages.yml")
        let report = Linter(rules: [rule], language: .french).lint(Self.emptyProfile, source: "x", format: .profile)
        #expect(report.results.first?.message == "Pas de titre.")
        #expect(rule.check.rendered.contains("message: {en: \"No headline.\", fr: \"Pas de titre.\"}"))
        #expect(Self.error(Self.rule(checkMessage: "  message: {en: No headline., fx: Pas de titre.}")).contains("unknown language 'fx'"))
    }

    @Test func placeholdersAreCheckedInEveryLanguage() {
        #expect(Self.error(Self.rule(message: "message: {en: Failed, fr: 'Échoué {headline.lenght}'}")).contains("unknown placeholder '{headline.lenght}'"))
    }

    @Test func defaultRulesSpeakEveryLanguage() throws {
        for rule in try RuleLoader().loadDefaultRules() {
            for (key, text) in [("name", rule.name), ("description", rule.description), ("rationale", rule.rationale),
                                ("message", rule.message), ("suggestion", rule.suggestion)] {
                #expect(text.languages == ReportLanguage.allCases, "\(rule.id).\(key) lacks a language")
            }
            for message in Self.explainedMessages(rule.check) {
                #expect(message.languages == ReportLanguage.allCases, "\(rule.id): a check message lacks a language")
            }
        }
    }

    static func explainedMessages(_ check: Check) -> [LocalizedText] {
        (check.message.map { [$0] } ?? []) + check.kind.children.flatMap(explainedMessages)
    }
}
