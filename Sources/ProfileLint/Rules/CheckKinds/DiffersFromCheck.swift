/// `differs-from`: a text is filled in and says more than another field (the headline more than the job title).
struct DiffersFromCheck: CheckKind, CheckPredicate {
    static let name = "differs-from"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `other` (text)",
        passes: "the text is filled in and not the same as `other`, ignoring case, spacing and punctuation",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "differs-from: {field: headline, other: current_position.title}",
                  passing: [#"{"headline": "Data engineer at Acme", "positions": [{"company": "Acme", "title": "Data engineer", "start": "2022-01"}]}"#,
                            #"{"headline": "Recruiter"}"#],
                  failing: [#"{"headline": "data  Engineer.", "positions": [{"company": "Acme", "title": "Data engineer", "start": "2022-01"}]}"#, "{}"],
                  unknown: [#"{"headline": null}"#]),
        ],
        rejected: [
            .init(check: "differs-from: {field: headline}", error: "needs both 'field' and 'other'"),
            .init(check: "differs-from: {field: headline, other: skills}", error: "'skills' is a list field; this check needs a text field"),
        ]
    )

    var field: ProfileField
    var other: ProfileField

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> DiffersFromCheck {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndOther)) }
        try reader.onlyKeys(argument, path, ["field", "other"])
        guard let fieldValue = argument["field"], let otherValue = argument["other"] else {
            throw reader.error(argument, path, CatalogMessage(.errorNeedsFieldAndOther))
        }
        let field = try reader.field(fieldValue, path + ".field")
        try reader.expect(field, .text, fieldValue, path + ".field")
        let other = try reader.field(otherValue, path + ".other")
        try reader.expect(other, .text, otherValue, path + ".other")
        return DiffersFromCheck(field: field, other: other)
    }

    var fields: [ProfileField] { [field, other] }

    var renderedLines: [String] { ["differs-from: {field: \(field.rawValue), other: \(other.rawValue)}"] }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(self, field: field, whenAbsent: false)
    }

    /// An other field that is absent, unknown or has no words cannot be repeated, so the text passes.
    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        guard profile.state(of: other) == .present else { return true }
        let otherText = profile.text(of: other)
        guard !otherText.hasNoLooseWords else { return true }
        return !profile.text(of: field).looselyEquals(otherText)
    }
}
