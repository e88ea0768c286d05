/// `max-length`: a text has at most `value` characters.
struct MaxLengthCheck: BoundedCheckKind {
    static let name = "max-length"
    static let valueKind = ProfileField.ValueKind.text
    static let measure = CheckProgram.Measure.length
    static let isMaximum = true
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `value`",
        passes: "the text has at most `value` characters",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "max-length: {field: headline, value: 5}",
                  passing: [#"{"headline": "Hello"}"#, "{}"], failing: [#"{"headline": "Hello world"}"#], unknown: [#"{"headline": null}"#]),
        ],
        rejected: [
            .init(check: "max-length: {field: headline}", error: "key 'check.max-length.value': missing"),
        ]
    )

    var field: ProfileField
    var bound: Int
}
