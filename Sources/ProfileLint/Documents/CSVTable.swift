/// A CSV file split into an optional preamble, a header row and data rows, with lookups by column name.
///
/// Header names are compared without surrounding white space and ignoring case. Every column is
/// kept, including empty names (a trailing comma) and repeated names (LinkedIn's `Ad_Targeting.csv`
/// repeats `Job Titles` and `Company Names`): a lookup by name returns the first column of that name,
/// and ``values(_:in:)`` returns the values of all of them. Rows shorter or longer than the header are
/// accepted: missing fields read as empty, extra fields are ignored by name lookups.
package struct CSVTable: Sendable {
    /// The path shown in locations, such as `export/Positions.csv` or `export.zip/Folder/Positions.csv`.
    package let file: String
    /// Records before the header (such as the `Notes:` lines that open `Connections.csv`).
    package let preamble: [CSVRecord]
    /// The header row, or `nil` when the file holds no record that looks like one.
    package let header: CSVRecord?
    /// The records after the header, including blank ones.
    package let rows: [CSVRecord]
    /// The header's column names, trimmed.
    package let columnNames: [String]
    /// The column names lowercased, for lookups.
    private let keys: [String]

    /// Splits `records` at the first record for which `isHeader` is true (by default the first record).
    package init(records: [CSVRecord], file: String, isHeader: (CSVRecord) -> Bool = { _ in true }) {
        self.file = file
        if let index = records.firstIndex(where: isHeader) {
            preamble = Array(records[..<index])
            header = records[index]
            rows = Array(records[(index + 1)...])
        } else {
            preamble = records
            header = nil
            rows = []
        }
        columnNames = header?.fields.map { $0.trimmingWhitespace() } ?? []
        keys = columnNames.map { $0.lowercased() }
    }

    /// The index of the first column called `name`, or `nil` when there is none.
    package func column(named name: String) -> Int? {
        let wanted = name.lowercased()
        return keys.firstIndex(of: wanted)
    }

    /// The indices of every column called `name`, in order.
    package func columns(named name: String) -> [Int] {
        let wanted = name.lowercased()
        return keys.indices.filter { keys[$0] == wanted }
    }

    /// Whether the header has a column called `name`.
    package func hasColumn(_ name: String) -> Bool {
        column(named: name) != nil
    }

    /// The value of the first column called `name` in `row`: `nil` when there is no such column, empty
    /// when the row is too short to have it.
    package func value(_ name: String, in row: CSVRecord) -> String? {
        guard let index = column(named: name) else { return nil }
        return row[index] ?? ""
    }

    /// The values of every column called `name` in `row`, in order (empty for fields the row lacks).
    package func values(_ name: String, in row: CSVRecord) -> [String] {
        columns(named: name).map { row[$0] ?? "" }
    }

    // MARK: - Locations

    /// The header line, or the file itself when there is no header.
    package var headerLocation: SourceLocation {
        guard let header else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: header.line, column: 1)
    }

    /// The start of the data row at `index` (0-based in ``rows``), labelled `row N` (1-based).
    package func location(ofRow index: Int) -> SourceLocation {
        guard rows.indices.contains(index) else { return headerLocation }
        return SourceLocation(file: file, line: rows[index].line, column: 1, path: "row \(index + 1)")
    }

    /// Where the field of column `name` is in the data row at `index`, labelled `row N, column Name`.
    ///
    /// When the header has no such column this is the header line (where the column would be); when
    /// the row is too short it is the row's start.
    package func location(of name: String, inRow index: Int) -> SourceLocation {
        let path = "row \(index + 1), column \(name)"
        guard rows.indices.contains(index) else { return labelled(headerLocation, "column \(name)") }
        guard let column = column(named: name) else { return labelled(headerLocation, path) }
        let row = rows[index]
        guard let position = row.position(of: column) else {
            return SourceLocation(file: file, line: row.line, column: 1, path: path)
        }
        return SourceLocation(file: file, line: position.line, column: position.column, path: path)
    }

    /// Where column `name` is in the header (the header line when there is no such column).
    package func location(ofColumn name: String) -> SourceLocation {
        guard let header, let column = column(named: name), let position = header.position(of: column) else {
            return labelled(headerLocation, "column \(name)")
        }
        return SourceLocation(file: file, line: position.line, column: position.column, path: "column \(name)")
    }

    private func labelled(_ location: SourceLocation, _ path: String) -> SourceLocation {
        var location = location
        location.path = path
        return location
    }
}
