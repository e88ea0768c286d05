/// One record of a CSV file: its field values and where each of them starts in the file.
///
/// A record usually is one line, but a quoted field may span lines; ``line`` is the physical line
/// the record starts on and ``positions`` give each field's own line and column.
public struct CSVRecord: Sendable, Equatable {
    /// Where a field starts: a 1-based physical line and a 1-based column in Unicode scalars.
    public struct Position: Sendable, Hashable {
        /// 1-based physical line.
        public var line: Int
        /// 1-based column, counted in Unicode scalars (the opening quote of a quoted field).
        public var column: Int

        /// Creates a position.
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// The 1-based physical line the record starts on.
    public var line: Int
    /// The field values, unquoted (`""` inside quotes becomes `"`; line breaks inside quotes are kept).
    public var fields: [String]
    /// Where each field starts, one per field.
    public var positions: [Position]

    /// Creates a record.
    public init(line: Int, fields: [String], positions: [Position]) {
        self.line = line
        self.fields = fields
        self.positions = positions
    }

    /// The field at `index`, or `nil` when the record is shorter.
    public subscript(index: Int) -> String? {
        fields.indices.contains(index) ? fields[index] : nil
    }

    /// Where the field at `index` starts, or `nil` when the record is shorter.
    public func position(of index: Int) -> Position? {
        positions.indices.contains(index) ? positions[index] : nil
    }

    /// Whether every field is empty or white space (such as the `,,,,,` rows of some exports).
    public var isBlank: Bool {
        fields.allSatisfy { $0.trimmingWhitespace().isEmpty }
    }
}
