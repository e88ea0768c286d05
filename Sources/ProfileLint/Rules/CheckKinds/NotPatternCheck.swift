/// `not-pattern`: a text does not match a regular expression.
struct NotPatternCheck: PatternCheckKind {
    static let name = "not-pattern"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `regex`",
        passes: "the text does not match the regular expression",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "not-pattern: {field: headline, regex: '(?i)open to work'}",
                  passing: [#"{"headline": "Data engineer"}"#, "{}"], failing: [#"{"headline": "Open to work"}"#], unknown: [#"{"headline": null}"#]),
        ],
        rejected: [
            .init(check: "not-pattern: headline", error: "expected a mapping with 'field' and 'regex'"),
        ]
    )

    static let negated = true

    var field: ProfileField
    var pattern: CompiledPattern
}
