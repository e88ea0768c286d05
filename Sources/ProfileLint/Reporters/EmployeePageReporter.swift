import Foundation

/// `--per-employee DIR`: one short Markdown page of suggestions per employee.
public struct EmployeePageReporter: Sendable {
    /// The language of the page.
    public var language: ReportLanguage

    /// Creates the reporter.
    public init(language: ReportLanguage) {
        self.language = language
    }

    /// A file name for the employee: the id with anything but letters, digits, `-`, `_` and `.` replaced.
    public static func fileName(for record: EmployeeRecord) -> String {
        let safe = String(record.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        let trimmed = safe.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return (trimmed.isEmpty ? "employee" : String(trimmed.prefix(120))) + ".md"
    }

    /// The page for `record`.
    public func page(_ record: EmployeeRecord) -> String {
        let strings = ReportStrings(language)
        let catalog = strings.catalog
        var lines = ["# " + Markdown.escape(record.name ?? record.id), ""]
        if let department = record.department { lines.append(catalog.text(.pageDepartment, ["department": Markdown.escape(department)])) }
        switch record.status {
        case .missing:
            lines.append(catalog.text(.pageMissingProfile))
        case .error:
            lines.append(catalog.text(.pageUnreadable, ["reason": Markdown.escape(record.error?.message ?? "")]))
        case .scored:
            guard let report = record.report else { break }
            switch report.assessment.standing {
            case .assessable: lines.append(catalog.text(.pageScore, ["score": "**\(report.score)/100** (\(strings.level(report.level)))"]))
            case .partly: lines.append(catalog.text(.pageScore, ["score": "**\(report.score)/100** (\(catalog.text(.partlyAssessable)))"]))
            case .none: lines.append(catalog.text(.nothingChecked, ["unknown": String(report.assessment.totalRules)]))
            }
            lines.append("")
            if report.suggestions.isEmpty {
                lines.append(report.assessment.standing == .assessable && report.assessment.checkedRules == report.assessment.totalRules
                             ? strings.noSuggestions : catalog.text(.nothingToImproveInChecked))
            } else {
                lines.append("## " + catalog.text(.pageSuggestionsHeading))
                lines.append("")
                for (index, suggestion) in report.suggestions.enumerated() {
                    lines.append("\(index + 1). " + strings.suggestion("**\(strings.points(suggestion.gain))**", Markdown.escape(suggestion.text)))
                }
            }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}

/// Markdown escaping for text taken from profiles.
enum Markdown {
    /// `text` with Markdown and HTML metacharacters escaped, on one line.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!": output += "\\" + String(character)
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\n", "\r": output += " "
            default: output.append(character)
            }
        }
        return output
    }
}
