/// `not`: a check fails (an unknown stays unknown).
struct NotCheck: CheckKind {
    static let name = "not"
    static let documentation = CheckKindDocumentation(parameters: "a check", passes: "the check fails")
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "not: {pattern: {field: headline, regex: '(?i)open to work'}}",
                  passing: [#"{"headline": "Data engineer"}"#], failing: [#"{"headline": "Open to work"}"#], unknown: [#"{"headline": null}"#]),
            .init(check: "not: {present: photo, message: {en: There is a photo., nl: Er is een foto.}}",
                  passing: ["{}"], failing: [#"{"photo": true}"#], unknown: [#"{"photo": null}"#]),
        ],
        rejected: [
            .init(check: "not: [{present: photo}]", error: "expected a mapping with exactly one check"),
        ]
    )

    var check: Check

    static func parse(_ parameters: JSONValue, at path: String, reader: RuleFileReader) throws -> NotCheck {
        NotCheck(check: try reader.check(parameters, path))
    }

    var fields: [ProfileField] { check.fields }

    var children: [Check] { [check] }

    var renderedLines: [String] { ["not:"] + check.renderedLines.map { "  " + $0 } }

    var summary: String { "not: {\(check.summary)}" }

    /// A pass and a failure swap, without the inner check's explained message.
    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.composition(.not, of: [check])
    }
}
