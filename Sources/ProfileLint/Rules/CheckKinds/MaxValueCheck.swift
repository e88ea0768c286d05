/// `max-value`: a number is at most `value`.
struct MaxValueCheck: BoundedCheckKind {
    static let name = "max-value"
    static let valueKind = ProfileField.ValueKind.number
    static let measure = CheckProgram.Measure.count
    static let isMaximum = true
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (number), `value`",
        passes: "the number is at most `value`",
        fieldKinds: [.number]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "max-value: {field: recommendations, value: 3}",
                  passing: [#"{"recommendations": 3}"#, "{}"], failing: [#"{"recommendations": 4}"#], unknown: [#"{"recommendations": null}"#]),
        ]
    )

    var field: ProfileField
    var bound: Int
}
