/// `all`: every check of a list passes.
struct AllCheck: CheckListKind {
    static let name = "all"
    static let documentation = CheckKindDocumentation(parameters: "a list of checks", passes: "every check passes")
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "all: [{present: headline}, {min-length: {field: headline, value: 5}}]",
                  passing: [#"{"headline": "Data engineer"}"#], failing: [#"{"headline": "Data"}"#, "{}"], unknown: [#"{"headline": null}"#]),
            .init(check: "all: [{present: headline}, {present: industry}]",
                  failing: [#"{"industry": "Logistics"}"#, #"{"headline": null}"#],
                  unknown: [#"{"headline": "Data engineer", "industry": null}"#]),
        ],
        rejected: [
            .init(check: "all: []", error: "expected a non-empty list of checks"),
            .init(check: "all: [{presnt: headline}]", error: "unknown check 'presnt'; did you mean 'present'?"),
        ]
    )

    /// The first failure decides; else the first unknown; else it passes.
    static let operation = CheckProgram.Operation.all

    var checks: [Check]
}
