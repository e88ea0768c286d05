/// `employer-named`: the current position names the organisation (any employer with none configured).
struct EmployerNamedCheck: CheckKind, CheckPredicate {
    static let name = "employer-named"
    static let documentation = CheckKindDocumentation(
        parameters: "optional `field` (text, default `current_position.company`)",
        passes: "the current position names the configured organisation or one of its aliases, ignoring case, punctuation and legal forms (B.V., N.V., Inc., Ltd, GmbH …); any employer when none is configured",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "employer-named:",
                  passing: [#"{"positions": [{"company": "Acme B.V.", "title": "Data engineer", "start": "2022-01"}]}"#],
                  failing: [#"{"positions": [{"title": "Data engineer", "start": "2022-01"}]}"#, "{}"],
                  unknown: [#"{"positions": null}"#]),
            .init(check: "employer-named: {field: headline}", passing: [#"{"headline": "Acme"}"#], failing: ["{}"]),
        ],
        rejected: [
            .init(check: "employer-named: {feld: headline}", error: "unknown parameter; did you mean 'field'?"),
            .init(check: "employer-named: {field: skills}", error: "'skills' is a list field; this check needs a text field"),
        ]
    )

    var field: ProfileField

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> EmployerNamedCheck {
        EmployerNamedCheck(field: try reader.optionalTextField(argument, path, default: .currentPositionCompany))
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] {
        field == .currentPositionCompany ? ["employer-named:"] : ["employer-named: {field: \(field.rawValue)}"]
    }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(self, field: field, whenAbsent: false)
    }

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        EmployerName.namesEmployer(profile.text(of: field), organisation: organisation)
    }
}

extension EmployerName {
    /// Whether `company`, an employer as written on a profile and trimmed of white space (as a
    /// profile's texts are), names the employer: the organisation or one of its aliases (see
    /// ``Organisation/isNamed(by:)``) or, with no organisation configured, any employer at all.
    ///
    /// The one decision behind the `employer-named` check and the workforce report's employer presence.
    static func namesEmployer(_ company: String, organisation: Organisation?) -> Bool {
        guard !company.isEmpty else { return false }
        guard let organisation else { return true }
        return organisation.isNamed(by: company)
    }
}
