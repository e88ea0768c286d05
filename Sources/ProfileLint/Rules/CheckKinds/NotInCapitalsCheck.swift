/// `not-in-capitals`: a text is not written in capital letters only (a headline that shouts);
/// acronyms pass, as a text needs `letters` capitals and no lower-case letter to fail.
///
/// What `not-pattern` with `^(?=[^\p{Ll}]*$)(?:[^\p{Lu}]*\p{Lu}){8}` says, read on the UTF-8
/// bytes without a regular-expression engine: the headline of every profile is read, and the
/// engine cost more than every other headline check together.
struct NotInCapitalsCheck: CheckKind {
    static let name = "not-in-capitals"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (text), `letters` (at least 1)",
        passes: "the text has a lower-case letter, or fewer than `letters` capital letters (Unicode `Ll` and `Lu`), so that acronyms pass; an absent text passes",
        fieldKinds: [.text]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "not-in-capitals: {field: headline, letters: 8}",
                  passing: [#"{"headline": "Data engineer at Acme"}"#, #"{"headline": "CEO | HR | IT"}"#, #"{"headline": "DATA ENGINEER at Acme"}"#, "{}"],
                  failing: [#"{"headline": "DATA ENGINEER AT ACME"}"#, #"{"headline": "INGÉNIEURE DATA"}"#],
                  unknown: [#"{"headline": null}"#]),
        ],
        rejected: [
            .init(check: "not-in-capitals: headline", error: "expected a mapping with 'field' and 'letters'"),
            .init(check: "not-in-capitals: {field: headline, letters: 0}", error: "expected a whole number of at least 1"),
            .init(check: "not-in-capitals: {field: skills, letters: 8}", error: "'skills' is a list field; this check needs a text field"),
        ]
    )

    var field: ProfileField
    /// The capital letters a text needs to fail.
    var letters: Int

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> NotInCapitalsCheck {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndLetters)) }
        try reader.onlyKeys(argument, path, ["field", "letters"])
        let field = try reader.requiredField(argument, path, kind: .text)
        return NotInCapitalsCheck(field: field, letters: try reader.requiredPositive(argument, path, "letters"))
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] { ["\(Self.name): {field: \(field.rawValue), letters: \(letters)}"] }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(CapitalsOnly(field: field, letters: letters), field: field, whenAbsent: true)
    }
}

/// Whether a present text has a lower-case letter or fewer than `letters` capitals.
struct CapitalsOnly: CheckPredicate {
    var field: ProfileField
    var letters: Int

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        !Self.isInCapitals(profile.text(of: field), letters: letters)
    }

    /// Whether `text` has no lower-case letter (`Ll`) and at least `letters` capitals (`Lu`).
    static func isInCapitals(_ text: String, letters: Int) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var capitals = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x61 && byte <= 0x7A { return false }
                    if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
                    index += 1
                    continue
                }
                // Other letters by their Unicode category.
                var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { index += 1; continue }
                switch scalar.properties.generalCategory {
                case .lowercaseLetter: return false
                case .uppercaseLetter: capitals += 1
                default: break
                }
                index += UTF8.width(scalar)
            }
            return capitals >= letters
        }
    }
}
