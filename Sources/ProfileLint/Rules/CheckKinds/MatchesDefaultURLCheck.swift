/// `matches-default-url`: the profile URL is the one LinkedIn generates
/// (`linkedin.com/in/firstname-lastname-1a2b3c4d`), not one the person chose.
struct MatchesDefaultURLCheck: CheckKind, CheckPredicate {
    static let name = "matches-default-url"
    static let documentation = CheckKindDocumentation(
        parameters: "optional `field` (text, default `profile_url`)",
        passes: "the URL's `/in/` name ends in LinkedIn's generated suffix: a hyphen and 6 to 12 letters and digits with at least two digits (`anna-de-vries-1a2b3c4d`, `jan-8b2a41157`); a chosen name (`annadevries`, `anna-de-vries-data`) does not; unknown when there is no URL",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "matches-default-url:",
                  passing: [#"{"profile_url": "https://www.linkedin.com/in/anna-de-vries-1a2b3c4d/"}"#,
                            #"{"profile_url": "linkedin.com/in/jan-peeters-8b2a41157?trk=public"}"#],
                  failing: [#"{"profile_url": "https://www.linkedin.com/in/annadevries"}"#,
                            #"{"profile_url": "https://nl.linkedin.com/in/anna-de-vries-data/"}"#,
                            #"{"profile_url": "https://www.linkedin.com/in/claire-dubois-1985"}"#],
                  unknown: ["{}", #"{"profile_url": null}"#, #"{"profile_url": "https://example.org/anna"}"#]),
        ],
        rejected: [
            .init(check: "matches-default-url: {field: skills}", error: "'skills' is a list field; this check needs a text field"),
        ]
    )

    var field: ProfileField

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> MatchesDefaultURLCheck {
        MatchesDefaultURLCheck(field: try reader.optionalTextField(argument, path, default: .profileURL))
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] {
        field == .profileURL ? ["matches-default-url:"] : ["matches-default-url: {field: \(field.rawValue)}"]
    }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(self, field: field, whenAbsent: false, unknownWhenAbsent: true)
    }

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        judge(on: profile, organisation: organisation) == .pass
    }

    /// Unknown for a URL that is not a LinkedIn profile's.
    func judge(on profile: ProfileView, organisation: Organisation?) -> RuleStatus {
        guard let generated = Self.isGenerated(profile.text(of: field)) else { return .unknown }
        return generated ? .pass : .fail
    }

    /// Whether the `/in/` name of a LinkedIn profile URL is generated; `nil` when `url` has no `/in/` name.
    static func isGenerated(_ url: String) -> Bool? {
        let lower = url.lowercased()
        guard lower.contains("linkedin."), let marker = lower.range(of: "/in/") else { return nil }
        let name = lower[marker.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !name.isEmpty else { return nil }
        guard let hyphen = name.lastIndex(of: "-") else { return false }
        let suffix = name[name.index(after: hyphen)...]
        let digits = suffix.filter(\.isNumber).count
        return (6...12).contains(suffix.count) && digits >= 2 && suffix.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter) }
    }
}
