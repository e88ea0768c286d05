import Foundation

extension Check {
    /// The check in rule-file syntax over several lines, as it would be written in a rule's
    /// `check:` mapping (used by `profilelint explain` and the rule reference); loading the
    /// rendering gives the same check back.
    public var rendered: String {
        renderedLines.joined(separator: "\n")
    }

    var renderedLines: [String] {
        switch self {
        case .present(let field): ["present: \(field.rawValue)"]
        case .minLength(let field, let value): ["min-length: {field: \(field.rawValue), value: \(value)}"]
        case .maxLength(let field, let value): ["max-length: {field: \(field.rawValue), value: \(value)}"]
        case .minCount(let field, let value): ["min-count: {field: \(field.rawValue), value: \(value)}"]
        case .maxCount(let field, let value): ["max-count: {field: \(field.rawValue), value: \(value)}"]
        case .minValue(let field, let value): ["min-value: {field: \(field.rawValue), value: \(value)}"]
        case .maxValue(let field, let value): ["max-value: {field: \(field.rawValue), value: \(value)}"]
        case .pattern(let field, let regex): ["pattern: {field: \(field.rawValue), regex: \(Self.yamlScalar(regex.source))}"]
        case .notPattern(let field, let regex): ["not-pattern: {field: \(field.rawValue), regex: \(Self.yamlScalar(regex.source))}"]
        case .differsFrom(let field, let other): ["differs-from: {field: \(field.rawValue), other: \(other.rawValue)}"]
        case .all(let checks): ["all:"] + checks.flatMap(Self.listItem)
        case .any(let checks): ["any:"] + checks.flatMap(Self.listItem)
        case .not(let check): ["not:"] + check.renderedLines.map { "  " + $0 }
        case .employerNamed(let field):
            field == .currentPositionCompany ? ["employer-named:"] : ["employer-named: {field: \(field.rawValue)}"]
        case .groupsJoined(let minimum): minimum == 1 ? ["groups-joined:"] : ["groups-joined: {min: \(minimum)}"]
        case .explained(let check, let message):
            check.renderedLines + ["message: {" + message.languages.map {
                "\($0.rawValue): " + JSONOutput.string(message.text(in: $0)).rendered(pretty: false)
            }.joined(separator: ", ") + "}"]
        }
    }

    static func listItem(_ check: Check) -> [String] {
        check.renderedLines.enumerated().map { $0.offset == 0 ? "  - " + $0.element : "    " + $0.element }
    }

    /// A YAML scalar that reads back as `text` exactly: single-quoted (no escapes, so regular
    /// expressions stay readable) unless it holds control characters, then double-quoted.
    static func yamlScalar(_ text: String) -> String {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return JSONOutput.string(text).rendered(pretty: false)
        }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
