/// `prefix`: a text check on only the first characters of its text, what LinkedIn shows before
/// "…see more" or in search results: `prefix: {length: 270, check: {any-phrases: …}}`.
///
/// The inner check is one of the text checks (`no-phrases`, `any-phrases`, `min-results`,
/// `min-share-action`), which reads only those characters, a word cut by the limit left out, and
/// tells their language from them: folding stops there, so a long About costs no more than its start.
struct PrefixCheck: CheckKind {
    static let name = "prefix"
    static let documentation = CheckKindDocumentation(
        parameters: "`length` (characters, at least 1), `check` (a `no-phrases`, `any-phrases`, `min-results` or `min-share-action` check)",
        passes: "the check passes on the first `length` characters of its text (a word the limit cuts is left out; the language is told from those characters)"
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "prefix: {length: 30, check: {any-phrases: {field: headline, list: occupations, language: any}}}",
                  passing: [#"{"headline": "Data engineer | open to work"}"#],
                  failing: [#"{"headline": "Open to work | looking for a new challenge | data engineer"}"#],
                  unknown: ["{}"]),
            .init(check: "prefix: {length: 40, check: {min-results: {field: about, value: 1}}}",
                  passing: [#"{"about": "I cut delivery times by 30% in two years and I still love the work."}"#],
                  failing: [#"{"about": "I love the work and I have done it for a long time; in 2023 I cut delivery times by 30%."}"#]),
        ],
        rejected: [
            .init(check: "prefix: {length: 60, check: {present: headline}}", error: "a prefix applies to a text check (no-phrases, any-phrases, min-results or min-share-action), not 'present'"),
            .init(check: "prefix: {length: 0, check: {min-results: {field: about, value: 1}}}", error: "expected a whole number of at least 1"),
            .init(check: "prefix: {lenght: 60, check: {min-results: {field: about, value: 1}}}", error: "unknown parameter; did you mean 'length'?"),
        ]
    )

    var length: Int
    /// The check as written, for rendering.
    var check: Check
    /// The check limited to the prefix, for evaluation.
    var limited: Check

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> PrefixCheck {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedLengthAndCheck)) }
        try reader.onlyKeys(argument, path, ["length", "check"])
        let length = try reader.requiredPositive(argument, path, "length")
        guard let checkValue = argument["check"] else { throw reader.error(argument, path + ".check", CatalogMessage(.errorMissing)) }
        let check = try reader.check(checkValue, path + ".check")
        guard var text = check.kind as? any TextCheckKind else {
            throw reader.error(checkValue, path + ".check",
                               CatalogMessage(.errorPrefixNeedsTextCheck, ["check": .text(check.kindName)]))
        }
        text.scope.prefix = min(length, text.scope.prefix ?? length)
        var limited = Check(text)
        limited.message = check.message
        return PrefixCheck(length: length, check: check, limited: limited)
    }

    var fields: [ProfileField] { check.fields }

    var children: [Check] { [limited] }

    var renderedLines: [String] {
        ["prefix:", "  length: \(length)", "  check:"] + check.renderedLines.map { "    " + $0 }
    }

    var summary: String { "prefix: {length: \(length), check: {\(check.summary)}}" }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.composition(.all, of: [limited])
    }
}
