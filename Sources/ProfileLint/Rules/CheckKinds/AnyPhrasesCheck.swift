/// `any-phrases`: a text holds at least one phrase of the named word lists (or names the employer).
struct AnyPhrasesCheck: PhraseCheckKind {
    static let name = "any-phrases"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `list` (a word list or a list of them), optional `language` (`detect` or `any`), optional `employer` (`true`: naming the current employer or the organisation counts too)",
        passes: "the text holds a phrase of the lists (matched as for `no-phrases`); a find in any language's list passes, and a text without one is unknown when its language cannot be told",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "any-phrases: {field: headline, list: occupations, language: any}",
                  passing: [#"{"headline": "Data engineer | Making logistics data reliable"}"#, #"{"headline": "Beleidsadviseur bij de gemeente"}"#,
                            #"{"headline": "Développeuse web chez Acme"}"#],
                  failing: [#"{"headline": "Open to work"}"#, ##"{"headline": "#ai #data #cloud"}"##],
                  unknown: ["{}", #"{"headline": null}"#]),
            .init(check: "any-phrases: {field: about, list: occupations, employer: true}",
                  passing: [#"{"about": "Since 2020 I have worked at Initech on the planning of the routes for our trucks.", "positions": [{"company": "Initech B.V.", "title": "Planner", "start": "2020-01"}]}"#],
                  failing: [#"{"about": "I love to travel and I am always looking for the next thing to learn about the world."}"#],
                  unknown: [#"{"about": "Always curious."}"#]),
        ],
        rejected: [
            .init(check: "any-phrases: {field: about}", error: "missing; name a word list such as 'buzzwords'"),
            .init(check: "any-phrases: {field: about, list: occupations, employer: yes please}", error: "expected true or false"),
        ]
    )

    static let passesOnFind = true

    var scope: TextScope
    var lists: [String]
    var employer: Bool
}
