/// `min-count`: a list has at least `value` items.
struct MinCountCheck: BoundedCheckKind {
    static let name = "min-count"
    static let valueKind = ProfileField.ValueKind.list
    static let measure = CheckProgram.Measure.count
    static let isMaximum = false
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (list), `value`",
        passes: "the list has at least `value` items",
        fieldKinds: [.list]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "min-count: {field: skills, value: 2}",
                  passing: [#"{"skills": ["SQL", "Python"]}"#], failing: [#"{"skills": ["SQL"]}"#, "{}"], unknown: [#"{"skills": null}"#]),
        ],
        rejected: [
            .init(check: "min-count: {field: about, value: 2}", error: "'about' is a text field; this check needs a list field"),
            .init(check: "min-count: {field: skils, value: 2}", error: "unknown field 'skils'; did you mean 'skills'?"),
        ]
    )

    var field: ProfileField
    var bound: Int
}
