/// One input format: recognises its inputs by their content and reads them into profiles.
///
/// Every importer is listed once in ``ProfileImporters``, whose detector is the only place that
/// decides what an input is: `check`, `batch` and any other front end ask it, never the importers
/// one by one.
///
/// What an implementation must do:
/// - Name its format with ``identifier``, the `--input-format` name and the `format` shown in
///   reports, unique in the registry; and give the format a name in code in its own file
///   (`extension InputFormat { static var myFormat: InputFormat { InputFormat(MyImporter.self) } }`).
/// - Recognise its inputs in ``detects(_:)`` from their content alone: the first bytes of a file (its
///   name only as a hint, as `.jsonl` is), or for a folder its listing and the first line of the files
///   it recognises. Detection must be cheap (no full parse) and must never claim an input another
///   format owns; the registry asks importers in its order and takes the first that says yes.
/// - Read an input in ``read(_:options:)`` into one outcome per profile, each bad profile its own
///   one-line ``ProfileLintError``, never a crash and never a lost neighbour. It must also read an
///   input it did not detect when the user forces its format (`--input-format`), and refuse it with
///   one clear line when it cannot.
/// - Stay within ``ImportOptions/limits`` and honour ``ImportOptions/detail``.
///
/// A format whose profiles are JSON values (and so can sit in a JSON array or a JSON Lines file)
/// conforms to ``JSONProfileImporter`` instead, and gets ``read(_:options:)`` for free.
package protocol ProfileImporter: Sendable {
    /// The format's identifier, as in `--input-format json-resume`.
    static var identifier: String { get }

    /// The format this importer reads (given by the protocol; never implement it).
    var format: InputFormat { get }

    /// Whether `input` is in this format, judged by its content.
    func detects(_ input: ImportInput) -> Bool

    /// Every profile in `input`, or the errors that kept them from being read.
    func read(_ input: ImportInput, options: ImportOptions) -> [InputOutcome]

    /// This importer as a JSON format, or `nil` (given by the protocols; never implement it).
    var asJSONFormat: (any JSONProfileImporter)? { get }
}

extension ProfileImporter {
    /// The format of this importer's type.
    public var format: InputFormat { InputFormat(Self.self) }

    /// Not a JSON format.
    package var asJSONFormat: (any JSONProfileImporter)? { nil }
}

/// An importer of a format whose profile is one JSON object, found alone in a file, in a JSON array
/// or on a line of JSON Lines.
///
/// Such a format is recognised on the parsed value (``matches(_:)``), not on the bytes: the
/// containers (a JSON document, ``JSONLinesReader``) parse first and ask ``ProfileImporters`` which
/// JSON format each value is in.
package protocol JSONProfileImporter: ProfileImporter {
    /// How much of a profile to read; the containers set it from ``ImportOptions/detail``.
    var detail: ImportDetail { get set }

    /// Whether `value` is a profile in this format (cheap: looks at its keys, decodes nothing).
    static func matches(_ value: JSONValue) -> Bool

    /// Reads one profile from `value`; `file` is the path shown in diagnostics.
    func importProfile(from value: JSONValue, file: String) throws -> Profile

    /// ``matches(_:)``, called on an importer (given by the protocol; never implement it).
    func recognises(_ value: JSONValue) -> Bool

    /// ``importProfile(from:file:)`` with `detail` (given by the protocol; never implement it).
    func importProfile(from value: JSONValue, file: String, detail: ImportDetail) throws -> Profile
}

extension JSONProfileImporter {
    /// This importer: a JSON format.
    public var asJSONFormat: (any JSONProfileImporter)? { self }

    /// Whether `value` is in this format (an instance call: no look-up of the dynamic type).
    package func recognises(_ value: JSONValue) -> Bool { Self.matches(value) }

    /// Reads one profile with `detail`.
    package func importProfile(from value: JSONValue, file: String, detail: ImportDetail) throws -> Profile {
        var importer = self
        importer.detail = detail
        return try importer.importProfile(from: value, file: file)
    }

    /// JSON values are recognised inside a parsed document, never on raw bytes.
    public func detects(_ input: ImportInput) -> Bool { false }

    /// Reads a JSON document holding one profile or an array of profiles, all in this format.
    public func read(_ input: ImportInput, options: ImportOptions) -> [InputOutcome] {
        switch input {
        case .bytes(let bytes, let display):
            JSONDocumentReader(options: options).read(bytes, display: display, as: self)
        case .folder(let folder):
            [.failure(.folderGiven(folder.display, for: format))]
        }
    }
}

/// What an importer is handed: the bytes of one file (or of standard input, or of an upload held in
/// memory), or a folder on disk.
package enum ImportInput: Sendable {
    /// Bytes in memory; `display` names them in reports (a path, `<stdin>`, an upload's file name).
    case bytes([UInt8], display: String)
    /// A folder, with its listing.
    case folder(FolderInput)
}

/// A folder handed to the importers: where it is, how it is shown, and what it holds.
package struct FolderInput: Sendable {
    /// The path to open.
    public var path: String
    /// The path shown in reports (without a trailing `/`).
    public var display: String
    /// The names of its entries (files and folders, hidden ones included), in no particular order.
    public var names: [String]

    /// Creates a folder input from a listing already made.
    public init(path: String, display: String, names: [String]) {
        self.path = path
        var shown = display
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        self.display = shown
        self.names = names
    }

    /// Lists the folder at `path`, or `nil` when it cannot be listed.
    public init?(path: String, display: String) {
        guard let names = InputFile.names(inFolder: path) else { return nil }
        self.init(path: path, display: display, names: names)
    }

    /// The full path of the entry `name`.
    func path(of name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }
}

/// How importers read: limits, level of detail, and a format forced by the user.
public struct ImportOptions: Sendable {
    /// Limits for hostile input.
    public var limits: Limits
    /// How much of each profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail
    /// A format to use instead of detection (`--input-format`).
    public var forcedFormat: InputFormat?

    /// Creates options.
    public init(limits: Limits = .default, detail: ImportDetail = .full, forcedFormat: InputFormat? = nil) {
        self.limits = limits
        self.detail = detail
        self.forcedFormat = forcedFormat
    }
}

extension ProfileLintError {
    /// A folder handed to a format that reads files only (possible only when the format is forced).
    static func folderGiven(_ display: String, for format: InputFormat) -> ProfileLintError {
        .unrecognisedFormat(path: display, expected: CatalogMessage(.expectedFileNotFolder, ["format": .text(format.rawValue)]))
    }
}

extension ImportInput {
    /// How the input is shown in reports.
    public var display: String {
        switch self {
        case .bytes(_, let display): display
        case .folder(let folder): folder.display
        }
    }
}

extension Array where Element == UInt8 {
    /// The index of the first byte after a UTF-8 byte order mark and any blanks (space, tab, CR, LF).
    var firstNonWhitespace: Int {
        var index = starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < count, self[index] == 0x20 || self[index] == 0x09 || self[index] == 0x0A || self[index] == 0x0D { index += 1 }
        return index
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
