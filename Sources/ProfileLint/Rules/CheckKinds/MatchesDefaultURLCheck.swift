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
    /// Read on the URL's UTF-8 bytes, letters compared without their ASCII case: what follows `/in/`
    /// up to `/`, `?` or `#`, then what follows its last hyphen.
    static func isGenerated(_ url: String) -> Bool? {
        var url = url
        return url.withUTF8 { bytes -> Bool? in
            guard String.endOfASCIICaseInsensitive("linkedin.", in: bytes) != nil,
                  let start = String.endOfASCIICaseInsensitive("/in/", in: bytes) else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { end += 1 }
            guard end > start else { return nil }
            guard let hyphen = (start..<end).last(where: { bytes[$0] == UInt8(ascii: "-") }) else { return false }
            // 6 to 12 ASCII letters and digits, at least two of them digits.
            var digits = 0
            for index in (hyphen + 1)..<end {
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                } else if !((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)) {
                    return false
                }
            }
            return (6...12).contains(end - hyphen - 1) && digits >= 2
        }
    }
}
