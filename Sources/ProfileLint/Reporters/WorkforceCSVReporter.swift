import Foundation

/// The batch `csv` format: one row per employee, for mail merge.
///
/// The last column, `ambassador`, is `yes` for an employee who meets every criterion of an internal
/// ambassador, `no` for one the roster excludes (`ambassador: no`), and empty otherwise; rows are written
/// as the batch runs, before coaches are chosen, so the coaching pairs are in the other formats.
///
/// Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) are prefixed with `'`, so profile text can never run in HR's spreadsheet.
public struct WorkforceCSVReporter: StreamingWorkforceReporter {
    public static let identifier = "csv"
    public static let description = "for mail merge"
    public static let fileExtensions = ["csv"]
    /// Rows of employees and nothing else.
    public static let isOnlyPerEmployee = true

    /// The columns, in order.
    public static let columns = [
        "employee_id", "name", "department", "status", "score", "level", "completeness_score", "quality_score", "organisation_score",
        "potential_gain",
        "suggestion_1", "gain_1", "suggestion_2", "gain_2", "suggestion_3", "gain_3", "source", "error", "ambassador",
    ]

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter; it has no options (the columns are the same in every language).
    public init(options: ReporterOptions) { self.init() }

    /// The header row.
    public var header: String { Self.columns.joined(separator: ",") + "\r\n" }

    /// The header row, written before the batch runs: rows go out as jobs finish.
    package var head: StreamedHead { .fixed(header) }
    /// Rows end in CRLF and need nothing between them.
    public var separator: String { "" }
    /// Nothing follows the last row.
    public var tail: String { "" }

    /// Appends one employee's row.
    package func appendEntry(_ record: EmployeeRecord, to output: ByteBuffer) {
        output.append(row(record))
    }

    /// One employee's row, ending in CRLF (RFC 4180).
    public func row(_ record: EmployeeRecord) -> String {
        let suggestions = record.report?.suggestions ?? []
        // The gain has its own column: a leading `+` in the text would be taken for a formula and escaped.
        func suggestion(_ index: Int) -> String { index < suggestions.count ? suggestions[index].text : "" }
        func gain(_ index: Int) -> String { index < suggestions.count ? String(suggestions[index].gain) : "" }
        func categoryScore(_ category: RuleCategory) -> String {
            guard let score = record.report?.categories[category].score else { return "" }
            return String(score)
        }
        let cells: [String] = [
            record.id, record.name ?? "", record.department ?? "", record.status.rawValue,
            record.report.map { String($0.score) } ?? "", record.report?.level.rawValue ?? "",
            categoryScore(.completeness), categoryScore(.quality), categoryScore(.organisation),
            record.report.map { String($0.potentialGain) } ?? "",
            suggestion(0), gain(0), suggestion(1), gain(1), suggestion(2), gain(2), record.source, record.error?.message(in: .english) ?? "",
            record.excludedAsAmbassador ? "no" : record.ambassadorGroup == nil ? "" : "yes",
        ]
        return cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    /// A cell, neutralised against formula injection and quoted when needed.
    public static func cell(_ value: String) -> String {
        guard let first = value.utf8.first else { return "" }
        // `=`, `+`, `-`, `@`, tab and carriage return start formulas in spreadsheets.
        let isFormula = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        var needsQuotes = false
        var hasQuote = false
        for byte in value.utf8 {
            switch byte {
            case 0x2C, 0x0A, 0x0D: needsQuotes = true
            case 0x22: needsQuotes = true; hasQuote = true
            default: continue
            }
        }
        let text = isFormula ? "'" + value : value
        guard needsQuotes else { return text }
        return "\"" + (hasQuote ? text.replacingOccurrences(of: "\"", with: "\"\"") : text) + "\""
    }
}
