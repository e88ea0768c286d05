/// `no-phrases`: a text holds none of the phrases of the named word lists in its language.
struct NoPhrasesCheck: PhraseCheckKind {
    static let name = "no-phrases"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `list` (a word list or a list of them), optional `language` (`detect` or `any`)",
        passes: "the text holds no phrase of the lists in its language (ignoring case and diacritics, at word boundaries, with the language's endings and Dutch compounds); unknown when the language cannot be told, unless `language: any` applies every language's lists",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "no-phrases: {field: about, list: buzzwords}",
                  passing: [#"{"about": "Ik plan de routes van onze vrachtwagens en ik heb de levertijd met een dag verkort."}"#,
                            #"{"about": "I plan the routes of our trucks and I cut the delivery time by a day."}"#],
                  failing: [#"{"about": "Ik ben een gedreven en resultaatgerichte teamspeler met een passie voor logistiek."}"#,
                            #"{"about": "I am a results-driven team player and a passionate self-starter with a can-do attitude."}"#,
                            #"{"about": "Je suis une personne dynamique et motivée, avec un excellent relationnel et le sens du travail en équipe."}"#],
                  unknown: [#"{"about": "Gedreven teamspeler."}"#, "{}", #"{"about": null}"#]),
            .init(check: "no-phrases: {field: headline, list: buzzwords, language: any}",
                  passing: [#"{"headline": "Planner at Acme"}"#], failing: [#"{"headline": "Gedreven teamspeler"}"#]),
        ],
        rejected: [
            .init(check: "no-phrases: {field: about, list: buzzword}", error: "unknown word list 'buzzword'; did you mean 'buzzwords'?"),
            .init(check: "no-phrases: {field: about, lists: buzzwords}", error: "unknown parameter; did you mean 'list'?"),
            .init(check: "no-phrases: {field: skills, list: buzzwords}", error: "'skills' is a list field; this check needs a text field"),
            .init(check: "no-phrases: {field: about, list: buzzwords, language: nl}", error: "expected 'detect' (the default) or 'any'"),
        ]
    )

    static let passesOnFind = false

    var scope: TextScope
    var lists: [String]
    var employer: Bool
}
