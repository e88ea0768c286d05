/// One kind of check that rule files can use (`present`, `min-length`, `all`, …): everything about
/// it in one type, in one file under `Rules/CheckKinds/`, registered with one line in ``CheckKinds/all``.
///
/// An implementation must:
/// - give its ``name`` as rule files write it, unique among the kinds;
/// - parse its parameters from the rule file's value (``parse(_:at:reader:)``), throwing through
///   `reader` so that every problem is one line with the file, line, column and key, and with
///   "did you mean" for an unknown parameter key (``RuleFileReader/onlyKeys(_:_:_:)``);
/// - document itself (``documentation``) for the generated rule reference and the README table;
/// - carry ``examples`` (passing, failing and unknown profiles, and rejected rule-file values),
///   which one parameterised test runs, so that a new kind needs no test code;
/// - render itself in rule-file syntax that loads back to the same check (``renderedLines``);
/// - list the fields it reads (``fields``), and the checks it is made of (``children``);
/// - compile its evaluation into the flat ``CheckProgram`` (``compile(into:)``): a comparison of a
///   field's length or count, a composition of its children, or a ``CheckPredicate``. Nothing here is
///   called per profile except a predicate's ``CheckPredicate/passes(on:organisation:)``.
protocol CheckKind: Sendable {
    /// The kind's name as written in rule files (`min-length`).
    static var name: String { get }
    /// What the kind takes and when it passes.
    static var documentation: CheckKindDocumentation { get }
    /// Small examples that document the kind and are its tests.
    static var examples: CheckKindExamples { get }

    /// Reads the kind's parameters: `parameters` is the value after `name:`, `path` the key path
    /// of the check in the rule file (`check.all[0].min-length`).
    static func parse(_ parameters: JSONValue, at path: String, reader: RuleFileReader) throws -> Self

    /// Every field the check reads, in order of appearance.
    var fields: [ProfileField] { get }
    /// The checks this one is made of (`all`, `any`, `not`); empty for a leaf.
    var children: [Check] { get }
    /// The check in rule-file syntax, one element per line; loading it gives the same check back.
    var renderedLines: [String] { get }
    /// A one-line rendering in rule-file syntax.
    var summary: String { get }
    /// The node that evaluates this check; children are compiled through `builder`.
    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node
}

extension CheckKind {
    var children: [Check] { [] }
    var summary: String { renderedLines.joined(separator: " ") }
}

/// What a check kind takes and when it passes: a row of the check tables in `Rules/README.md` and
/// `README.md`.
package struct CheckKindDocumentation: Sendable {
    /// The kind's name as written in rule files.
    package var name = ""
    /// What the kind takes, in Markdown (`` `field` (text), `value` ``).
    package var parameters: String
    /// When the check passes, in Markdown.
    package var passes: String
    /// The kinds of field it applies to (the field table's "Checks" column); empty when it reads no field of the rule's choosing.
    package var fieldKinds: [ProfileField.ValueKind]

    init(parameters: String, passes: String, fieldKinds: [ProfileField.ValueKind] = []) {
        self.parameters = parameters
        self.passes = passes
        self.fieldKinds = fieldKinds
    }
}

/// The examples of a check kind, in the style of SwiftLint's triggering and non-triggering examples.
///
/// Checks are written in rule-file syntax (YAML, usually flow style: `min-length: {field: about, value: 5}`),
/// profiles in profilelint's profile JSON, evaluated without an organisation configured.
struct CheckKindExamples: Sendable {
    /// One check and the profiles it passes, fails and cannot tell.
    struct Example: Sendable {
        var check: String
        var passing: [String] = []
        var failing: [String] = []
        var unknown: [String] = []
    }

    /// A rule-file value the loader rejects, and a part of the one-line error it gives.
    struct Rejected: Sendable {
        var check: String
        var error: String
    }

    /// Checks of the kind and their outcomes; the first passes and fails at least one profile each.
    var examples: [Example]
    /// Values the loader rejects.
    var rejected: [Rejected] = []
}
