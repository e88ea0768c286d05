/// `min-length`: a text has at least `value` characters.
struct MinLengthCheck: BoundedCheckKind {
    static let name = "min-length"
    static let valueKind = ProfileField.ValueKind.text
    static let measure = CheckProgram.Measure.length
    static let isMaximum = false
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `value`",
        passes: "the text has at least `value` characters",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "min-length: {field: about, value: 5}",
                  passing: [#"{"about": "Hello"}"#], failing: [#"{"about": "Hi"}"#, "{}"], unknown: [#"{"about": null}"#]),
            .init(check: "min-length: {field: about, value: 0}", passing: ["{}"]),
        ],
        rejected: [
            .init(check: "min-length: {field: skills, value: 5}", error: "'skills' is a list field; this check needs a text field"),
            .init(check: "min-length: {field: about, valu: 5}", error: "unknown parameter; did you mean 'value'?"),
            .init(check: "min-length: {field: about, value: -1}", error: "expected a whole number of at least 0"),
        ]
    )

    var field: ProfileField
    var bound: Int
}
