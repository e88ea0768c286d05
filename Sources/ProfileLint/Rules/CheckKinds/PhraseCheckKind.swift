/// A check kind that looks for the phrases of named word lists in a text (`no-phrases`,
/// `any-phrases`): a kind says only whether it passes on a find; parsing, rendering and compiling
/// are shared here.
protocol PhraseCheckKind: TextCheckKind {
    /// Whether the check passes when a phrase is found (`any-phrases`) or when none is (`no-phrases`).
    static var passesOnFind: Bool { get }

    var lists: [String] { get }
    /// Whether naming the employer (the current position's company or the organisation) counts as a find.
    var employer: Bool { get }
    init(scope: TextScope, lists: [String], employer: Bool)
}

extension PhraseCheckKind {
    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> Self {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndList)) }
        try reader.onlyKeys(argument, path, passesOnFind ? ["field", "list", "language", "employer"] : ["field", "list", "language"])
        let scope = try reader.textScope(argument, path)
        let lists = try reader.listNames(argument, path)
        var employer = false
        if let value = argument["employer"] {
            guard let flag = value.bool else { throw reader.error(value, path + ".employer", CatalogMessage(.errorExpectedBoolean)) }
            employer = flag
        }
        return Self(scope: scope, lists: lists, employer: employer)
    }

    var fields: [ProfileField] { [scope.field] }

    var renderedLines: [String] {
        ["\(Self.name): {field: \(scope.field.rawValue), list: \(lists.renderedListNames)\(scope.renderedOptions)\(employer ? ", employer: true" : "")}"]
    }

    /// An absent text is unknown: whether it says enough is another rule's business.
    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        // Only a check that searches a text of untold language in every language's lists needs them together.
        let everyLanguage = Self.passesOnFind || scope.anyLanguage ? builder.lexicon.matcherOfEveryLanguage(lists) : PhraseMatcher(languages: [])
        let predicate = PhraseSearch(scope: scope, matchers: builder.lexicon.matchers(lists),
                                     everyLanguage: everyLanguage, detector: builder.lexicon.detector,
                                     passesOnFind: Self.passesOnFind, employer: employer, text: builder.textSlot(scope))
        return builder.predicate(predicate, field: scope.field, whenAbsent: false, unknownWhenAbsent: true)
    }
}

/// Whether a present text holds a phrase of some lists, in the text's language.
///
/// A text in no known language is unknown, except that a find in any language's list passes
/// `any-phrases`: a find is evidence whatever the language.
struct PhraseSearch: CheckPredicate {
    var scope: TextScope
    /// One matcher per language.
    var matchers: [PhraseMatcher]
    /// The phrases of every language in one matcher, for a text whose language is not told.
    var everyLanguage: PhraseMatcher
    var detector: LanguageDetector
    var passesOnFind: Bool
    var employer: Bool
    /// The index of its text in ``FoldedTexts``.
    var text: Int

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        judge(on: profile, organisation: organisation) == .pass
    }

    func judge(on profile: ProfileView, organisation: Organisation?) -> RuleStatus {
        scope.withText(profile, detector) { text, language in
            judge(text, language, profile: profile, organisation: organisation)
        }
    }

    func judge(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> RuleStatus {
        judge(texts.text(text, of: profile), scope.anyLanguage ? nil : texts.language(text, of: profile, detector), profile: profile, organisation: organisation)
    }

    private func judge(_ text: FoldedText, _ language: Int?, profile: ProfileView, organisation: Organisation?) -> RuleStatus {
        let range = 0..<text.prefixCount
        if let language {
            if matchers[language].occurs(in: text, range) { return passesOnFind ? .pass : .fail }
        } else if passesOnFind || scope.anyLanguage {
            if everyLanguage.occurs(in: text, range) { return passesOnFind ? .pass : .fail }
        }
        if passesOnFind, employer, EmployerMention.occurs(in: text, range, profile: profile, organisation: organisation) { return .pass }
        if language == nil, !scope.anyLanguage { return .unknown }
        return passesOnFind ? .fail : .pass
    }

    /// The phrases found, as the lists write them (`"gedreven", "teamspeler"`).
    func found(on profile: ProfileView, organisation: Organisation?) -> [String] {
        scope.withText(profile, detector) { text, language in found(text, language) }
    }

    func found(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> [String] {
        found(texts.text(text, of: profile), scope.anyLanguage ? nil : texts.language(text, of: profile, detector))
    }

    private func found(_ text: FoldedText, _ language: Int?) -> [String] {
        var result: [String] = []
        if let language {
            matchers[language].collect(in: text, 0..<text.prefixCount, into: &result)
        } else if scope.anyLanguage {
            for index in matchers.indices { matchers[index].collect(in: text, 0..<text.prefixCount, into: &result) }
        }
        return result
    }
}

/// Whether a text names the employer: the current position's company or the organisation (or one
/// of its aliases), by its words without legal forms (`Acme B.V.` is named by "at Acme").
enum EmployerMention {
    /// Words of company names that do not name the company.
    static let legalForms: Set<String> = ["bv", "nv", "vof", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "co", "corp", "the", "group", "groep", "groupe"]

    static func occurs(in text: FoldedText, _ range: Range<Int>, profile: ProfileView, organisation: Organisation?) -> Bool {
        var names: [String] = []
        if let company = profile.currentPosition.value?.company, !company.isEmpty { names.append(company) }
        if let organisation { names += [organisation.name] + organisation.aliases }
        for name in names {
            let found = FoldedText.withTokens(of: name) { company -> Bool in
                // The company's first word that is not a legal form and has two letters or more.
                var word: Int?
                for index in 0..<company.count where company.lengths[index] >= 2 {
                    if !legalForms.contains(String(decoding: company.token(index), as: UTF8.self)) {
                        word = index
                        break
                    }
                }
                guard let word else { return false }
                let hash = company.hashes[word]
                return range.contains { text.hashes[$0] == hash }
            }
            if found { return true }
        }
        return false
    }
}
