/// `pattern`: a text matches a regular expression anywhere.
struct PatternCheck: PatternCheckKind {
    static let name = "pattern"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `regex`",
        passes: "the text matches the regular expression (ICU syntax) anywhere",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "pattern: {field: headline, regex: '(?i)engineer'}",
                  passing: [#"{"headline": "Data Engineer"}"#], failing: [#"{"headline": "Recruiter"}"#, "{}"], unknown: [#"{"headline": null}"#]),
            .init(check: #"pattern: {field: headline, regex: 'it''s'}"#, passing: [#"{"headline": "it's me"}"#], failing: [#"{"headline": "its"}"#]),
        ],
        rejected: [
            .init(check: "pattern: {field: headline, regex: '('}", error: "'(' is not a valid regular expression"),
            .init(check: "pattern: {field: headline, regexp: 'a'}", error: "unknown parameter; did you mean 'regex'?"),
            .init(check: "pattern: {field: skills, regex: 'a'}", error: "'skills' is a list field; this check needs a text field"),
        ]
    )

    static let negated = false

    var field: ProfileField
    var pattern: CompiledPattern
}
