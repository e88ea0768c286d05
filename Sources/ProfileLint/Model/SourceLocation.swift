/// Where in an input a fact came from, so that a finding can point at it.
///
/// For JSON and YAML files this is the value's line and column plus its JSON path; when the
/// field is missing it is the nearest existing parent. For LinkedIn exports it is the CSV file
/// inside the export and the record's line.
///
/// A location read from a JSON document keeps the document and a byte offset and works out its line
/// and column only when asked, so the many locations recorded while reading a profile cost nothing
/// unless a finding is printed.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The path to show: the input file, or `export/Positions.csv` (`export.zip/Positions.csv` for a ZIP).
    public var file: String
    private var storedPath: String?
    private var storedLine: Int?
    private var storedColumn: Int?
    private var anchor: Anchor?

    private struct Anchor: Sendable {
        let document: JSONDocument
        /// The node on the document's tape.
        let node: Int
        /// Appended to the node's path: the missing child a location stands in for (`.label`).
        let suffix: String?

        var offset: Int { Int(document.nodes[node].start) }
    }

    /// A JSON path such as `$.positions[0].description`, or a CSV position such as `row 2, column Description`.
    public var path: String? {
        get { storedPath ?? anchor.map { $0.document.path(to: $0.node) + ($0.suffix ?? "") } }
        set { resolve(); storedPath = newValue }
    }

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.file = file
        storedPath = path
        storedLine = line
        storedColumn = column
        anchor = nil
    }

    /// The location of `value`, resolved to a line, column and JSON path on demand; `missing` names a
    /// child that is not there (`label`), for a field reported at its nearest existing parent.
    init(file: String, value: JSONValue, missing: [String] = []) {
        self.file = file
        anchor = Anchor(document: value.document, node: value.index, suffix: missing.isEmpty ? nil : missing.map(JSONDocument.member).joined())
    }

    /// 1-based line, when known.
    public var line: Int? {
        get { storedLine ?? anchor.map { $0.document.lineAndColumn(ofOffset: $0.offset).line } }
        set { resolve(); storedLine = newValue }
    }

    /// 1-based column in Unicode scalars, when known.
    public var column: Int? {
        get { storedColumn ?? anchor.map { $0.document.lineAndColumn(ofOffset: $0.offset).column } }
        set { resolve(); storedColumn = newValue }
    }

    private mutating func resolve() {
        guard let anchor else { return }
        let position = anchor.document.lineAndColumn(ofOffset: anchor.offset)
        storedLine = position.line
        storedColumn = position.column
        storedPath = anchor.document.path(to: anchor.node) + (anchor.suffix ?? "")
        self.anchor = nil
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

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.file == rhs.file && lhs.path == rhs.path && lhs.line == rhs.line && lhs.column == rhs.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(column)
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column, path
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file),
                  line: try container.decodeIfPresent(Int.self, forKey: .line),
                  column: try container.decodeIfPresent(Int.self, forKey: .column),
                  path: try container.decodeIfPresent(String.self, forKey: .path))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encodeIfPresent(path, forKey: .path)
    }
}

/// Where each field of a profile (or of one position) was read, keyed by field name.
///
/// A map made with `isRecording == false` ignores writes: batch scoring reports no locations and
/// skips the bookkeeping.
public struct SourceMap: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    private var locations: [String: SourceLocation] = [:]
    /// Whether writes are kept.
    public var isRecording = true

    /// An empty map.
    public init(recording: Bool = true) {
        isRecording = recording
    }

    public init(dictionaryLiteral elements: (String, SourceLocation)...) {
        for (key, value) in elements { locations[key] = value }
    }

    /// The location of a field.
    public subscript(key: String) -> SourceLocation? {
        get { locations[key] }
        set { if isRecording { locations[key] = newValue } }
    }

    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool {
        lhs.locations == rhs.locations
    }

    /// The recorded field names.
    public var keys: [String] { Array(locations.keys) }

    /// The recorded fields and their locations, in no particular order.
    public func makeIterator() -> Dictionary<String, SourceLocation>.Iterator {
        locations.makeIterator()
    }
}
