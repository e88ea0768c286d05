/// A check kind over a non-empty list of checks, `all` or `any`: a kind only says how its
/// program node composes the list; parsing, rendering and compiling are shared here.
protocol CheckListKind: CheckKind {
    /// How the compiled node composes the checks (``CheckProgram/Operation/all`` or ``CheckProgram/Operation/any``).
    static var operation: CheckProgram.Operation { get }

    var checks: [Check] { get }
    init(checks: [Check])
}

extension CheckListKind {
    static func parse(_ parameters: JSONValue, at path: String, reader: RuleFileReader) throws -> Self {
        Self(checks: try reader.checks(parameters, path))
    }

    var fields: [ProfileField] { checks.flatMap(\.fields) }

    var children: [Check] { checks }

    var renderedLines: [String] { [Self.name + ":"] + checks.flatMap(Check.listItem) }

    var summary: String { Self.name + ": [" + checks.map(\.summary).joined(separator: ", ") + "]" }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.composition(Self.operation, of: checks)
    }
}
