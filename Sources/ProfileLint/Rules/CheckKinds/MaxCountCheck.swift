/// `max-count`: a list has at most `value` items.
struct MaxCountCheck: BoundedCheckKind {
    static let name = "max-count"
    static let valueKind = ProfileField.ValueKind.list
    static let measure = CheckProgram.Measure.count
    static let isMaximum = true
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (list), `value`",
        passes: "the list has at most `value` items",
        fieldKinds: [.list]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "max-count: {field: skills, value: 1}",
                  passing: [#"{"skills": ["SQL"]}"#, "{}"], failing: [#"{"skills": ["SQL", "Python"]}"#], unknown: [#"{"skills": null}"#]),
        ]
    )

    var field: ProfileField
    var bound: Int
}
