/// A check kind that compares one measure of a field with a bound given as
/// `{field: F, value: N}`: `min-length`, `max-count`, `min-value` and the others.
///
/// A kind only says what it measures, of which kind of field, and in which direction; parsing,
/// rendering and compiling are shared here.
protocol BoundedCheckKind: CheckKind {
    /// The kind of field the check accepts.
    static var valueKind: ProfileField.ValueKind { get }
    /// What it reads of the field.
    static var measure: CheckProgram.Measure { get }
    /// Whether the measure must be at most the bound (else at least).
    static var isMaximum: Bool { get }

    var field: ProfileField { get }
    var bound: Int { get }
    init(field: ProfileField, bound: Int)
}

extension BoundedCheckKind {
    static func parse(_ parameters: JSONValue, at path: String, reader: RuleFileReader) throws -> Self {
        let (field, bound) = try reader.bounded(parameters, path, kind: valueKind)
        return Self(field: field, bound: bound)
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] { ["\(Self.name): {field: \(field.rawValue), value: \(bound)}"] }

    /// A maximum passes an absent field; a minimum only when it asks for nothing.
    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        Self.isMaximum
            ? .atMost(field, Self.measure, bound, whenAbsent: true)
            : .atLeast(field, Self.measure, bound, whenAbsent: bound <= 0)
    }
}
