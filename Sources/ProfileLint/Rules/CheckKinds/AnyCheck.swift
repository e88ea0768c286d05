/// `any`: at least one check of a list passes.
struct AnyCheck: CheckListKind {
    static let name = "any"
    static let documentation = CheckKindDocumentation(parameters: "a list of checks", passes: "at least one check passes")
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "any: [{present: industry}, {min-count: {field: skills, value: 3}}]",
                  passing: [#"{"industry": "Logistics"}"#, #"{"skills": ["SQL", "Python", "dbt"], "industry": null}"#],
                  failing: ["{}", #"{"skills": ["SQL"]}"#], unknown: [#"{"industry": null}"#]),
        ],
        rejected: [
            .init(check: "any: {present: headline}", error: "expected a non-empty list of checks"),
        ]
    )

    /// The first pass decides; else the first unknown; else the first failure.
    static let operation = CheckProgram.Operation.any

    var checks: [Check]
}
