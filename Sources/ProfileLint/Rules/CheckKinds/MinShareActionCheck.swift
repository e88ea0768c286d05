/// `min-share-action`: enough of a text's sentences or bullets carry an action rather than duties.
struct MinShareActionCheck: TextCheckKind {
    static let name = "min-share-action"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `value` (a share from 0 to 1, such as 0.5)",
        passes: "of the text's sentences and bullets, at least the share `value` carry an action verb of the `action-verbs` list in the text's language (`led`, `leidde`, `a dirigé`) and no duty phrase of the `duty-phrases` list (`responsible for`, `verantwoordelijk voor`, `chargé de`, `taken:`); unknown when the language cannot be told",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "min-share-action: {field: current_position.description, value: 0.5}",
                  passing: [#"{"positions": [{"title": "Planner", "start": "2022-01", "description": "I led the move to a new planning tool. I built the dashboards the team uses every day. The rest of the time I am on the road."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Ik leidde de overstap naar een nieuw planningssysteem.\n- Bouwde de dashboards voor het team\n- Verkortte de levertijd met een dag"}]}"#,
                            #"{"positions": [{"title": "Cheffe de projet", "start": "2022-01", "description": "J'ai dirigé le passage à un nouvel outil de planification et j'ai réduit les délais de livraison."}]}"#],
                  failing: [#"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Verantwoordelijk voor de planning van het team. Taken: overleg met de klanten en de chauffeurs."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01", "description": "I was responsible for the planning of the team. Tasks included the contact with the drivers."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Chargé de la planification de l'équipe et du suivi des chauffeurs."}]}"#],
                  unknown: [#"{"positions": [{"title": "Planner", "start": "2022-01", "description": "Planning, routes."}]}"#,
                            #"{"positions": [{"title": "Planner", "start": "2022-01"}]}"#]),
        ],
        rejected: [
            .init(check: "min-share-action: {field: about, value: 50}", error: "expected a share from 0 to 1, such as 0.5"),
            .init(check: "min-share-action: {field: about, share: 0.5}", error: "unknown parameter"),
        ]
    )

    var scope: TextScope
    /// The share in thousandths, so that the check stays a plain value.
    var permille: Int

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> MinShareActionCheck {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndValue)) }
        try reader.onlyKeys(argument, path, ["field", "value"])
        let scope = try reader.textScope(argument, path)
        guard let value = argument["value"] else { throw reader.error(argument, path + ".value", CatalogMessage(.errorMissing)) }
        guard let share = value.double, share >= 0, share <= 1 else { throw reader.error(value, path + ".value", CatalogMessage(.errorExpectedShare)) }
        return MinShareActionCheck(scope: scope, permille: Int((share * 1000).rounded()))
    }

    var fields: [ProfileField] { [scope.field] }

    var renderedLines: [String] {
        let share = permille % 1000 == 0 ? String(permille / 1000) : "0." + String(String(permille + 1000).dropFirst()).replacingZerosAtEnd
        return ["min-share-action: {field: \(scope.field.rawValue), value: \(share)}"]
    }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        let lexicon = builder.lexicon
        let predicate = ActionShare(scope: scope, permille: permille, detector: lexicon.detector,
                                    actions: lexicon.matchers(["action-verbs"]), duties: lexicon.matchers(["duty-phrases"]),
                                    text: builder.textSlot(scope))
        return builder.predicate(predicate, field: scope.field, whenAbsent: false, unknownWhenAbsent: true)
    }
}

private extension String {
    /// `500` → `5`, `250` → `25`.
    var replacingZerosAtEnd: String {
        var text = self
        while text.count > 1, text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// The share of a text's sentences that carry an action (see ``MinShareActionCheck``).
struct ActionShare: CheckPredicate {
    var scope: TextScope
    var permille: Int
    var detector: LanguageDetector
    var actions: [PhraseMatcher]
    var duties: [PhraseMatcher]
    /// The index of its text in ``FoldedTexts``.
    var text: Int

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        judge(on: profile, organisation: organisation) == .pass
    }

    func judge(on profile: ProfileView, organisation: Organisation?) -> RuleStatus {
        scope.withText(profile, detector) { text, language in judge(text, language) }
    }

    func judge(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> RuleStatus {
        judge(texts.text(text, of: profile), scope.anyLanguage ? nil : texts.language(text, of: profile, detector))
    }

    private func judge(_ text: FoldedText, _ language: Int?) -> RuleStatus {
        guard let language else { return .unknown }
        var sentences = 0
        var active = 0
        forEachSentence(text) { range in
            sentences += 1
            if actions[language].occurs(in: text, range), !duties[language].occurs(in: text, range) { active += 1 }
        }
        guard sentences > 0 else { return .fail }
        return active * 1000 >= permille * sentences ? .pass : .fail
    }

    /// The duty phrases found, for `{found}`.
    func found(on profile: ProfileView, organisation: Organisation?) -> [String] {
        scope.withText(profile, detector) { text, language in found(text, language) }
    }

    func found(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> [String] {
        found(texts.text(text, of: profile), scope.anyLanguage ? nil : texts.language(text, of: profile, detector))
    }

    private func found(_ text: FoldedText, _ language: Int?) -> [String] {
        guard let language else { return [] }
        var result: [String] = []
        duties[language].collect(in: text, 0..<text.prefixCount, into: &result)
        return result
    }

    /// Calls `body` with the token range of each sentence or bullet of two words or more.
    private func forEachSentence(_ text: FoldedText, _ body: (Range<Int>) -> Void) {
        var start = 0
        let end = text.prefixCount
        for index in 0...end where index == end || (index > start && text.flags[index].contains(.sentenceStart)) {
            if index - start >= 2 { body(start..<index) }
            start = index
        }
    }
}
