import Testing
@testable import ProfileLint

/// Errors and import warnings are catalog messages, rendered in the user's language (issue 13, item 15),
/// and no text puts a plural noun after the count 1.
@Suite struct ErrorCatalogTests {
    @Test(arguments: [("nl", MessageCatalog.dutchErrors), ("fr", MessageCatalog.frenchErrors)])
    func everyErrorAndWarningTextExistsInTheLanguageWithTheSamePlaceholders(code: String, texts: [MessageID: String]) {
        let english = MessageCatalog.englishErrors
        #expect(Set(texts.keys) == Set(english.keys), "\(code) has other error ids than English")
        for (id, text) in texts {
            #expect(MessageCatalog.placeholders(in: text) == MessageCatalog.placeholders(in: english[id] ?? ""), "\(code).\(id.rawValue)")
            #expect(!text.isEmpty, "\(code).\(id.rawValue) is empty")
        }
    }

    @Test func anErrorLineIsRenderedInTheLanguageItIsShownIn() {
        let error = ProfileLintError.unreadable(path: "jan.json", reason: CatalogMessage(.systemNoSuchFile))
        #expect(error.errorDescription == "jan.json: cannot read: no such file or folder")
        #expect(error.message(in: .dutch) == "jan.json: kan niet worden gelezen: bestand of map bestaat niet")
        #expect(error.message(in: .french) == "jan.json: lecture impossible\u{00A0}: fichier ou dossier introuvable")
    }

    @Test func nestedMessagesAndNumbersFollowTheLanguage() {
        let reason = CatalogMessage(.errorFileTooLarge, ["size": ByteCount(3 << 20).argument, "limit": ByteCount(1_572_864).argument])
        #expect(reason.rendered(in: .english) == "file is 3.0 MB, larger than the limit of 1.5 MB (limits.max_file_size)")
        #expect(reason.rendered(in: .dutch) == "het bestand is 3,0 MB, groter dan de grens van 1,5 MB (limits.max_file_size)")
        #expect(reason.rendered(in: .french) == "le fichier fait 3,0\u{00A0}Mo, plus que la limite de 1,5\u{00A0}Mo (limits.max_file_size)")
    }

    @Test func aSingularOrPluralMessageIsChosenByTheLanguagesRule() {
        let one = CatalogMessage(one: .warningBlankItemsOne, other: .warningBlankItemsOther, count: 1, ["section": "sections.skills"])
        let zero = CatalogMessage(one: .warningBlankItemsOne, other: .warningBlankItemsOther, count: 0, ["section": "sections.skills"])
        #expect(one.rendered(in: .english) == "1 item in sections.skills has nothing filled in and is not counted")
        #expect(zero.rendered(in: .english) == "0 items in sections.skills have nothing filled in and are not counted")
        #expect(zero.rendered(in: .french) == "0 élément de sections.skills est vide et n'est pas compté", "French takes the singular for 0")
    }

    @Test func aPluralFormInACatalogTextTakesTheNounTheCountNeeds() {
        #expect(MessageCatalog.english.text(.nothingChecked, ["unknown": "1"]) == "nothing could be checked: 1 rule unknown")
        #expect(MessageCatalog.english.text(.nothingChecked, ["unknown": "13"]) == "nothing could be checked: 13 rules unknown")
        #expect(MessageCatalog.dutch.text(.nothingChecked, ["unknown": "1"]) == "niets kon worden gecontroleerd: 1 regel onbekend")
        #expect(MessageCatalog.french.text(.nothingChecked, ["unknown": "0"]) == "rien n'a pu être vérifié\u{00A0}: 0 règle inconnue")
        #expect(MessageCatalog.dutch.text(.sizeBytes, ["count": "2.600"]) == "2.600 bytes", "a grouped number is counted whole")
    }

    /// The plural nouns a catalog knows: the word after `{count}` in an `…Other` text whose `…One`
    /// text has another word there, and the plural of every `{x|singular|plural}` form.
    static func pluralNouns(_ catalog: MessageCatalog) -> Set<String> {
        var nouns: Set<String> = []
        func word(after marker: String, in text: String) -> String? {
            guard let range = text.range(of: marker) else { return nil }
            let word = text[range.upperBound...].prefix { $0.isLetter }
            return word.isEmpty ? nil : String(word)
        }
        for (id, text) in catalog.messages {
            for placeholder in MessageTemplate.placeholders(in: text) {
                let parts = placeholder.split(separator: "|", omittingEmptySubsequences: false)
                if parts.count == 3, parts[1] != parts[2] { nouns.insert(String(parts[2])) }
            }
            guard id.rawValue.hasSuffix("Other"), let one = MessageID(rawValue: String(id.rawValue.dropLast(5)) + "One"),
                  let plural = word(after: "{count} ", in: text) else { continue }
            if word(after: "{count} ", in: catalog.messages[one] ?? "") != plural { nouns.insert(plural) }
        }
        return nouns
    }

    @Test(arguments: MessageCatalog.all.map(\.code))
    func noCatalogTextShowsTheCountOneWithAPluralNoun(code: String) {
        let catalog = MessageCatalog.named(code)
        let nouns = Self.pluralNouns(catalog)
        #expect(nouns.count > 5, "the plural nouns are found: \(nouns)")
        for id in catalog.messages.keys {
            // A plural text is shown only for counts its language does not take as singular.
            if id.rawValue.hasSuffix("Other"), MessageID(rawValue: String(id.rawValue.dropLast(5)) + "One") != nil { continue }
            let names = Set(MessageCatalog.placeholders(in: catalog.messages[id] ?? ""))
            let rendered = catalog.text(id, filling: names.map { ($0, "1") })
            // Words apart: a "1" inside a URL or a number (`http://1:1/ (employees)`) counts nothing.
            let words = rendered.split { $0 == " " || $0 == "\u{00A0}" }.map(String.init)
            for (index, token) in words.enumerated().dropFirst() where words[index - 1].trimmingCharacters(in: .punctuationCharacters) == "1" {
                let word = String(token.prefix(while: \.isLetter))
                #expect(!nouns.contains(word), "\(code).\(id.rawValue) renders '1 \(word)': \(rendered)")
            }
        }
    }

    @Test func noRuleTextPutsANumberBeforeANounWithoutItsPluralForm() throws {
        let rules = try RuleLoader().loadDefaultRules()
        let bare = try Regex(#"\{[a-z_.]+\.(length|count|value)\} \p{L}"#)
        for rule in rules {
            for language in ReportLanguage.allCases {
                for text in [rule.message.text(in: language), rule.suggestion.text(in: language)] {
                    #expect(text.firstMatch(of: bare) == nil, "\(rule.id) (\(language)): \(text)")
                }
            }
        }
    }
}
