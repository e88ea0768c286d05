import Foundation

extension Check {
    /// The check in rule-file syntax over several lines, as it would be written in a rule's
    /// `check:` mapping (used by `profilelint explain` and the rule reference); loading the
    /// rendering gives the same check back.
    public var rendered: String {
        renderedLines.joined(separator: "\n")
    }

    /// The kind's lines, then the check's own message.
    var renderedLines: [String] {
        guard let message else { return kind.renderedLines }
        return kind.renderedLines + ["message: {" + message.languages.map {
            "\($0.rawValue): " + JSONOutput.string(message.text(in: $0)).rendered(pretty: false)
        }.joined(separator: ", ") + "}"]
    }

    /// The check as an item of a YAML list (for `all` and `any`).
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
