/// `min-value`: a number is at least `value`.
struct MinValueCheck: BoundedCheckKind {
    static let name = "min-value"
    static let valueKind = ProfileField.ValueKind.number
    static let measure = CheckProgram.Measure.count
    static let isMaximum = false
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (number), `value`",
        passes: "the number is at least `value`",
        fieldKinds: [.number]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "min-value: {field: connections, value: 50}",
                  passing: [#"{"connections": 50}"#], failing: [#"{"connections": 49}"#, "{}"], unknown: [#"{"connections": null}"#]),
        ],
        rejected: [
            .init(check: "min-value: {field: skills, value: 5}", error: "'skills' is a list field; this check needs a number field"),
        ]
    )

    var field: ProfileField
    var bound: Int
}
