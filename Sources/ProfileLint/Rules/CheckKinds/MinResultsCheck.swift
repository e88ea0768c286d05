/// `min-results`: a text states at least a number of concrete results.
struct MinResultsCheck: TextCheckKind {
    static let name = "min-results"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `value` (at least 1)",
        passes: "the text states at least `value` results: a percentage (`30%`), an amount (`€ 2 mln`, `$40k`), a multiple (`3x`), a number with a unit from the `units` lists (`12 projects`, `8 klanten`) or a \"from … to …\" figure (`from 40 to 25`, `van 40 naar 25`); years, month-year dates and phone-like digit runs do not count. Unknown when it states fewer and its language cannot be told",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "min-results: {field: current_position.description, value: 1}",
                  passing: [#"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Cut the planning time by 30% for the team."}]}"#,
                            #"{"positions": [{"title": "Sales", "start": "2022-01", "description": "Ik heb € 2 mln aan nieuwe omzet binnengehaald."}]}"#,
                            #"{"positions": [{"title": "Lead", "start": "2022-01", "description": "J'ai livré 12 projets pour nos clients en France."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Ik heb de levertijd van 5 naar 3 dagen teruggebracht."}]}"#,
                            #"{"positions": [{"title": "Boulanger", "start": "2022-01", "description": "Nous cuisons chaque nuit 1 500 pains au levain."}]}"#],
                  failing: [#"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Since March 2021 I plan the routes for the team and call me on 06 1234 5678."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Verantwoordelijk voor de planning en de taken van het team sinds 2019."}]}"#],
                  unknown: [#"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Routes, planning."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01"}]}"#]),
            .init(check: "min-results: {field: about, value: 2}",
                  passing: [#"{"about": "I grew our users 3x and saved 400 hours a year for the team."}"#],
                  failing: [#"{"about": "I grew our users 3x and I am proud of the team and of what we did."}"#]),
        ],
        rejected: [
            .init(check: "min-results: {field: about, value: 0}", error: "expected a whole number of at least 1"),
            .init(check: "min-results: {field: about}", error: "missing"),
        ]
    )

    var scope: TextScope
    var minimum: Int

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> MinResultsCheck {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndValue)) }
        try reader.onlyKeys(argument, path, ["field", "value"])
        let scope = try reader.textScope(argument, path)
        return MinResultsCheck(scope: scope, minimum: try reader.requiredPositive(argument, path, "value"))
    }

    var fields: [ProfileField] { [scope.field] }

    var renderedLines: [String] { ["min-results: {field: \(scope.field.rawValue), value: \(minimum)}"] }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        let lexicon = builder.lexicon
        let predicate = ResultCount(scope: scope, minimum: minimum, detector: lexicon.detector,
                                    units: [lexicon.matcherOfEveryLanguage(["units"])], rangeStarts: [lexicon.matcherOfEveryLanguage(["range-starts"])],
                                    rangeEnds: [lexicon.matcherOfEveryLanguage(["range-ends"])], text: builder.textSlot(scope))
        return builder.predicate(predicate, field: scope.field, whenAbsent: false, unknownWhenAbsent: true)
    }
}

/// Counts the concrete results a text states (see ``MinResultsCheck``).
struct ResultCount: CheckPredicate {
    var scope: TextScope
    var minimum: Int
    var detector: LanguageDetector
    /// Unit and magnitude words, the words that open and close a "from … to …" figure: a matcher per
    /// language, or one of every language together; a figure counts in any language.
    var units: [PhraseMatcher]
    var rangeStarts: [PhraseMatcher]
    var rangeEnds: [PhraseMatcher]
    /// The index of its text in ``FoldedTexts`` (-1: folded on each call).
    var text = -1

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        judge(on: profile, organisation: organisation) == .pass
    }

    func judge(on profile: ProfileView, organisation: Organisation?) -> RuleStatus {
        // Results are told apart in every language's words: a figure is a figure whatever the language.
        var scope = scope
        scope.anyLanguage = true
        return scope.withText(profile, detector) { text, _ in
            if count(in: text, 0..<text.prefixCount) >= minimum { return .pass }
            return detector.language(of: text) == nil ? .unknown : .fail
        }
    }

    func judge(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> RuleStatus {
        guard text >= 0 else { return judge(on: profile, organisation: organisation) }
        let folded = texts.text(text, of: profile)
        if count(in: folded, 0..<folded.prefixCount) >= minimum { return .pass }
        return texts.language(text, of: profile, detector) == nil ? .unknown : .fail
    }

    private func any(_ matchers: [PhraseMatcher], at index: Int, in text: FoldedText, end: Int) -> Bool {
        for matcher in matchers where matcher.matches(at: index, in: text, end: end) { return true }
        return false
    }

    /// The number of results in tokens `range` of `text`.
    func count(in text: FoldedText, _ range: Range<Int>) -> Int {
        var results = 0
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let flags = text.flags[index]
            defer { index += 1 }
            guard flags.contains(.startsWithDigit) else { continue }
            let token = text.token(index)
            var digits = 0
            var value = 0
            var firstLetter = token.count
            for (offset, byte) in token.enumerated() {
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                    if value < 100_000_000 { value = value * 10 + Int(byte - 0x30) }
                } else if byte != 0x2E && byte != 0x2C {
                    firstLetter = offset
                    break
                }
            }
            if !flags.contains(.numeric) {
                // `3x`, `10k`, `2mln`: the letters after the digits are a unit or magnitude.
                if unitWord(UnsafeMutableBufferPointer(rebasing: token[firstLetter...])) { results += 1 }
                continue
            }
            if flags.contains(.percent) || flags.contains(.currency) {
                results += 1
                continue
            }
            // Phone numbers and their pieces (06 1234 5678): long runs, or numbers after a number.
            if digits >= 7 { continue }
            if index > range.lowerBound, text.flags[index - 1].contains(.numeric), !text.flags[index].contains(.sentenceStart),
               !isThousandsGroup(text, index, digits: digits) { continue }
            let isYear = digits == 4 && (1900...2100).contains(value)
            if index + 1 < end, !isYear, any(units, at: index + 1, in: text, end: end) {
                results += 1
                index += 1
                continue
            }
            // "from 40 to 25", "van 5 naar 3", "de 40 à 25": a number after an opening word, another after a closing one.
            if index > range.lowerBound, index + 2 < end, any(rangeStarts, at: index - 1, in: text, end: end),
               any(rangeEnds, at: index + 1, in: text, end: end), text.flags[index + 2].contains(.startsWithDigit), !isYear {
                results += 1
                index += 2
            }
        }
        return results
    }

    /// Whether token `index` (of `digits` digits) is the thousands group of a number written with
    /// spaces, as French and Belgian texts do (`1 500 pains`, `400 000 mots`): three digits after a
    /// number of one to three digits that does not start with 0, as no phone number's pieces do.
    private func isThousandsGroup(_ text: FoldedText, _ index: Int, digits: Int) -> Bool {
        guard digits == 3 else { return false }
        let previous = text.token(index - 1)
        return (1...3).contains(previous.count) && previous.first != 0x30 && previous.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether `letters`, what follows digits in one token, is a unit or magnitude of some language.
    private func unitWord(_ letters: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard !letters.isEmpty else { return false }
        return FoldedText.withTokens(of: String(decoding: letters, as: UTF8.self)) { word in
            word.count == 1 && any(units, at: 0, in: word, end: 1)
        }
    }
}
