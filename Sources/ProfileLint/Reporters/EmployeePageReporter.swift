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

    /// The page for `record`, written to the employee ("you"): every paragraph and list its own block, so no two
    /// lines run together in a Markdown viewer, and profile text escaped for Markdown (not for HTML).
    public func page(_ record: EmployeeRecord) -> String {
        let strings = ReportStrings(language)
        let catalog = strings.catalog
        // Blocks are separated by a blank line; a list is one block of lines.
        var blocks = ["# " + Markdown.escape(record.name ?? record.id)]
        if let department = record.department { blocks.append(catalog.text(.pageDepartment, ["department": Markdown.escape(department)])) }
        switch record.status {
        case .missing:
            blocks.append(catalog.text(.pageMissingProfile))
        case .error:
            blocks.append(catalog.text(.pageUnreadable, ["reason": Markdown.escape(record.error?.message(in: language) ?? "")]))
        case .scored:
            guard let report = record.report else { break }
            switch report.assessment.standing {
            case .assessable: blocks.append(catalog.text(.pageScore, ["score": "**\(report.score)/100** (\(strings.level(report.level)))"]))
            case .partly: blocks.append(catalog.text(.pageScore, ["score": "**\(report.score)/100** (\(catalog.text(.partlyAssessable)))"]))
            case .none: blocks.append(catalog.text(.pageNothingChecked, ["unknown": String(report.assessment.totalRules)]))
            }
            let categories = strings.categories(report.categories)
            if report.assessment.hasScore, !categories.isEmpty { blocks.append(categories) }
            if report.suggestions.isEmpty {
                blocks.append(report.assessment.standing == .assessable && report.assessment.checkedRules == report.assessment.totalRules
                              ? strings.noSuggestions : catalog.text(.nothingToImproveInChecked))
            } else {
                blocks.append("## " + catalog.text(.pageSuggestionsHeading))
                blocks.append(report.suggestions.enumerated().map { index, suggestion in
                    "\(index + 1). " + strings.suggestion("**\(strings.points(suggestion.gain))**", Markdown.escape(suggestion.text))
                }.joined(separator: "\n"))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}

/// Markdown escaping for text taken from profiles.
enum Markdown {
    /// `text` on one line with CommonMark's metacharacters backslash-escaped, so it shows as written.
    ///
    /// Markdown is not HTML: `&` stays `&` (`Data & IT`, `R&D`), unless it starts an entity such as `&amp;`; `<` is
    /// escaped so it cannot open a tag or an autolink. `>` and `!` only mean something at the start of a line or before
    /// `[`, which the escaped `[` already covers.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "~", "[", "]", "#", "|", "<": output += "\\" + String(character)
            case "\n", "\r\n", "\r", "\t": output += " "
            case "&" where startsEntity(characters[(index + 1)...]): output += "\\&"
            default: output.append(character)
            }
        }
        return output
    }

    /// Whether the characters after an `&` would make it an entity reference (`amp;`, `#38;`, `#x26;`).
    static func startsEntity(_ rest: ArraySlice<Character>) -> Bool {
        let afterHash = rest.first == "#" ? rest.dropFirst() : rest
        let name = afterHash.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return !name.isEmpty && afterHash.dropFirst(name.count).first == ";"
    }
}
