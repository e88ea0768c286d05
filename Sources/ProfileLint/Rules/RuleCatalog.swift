/// Describes loaded rules to people: the table of `profilelint rules`, its JSON form, and the
/// full explanation of one rule for `profilelint explain`.
///
/// Like the reporters it only builds text; the front end prints it.
public struct RuleCatalog: Sendable {
    /// The rules described, in load order.
    public var rules: [Rule]

    /// Creates a catalog of `rules`.
    public init(_ rules: [Rule]) {
        self.rules = rules
    }

    /// The rule with `id`.
    ///
    /// - Throws: ``ProfileLintError/unknownRule(id:suggestion:)`` naming the closest id when there is none.
    public func rule(_ id: String) throws -> Rule {
        if let rule = rules.first(where: { $0.id == id }) { return rule }
        throw ProfileLintError.unknownRule(id: id, suggestion: id.closest(in: rules.map(\.id)))
    }

    /// One line per rule: id, severity, weight, All-Star criterion and description, in columns.
    public func table() -> String {
        let header = ["RULE", "SEVERITY", "WEIGHT", "ALL-STAR", "DESCRIPTION"]
        let rows = rules.map { [$0.id, $0.severity.rawValue, String($0.weight), $0.allStar ? "yes" : "no", $0.description] }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                switch column {
                case cells.count - 1: text += cell
                case 2: text += padding + cell + "  " // numbers align right
                default: text += cell + padding + "  "
                }
            }
            return text + "\n"
        }
        var output = line(header)
        for row in rows { output += line(row) }
        let total = rules.reduce(0) { $0 + $1.weight }
        output += "\n\(rules.count) rules, total weight \(total). Run 'profilelint explain <rule>' for the details of one.\n"
        return output
    }

    /// The rules as JSON: `{"rules": [{id, name, severity, weight, all_star, description, rationale, help}]}`.
    public func json() -> String {
        JSONOutput.object([
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("name", .string(rule.name)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("weight", .int(rule.weight)),
                    ("all_star", .bool(rule.allStar)),
                    ("description", .string(rule.description)),
                    ("rationale", .string(rule.rationale)),
                    ("help", .string(rule.helpURL)),
                ])
            })),
        ]).rendered() + "\n"
    }

    /// Everything about `rule`: what it checks and why, how it scores, the check in rule-file
    /// syntax, its message and suggestion in `language`, and its examples as compact JSON.
    public func explanation(of rule: Rule, language: ReportLanguage) -> String {
        var output = "\(rule.id): \(rule.name)\n\n"
        output += Self.wrap(rule.description, indent: "") + "\n\n"
        output += "Why it matters:\n" + Self.wrap(rule.rationale, indent: "  ") + "\n\n"
        output += "Severity:  \(rule.severity.rawValue)\n"
        output += "Weight:    \(rule.weight) " + (rule.weight == 1 ? "point" : "points") + "\n"
        output += "All-Star:  " + (rule.allStar ? "yes, one of LinkedIn's All-Star criteria" : "no") + "\n"
        output += "Help:      \(rule.helpURL)\n\n"
        output += "Check:\n" + rule.check.rendered.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        output += "Message (\(language.rawValue)):    \(rule.message.text(in: language))\n"
        output += "Suggestion (\(language.rawValue)): \(rule.suggestion.text(in: language))\n\n"
        output += "Examples:\n"
        let examples = [("passes: ", rule.examples.passing), ("fails:  ", rule.examples.failing), ("unknown:", rule.examples.unknown)]
        for (label, values) in examples {
            for value in values { output += "  \(label) \(JSONOutput(value).rendered(pretty: false))\n" }
        }
        return output
    }

    /// `text` word-wrapped at 88 columns, each line starting with `indent`.
    static func wrap(_ text: String, indent: String, width: Int = 88) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if !current.isEmpty, indent.count + current.count + 1 + word.count > width {
                lines.append(indent + current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines.joined(separator: "\n")
    }
}
