/// One record of a CSV file: its field values and where each of them starts in the file.
///
/// A record usually is one line, but a quoted field may span lines; ``line`` is the physical line
/// the record starts on and ``positions`` give each field's own line and column.
package struct CSVRecord: Sendable, Equatable {
    /// Where a field starts: a 1-based physical line and a 1-based column in Unicode scalars.
    package struct Position: Sendable, Hashable {
        /// 1-based physical line.
        package var line: Int
        /// 1-based column, counted in Unicode scalars (the opening quote of a quoted field).
        package var column: Int

        /// Creates a position.
        package init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// The 1-based physical line the record starts on.
    package var line: Int
    /// The field values, unquoted (`""` inside quotes becomes `"`; line breaks inside quotes are kept).
    package var fields: [String]
    /// Where each field starts, one per field.
    package var positions: [Position]

    /// Creates a record.
    package init(line: Int, fields: [String], positions: [Position]) {
        self.line = line
        self.fields = fields
        self.positions = positions
    }

    /// The field at `index`, or `nil` when the record is shorter.
    package subscript(index: Int) -> String? {
        fields.indices.contains(index) ? fields[index] : nil
    }

    /// Where the field at `index` starts, or `nil` when the record is shorter.
    package func position(of index: Int) -> Position? {
        positions.indices.contains(index) ? positions[index] : nil
    }

    /// Whether every field is empty or white space (such as the `,,,,,` rows of some exports).
    package var isBlank: Bool {
        fields.allSatisfy { $0.trimmingWhitespace().isEmpty }
    }
}
