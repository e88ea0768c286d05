/// A check kind that matches a text against a regular expression given as
/// `{field: F, regex: R}`, `pattern` or `not-pattern`: a kind only says whether it passes on a
/// match or on its absence; parsing, rendering and compiling are shared here.
protocol PatternCheckKind: CheckKind {
    /// Whether the check passes when the expression does not match (and so on an absent text).
    static var negated: Bool { get }

    var field: ProfileField { get }
    var pattern: CompiledPattern { get }
    init(field: ProfileField, pattern: CompiledPattern)
}

extension PatternCheckKind {
    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> Self {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndRegex)) }
        try reader.onlyKeys(argument, path, ["field", "regex"])
        let field = try reader.requiredField(argument, path, kind: .text)
        guard let regexValue = argument["regex"], let source = regexValue.string else {
            throw reader.error(argument["regex"] ?? argument, path + ".regex", CatalogMessage(.errorExpectedRegex))
        }
        guard let pattern = CompiledPattern(source) else {
            throw reader.error(regexValue, path + ".regex", CatalogMessage(.errorInvalidRegex, ["regex": .text(source)]))
        }
        return Self(field: field, pattern: pattern)
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] { ["\(Self.name): {field: \(field.rawValue), regex: \(Check.yamlScalar(pattern.source))}"] }

    /// An absent text matches nothing: it fails `pattern` and passes `not-pattern`.
    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(PatternMatch(field: field, pattern: pattern, negated: Self.negated), field: field, whenAbsent: Self.negated)
    }
}

/// Whether a present text matches a pattern (or, negated, does not).
struct PatternMatch: CheckPredicate {
    var field: ProfileField
    var pattern: CompiledPattern
    var negated: Bool

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        pattern.matches(profile.text(of: field)) != negated
    }
}
