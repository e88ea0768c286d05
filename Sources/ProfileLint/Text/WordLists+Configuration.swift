extension ConfigurationReader {
    /// Reads `lists:` of `.profilelint.yml`: per list shipped with profilelint, phrases to `add` and
    /// to `remove` per language (`lists: {buzzwords: {add: {nl: [topper]}, remove: {en: [passionate]}}}`).
    /// Strict: an unknown list, key or language is an error with "did you mean", since a typo would
    /// otherwise silently leave a list unchanged.
    func wordLists(_ value: JSONValue) throws -> WordLists {
        var lists = WordLists.standard
        guard value.kind == .object else { throw error(value, "lists", CatalogMessage(.errorExpectedWordLists, ["example": "buzzwords: {add: {en: [guru]}}"])) }
        let known = WordLists.standard.names
        let languages = WordLists.standard.languages
        for (nameKey, changes) in value.members {
            let name = nameKey.string ?? ""
            let path = "lists." + name
            guard known.contains(name) else {
                let hint = name.closest(in: known).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) }
                    ?? .message(CatalogMessage(.hintExpected, ["items": .alternatives(known)]))
                throw error(nameKey, path, CatalogMessage(.errorUnknownWordList, ["name": .text(name), "hint": hint]))
            }
            guard changes.kind == .object else { throw error(changes, path, CatalogMessage(.errorExpectedAddRemove)) }
            var added: [String: [String]] = [:]
            var removed: [String: [String]] = [:]
            for (changeKey, byLanguage) in changes.members {
                let change = changeKey.string ?? ""
                guard change == "add" || change == "remove" else {
                    let hint = change.closest(in: ["add", "remove"]).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) }
                        ?? .message(CatalogMessage(.hintExpected, ["items": .alternatives(["add", "remove"])]))
                    throw error(changeKey, path + "." + change, CatalogMessage(.errorUnknownKeyHint, ["hint": hint]))
                }
                guard byLanguage.kind == .object else {
                    throw error(byLanguage, path + "." + change, CatalogMessage(.errorExpectedLanguagesToPhrases, ["languages": .text(languages.joined(separator: ", "))]))
                }
                for (languageKey, phrases) in byLanguage.members {
                    let language = languageKey.string ?? ""
                    let key = path + "." + change + "." + language
                    guard languages.contains(language) else {
                        let hint = language.closest(in: languages).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
                        throw error(languageKey, key, CatalogMessage(.errorUnknownLanguage, ["code": .text(language), "hint": hint,
                                                                                            "languages": .text(languages.joined(separator: ", "))]))
                    }
                    let items = try strings(phrases, key)
                    if change == "add" { added[language, default: []] += items } else { removed[language, default: []] += items }
                }
            }
            for language in Set(added.keys).union(removed.keys).sorted() {
                lists.change(name, language, add: added[language] ?? [], remove: removed[language] ?? [])
            }
        }
        return lists
    }
}
