/// The word lists compiled for one linter: the language detector, and the matchers of the lists
/// the checks read, built when a check is compiled (once per linter) and shared by every profile.
struct TextLexicon: Sendable {
    /// The lists it was compiled from.
    let lists: WordLists
    /// Tells the language of a text.
    let detector: LanguageDetector

    /// The standard lists, compiled once per process.
    static let standard = TextLexicon(.standard)

    /// Compiles the language detector of `lists`; the matchers are compiled as checks ask for them,
    /// so that lists no check reads cost nothing at start-up.
    init(_ lists: WordLists) {
        self.lists = lists
        detector = LanguageDetector(lists)
    }

    private static func compile(_ names: [String], _ lists: WordLists, _ languages: [String]) -> [PhraseMatcher] {
        languages.map { language in
            PhraseMatcher(phrases: names.flatMap { lists.phrases($0, language) }, suffixes: lists.phrases("suffixes", language))
        }
    }

    private static func compileTogether(_ names: [String], _ lists: WordLists, _ languages: [String]) -> PhraseMatcher {
        PhraseMatcher(languages: languages.map { language in
            (names.flatMap { lists.phrases($0, language) }, lists.phrases("suffixes", language))
        })
    }

    /// The languages a text can be recognised in, by index.
    var languages: [String] { detector.languages }

    /// One matcher per language (by ``languages`` index) for the phrases of `names` together,
    /// compiled on each call, as a check is compiled once per linter.
    func matchers(_ names: [String]) -> [PhraseMatcher] {
        Self.compile(names, lists, languages)
    }

    /// One matcher for the phrases of `names` in every language together, each phrase with its
    /// language's endings: it finds a phrase where one of ``matchers(_:)`` would, in one pass.
    /// Compiled on each call, as a check is compiled once per linter.
    func matcherOfEveryLanguage(_ names: [String]) -> PhraseMatcher {
        Self.compileTogether(names, lists, languages)
    }
}

/// Which text a text check reads: a field, all of it or its first characters, in its own language's
/// lists or in every language's.
struct TextScope: Sendable, Equatable {
    /// The text field.
    var field: ProfileField
    /// Only the first this many characters (what LinkedIn shows before "…see more"), set by `prefix`.
    var prefix: Int?
    /// Whether the lists of every language apply, without telling the text's language (for short
    /// texts such as headlines, whose language cannot be told).
    var anyLanguage = false

    /// Calls `body` with the field's text on `profile` folded and the index of its language (`nil`
    /// when unknown, or when ``anyLanguage`` makes it irrelevant).
    @inline(__always)
    func withText<Result>(_ profile: ProfileView, _ detector: LanguageDetector, _ body: (FoldedText, Int?) -> Result) -> Result {
        FoldedText.withTokens(of: profile.text(of: field), limit: prefix) { folded in
            body(folded, anyLanguage ? nil : detector.language(of: folded))
        }
    }

    /// The parameters in rule-file syntax after `field` (`, language: any`).
    var renderedOptions: String {
        anyLanguage ? ", language: any" : ""
    }
}

/// A check kind that reads a text through a ``TextScope``, so that `prefix` can limit it.
protocol TextCheckKind: CheckKind {
    var scope: TextScope { get set }
}

extension RuleFileReader {
    /// Reads the parameters of a check that takes nothing or `{field: F}`, a text field that is
    /// `defaultField` when left out (`employer-named`, `matches-default-url`).
    func optionalTextField(_ argument: JSONValue, _ path: String, default defaultField: ProfileField) throws -> ProfileField {
        if argument.isNull { return defaultField }
        guard argument.kind == .object else { throw error(argument, path, CatalogMessage(.errorExpectedMappingOrNothing)) }
        try onlyKeys(argument, path, ["field"])
        let field = try argument["field"].map { try self.field($0, path + ".field") } ?? defaultField
        try expect(field, .text, argument, path + ".field")
        return field
    }

    /// Reads the `field` (a text field) and `language` (`detect`, the default, or `any`) of a text check.
    func textScope(_ argument: JSONValue, _ path: String) throws -> TextScope {
        var scope = TextScope(field: try requiredField(argument, path, kind: .text))
        if let language = argument["language"] {
            switch language.string {
            case "detect": break
            case "any": scope.anyLanguage = true
            default: throw error(language, path + ".language", CatalogMessage(.errorExpectedDetectOrAny))
            }
        }
        return scope
    }

    /// Reads `list`, one list name or a list of them, each a list shipped with profilelint.
    func listNames(_ argument: JSONValue, _ path: String, key: String = "list") throws -> [String] {
        guard let value = argument[key] else { throw error(argument, path + "." + key, CatalogMessage(.errorMissingWordList)) }
        let names: [String]
        if let name = value.string {
            names = [name]
        } else if value.kind == .array, value.count > 0 {
            names = try value.elements.map { element in
                guard let name = element.string else { throw error(element, path + "." + key, CatalogMessage(.errorExpectedWordListName)) }
                return name
            }
        } else {
            throw error(value, path + "." + key, CatalogMessage(.errorExpectedWordListNames))
        }
        let known = WordLists.standard.names
        for name in names where !known.contains(name) {
            let hint = name.closest(in: known).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
            throw error(value, path + "." + key, CatalogMessage(.errorUnknownWordList, ["name": .text(name), "hint": hint]))
        }
        return names
    }
}

extension Array where Element == String {
    /// A list name or a flow list of names in rule-file syntax.
    var renderedListNames: String {
        count == 1 ? self[0] : "[" + joined(separator: ", ") + "]"
    }
}
