/// `present`: a field is filled in.
struct PresentCheck: CheckKind {
    static let name = "present"
    static let documentation = CheckKindDocumentation(
        parameters: "a field",
        passes: "the field is filled in",
        fieldKinds: [.text, .flag, .number, .list]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "present: headline",
                  passing: [#"{"headline": "Data engineer"}"#], failing: ["{}", #"{"headline": "  "}"#], unknown: [#"{"headline": null}"#]),
            .init(check: "present: connections", passing: [#"{"connections": 3}"#], failing: [#"{"connections": 0}"#]),
            .init(check: "present: photo", passing: [#"{"photo": true}"#], failing: [#"{"photo": false}"#], unknown: [#"{"photo": null}"#]),
        ],
        rejected: [
            .init(check: "present: headlne", error: "unknown field 'headlne'; did you mean 'headline'?"),
            .init(check: "present: {field: headline}", error: "expected a field name"),
        ]
    )

    var field: ProfileField

    static func parse(_ parameters: JSONValue, at path: String, reader: RuleFileReader) throws -> PresentCheck {
        PresentCheck(field: try reader.field(parameters, path))
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] { ["present: \(field.rawValue)"] }

    /// Filled in is a count of at least one: a list's items, a number above 0, a text or a set flag.
    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        .atLeast(field, .count, 1, whenAbsent: false)
    }
}
