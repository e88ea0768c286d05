/// Where in an input a fact came from, so that a finding can point at it: a plain value.
///
/// For JSON and YAML files this is the value's line and column plus its JSON path; when the
/// field is missing it is the nearest existing parent. For LinkedIn exports it is the CSV file
/// inside the export and the record's line. For a profile PDF it is the page and the section (a PDF
/// has no lines a reader can jump to). A location holds no reference to the parsed document:
/// findings, warnings and errors carry it long after the document is gone.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The path to show: the input file, or `export/Positions.csv` (`export.zip/Positions.csv` for a ZIP).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars, when known.
    public var column: Int?
    /// A JSON path such as `$.positions[0].description`, or a CSV position such as `row 2, column Description`.
    public var path: String?
    /// 1-based page of a PDF, when the input has pages rather than lines.
    public var page: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, page: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.page = page
    }

    /// The location of `value`, worked out now; `missing` names a child that is not there (`label`),
    /// for a field reported at its nearest existing parent.
    init(file: String, value: JSONValue, missing: [String] = []) {
        self = SourceAnchor(file: file, value: value, missing: missing).location
    }

    /// `file:line:column`, leaving out what is not known, or `file:page N` for a page of a PDF.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        } else if let page {
            text += ":page \(page)"
        }
        return text
    }
}

/// Where a field was read, as an importer records it: a JSON value's place on its document's tape,
/// worked out into a ``SourceLocation`` only when a finding needs it, or a location already known.
///
/// Recording a field costs two integers and a reference, and only reports resolve: a profile has
/// some thirty fields and a finding names a handful. The anchor keeps the document alive for as
/// long as the profile lives; the locations it resolves to do not.
struct SourceAnchor: Sendable {
    private enum Storage: Sendable {
        case resolved(SourceLocation)
        case json(file: String, document: JSONDocument, node: Int, suffix: String?)
    }

    private let storage: Storage

    init(_ location: SourceLocation) {
        storage = .resolved(location)
    }

    init(file: String, value: JSONValue, missing: [String] = []) {
        storage = .json(file: file, document: value.document, node: value.index,
                        suffix: missing.isEmpty ? nil : missing.map(JSONDocument.member).joined())
    }

    /// The plain location.
    var location: SourceLocation {
        switch storage {
        case .resolved(let location):
            return location
        case .json(let file, let document, let node, let suffix):
            let position = document.lineAndColumn(ofOffset: Int(document.nodes[node].start))
            return SourceLocation(file: file, line: position.line, column: position.column, path: document.path(to: node) + (suffix ?? ""))
        }
    }
}

/// Where each field of a profile (or of one position) was read, keyed by field name.
///
/// Importers record only when asked for full detail (``ImportDetail/full``); a lookup gives the
/// plain ``SourceLocation``, worked out then.
public struct SourceMap: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    private var anchors: [String: SourceAnchor] = [:]

    /// An empty map.
    public init() {}

    public init(dictionaryLiteral elements: (String, SourceLocation)...) {
        for (key, value) in elements { anchors[key] = SourceAnchor(value) }
    }

    /// The location of a field.
    public subscript(key: String) -> SourceLocation? {
        get { anchors[key]?.location }
        set { anchors[key] = newValue.map(SourceAnchor.init) }
    }

    /// Records that `key` was read at `value` (or would be, under `missing`), resolved only when asked.
    mutating func record(_ key: String, file: String, value: JSONValue, missing: [String] = []) {
        anchors[key] = SourceAnchor(file: file, value: value, missing: missing)
    }

    /// Whether a location is recorded for `key`, without working it out.
    public func contains(_ key: String) -> Bool { anchors[key] != nil }

    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool {
        lhs.anchors.count == rhs.anchors.count && lhs.anchors.allSatisfy { key, anchor in rhs.anchors[key]?.location == anchor.location }
    }

    /// The recorded field names.
    public var keys: [String] { Array(anchors.keys) }

    /// The recorded fields and their locations, in no particular order.
    public func makeIterator() -> AnyIterator<(key: String, value: SourceLocation)> {
        var iterator = anchors.makeIterator()
        return AnyIterator { iterator.next().map { ($0.key, $0.value.location) } }
    }
}
