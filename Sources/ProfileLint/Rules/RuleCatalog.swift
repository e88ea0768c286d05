import Foundation

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

    /// One line per rule: id, category, severity, weight, All-Star criterion and description, in columns, labelled in `language`.
    public func table(language: ReportLanguage = .english) -> String {
        let catalog = language.catalog
        let header = [MessageID.columnRule, .columnCategory, .columnSeverity, .columnWeight, .columnAllStar, .columnDescription].map { catalog.text($0) }
        let rows = rules.map {
            [$0.id, $0.category.name(in: language), Self.severity($0.severity, catalog), String($0.weight), catalog.text($0.allStar ? .yes : .no), $0.description.text(in: language)]
        }
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
                case 3: text += padding + cell + "  " // numbers align right
                default: text += cell + padding + "  "
                }
            }
            return text + "\n"
        }
        var output = line(header)
        for row in rows { output += line(row) }
        let total = rules.reduce(0) { $0 + $1.weight }
        output += "\n" + catalog.text(one: .rulesFooterOne, other: .rulesFooterOther, count: rules.count, ["weight": String(total)]) + "\n"
        return output
    }

    static func severity(_ severity: Severity, _ catalog: MessageCatalog) -> String {
        switch severity {
        case .error: catalog.text(.severityError)
        case .warning: catalog.text(.severityWarning)
        case .info: catalog.text(.severityInfo)
        }
    }

    /// The rules as JSON: `{"rules": [{id, name, category, severity, weight, all_star, description, rationale, help}]}`,
    /// with the texts in `language`.
    public func json(language: ReportLanguage = .english) -> String {
        JSONOutput.object([
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("name", .string(rule.name.text(in: language))),
                    ("category", .string(rule.category.rawValue)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("weight", .int(rule.weight)),
                    ("all_star", .bool(rule.allStar)),
                    ("description", .string(rule.description.text(in: language))),
                    ("rationale", .string(rule.rationale.text(in: language))),
                    ("help", .string(rule.helpURL)),
                ])
            })),
        ]).rendered() + "\n"
    }

    /// Everything about `rule`: what it checks and why, how it scores, the check in rule-file
    /// syntax, its message and suggestion in `language`, and its examples as compact JSON, labelled in `language`.
    public func explanation(of rule: Rule, language: ReportLanguage) -> String {
        let catalog = language.catalog
        func column(_ labels: [String], extra: Int) -> [String] {
            let width = labels.map(\.count).max() ?? 0
            return labels.map { $0.padding(toLength: width + extra, withPad: " ", startingAt: 0) }
        }
        var output = "\(rule.id): \(rule.name.text(in: language))\n\n"
        output += Self.wrap(rule.description.text(in: language), indent: "") + "\n\n"
        output += catalog.text(.explainWhy) + "\n" + Self.wrap(rule.rationale.text(in: language), indent: "  ") + "\n\n"
        let facts = column([MessageID.explainCategory, .explainSeverity, .explainWeight, .explainAllStar, .explainHelp].map { catalog.text($0) }, extra: 2)
        output += facts[0] + rule.category.name(in: language) + "\n"
        output += facts[1] + Self.severity(rule.severity, catalog) + "\n"
        output += facts[2] + catalog.text(one: .weightOne, other: .weightOther, count: rule.weight) + "\n"
        output += facts[3] + catalog.text(rule.allStar ? .explainAllStarYes : .no) + "\n"
        output += facts[4] + rule.helpURL + "\n\n"
        output += catalog.text(.explainCheck) + "\n" + rule.check.rendered.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        let texts = column([catalog.text(.explainMessage, ["language": language.rawValue]), catalog.text(.explainSuggestion, ["language": language.rawValue])], extra: 1)
        output += texts[0] + rule.message.text(in: language) + "\n"
        output += texts[1] + rule.suggestion.text(in: language) + "\n\n"
        output += catalog.text(.explainExamples) + "\n"
        let labels = column([MessageID.explainPasses, .explainFails, .explainUnknown].map { catalog.text($0) }, extra: 0)
        let examples = [(labels[0], rule.examples.passing), (labels[1], rule.examples.failing), (labels[2], rule.examples.unknown)]
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
