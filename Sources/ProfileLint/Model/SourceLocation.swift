/// Where in an input a fact came from, so that a finding can point at it.
///
/// For JSON and YAML files this is the value's line and column plus its JSON path; when the
/// field is missing it is the nearest existing parent. For LinkedIn exports it is the CSV file
/// inside the export and the record's line.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The path to show: the input file, or `export/Positions.csv` (`export.zip/Positions.csv` for a ZIP).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars, when known.
    public var column: Int?
    /// A JSON path such as `$.positions[0].description`, or a CSV position such as `row 2, column Description`.
    public var path: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    /// `file:line:column`, leaving out what is not known.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
