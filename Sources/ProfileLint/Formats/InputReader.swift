import Foundation

/// A profile read from an input, with where it came from.
public struct ProfileInput: Sendable {
    /// The profile.
    public var profile: Profile
    /// The source as shown in reports: the path, or `path:line` for one record of a JSON Lines file.
    public var source: String
    /// The format it was read as.
    public var format: InputFormat

    /// Creates an input.
    public init(profile: Profile, source: String, format: InputFormat) {
        self.profile = profile
        self.source = source
        self.format = format
    }

    /// The input taken apart, for a caller that hands the profile on (see `BatchRunner.record`).
    consuming func parts() -> (profile: Profile, source: String, format: InputFormat) {
        (profile, source, format)
    }
}

/// One profile, or the error that kept one input (or one record of it) from being read.
public typealias InputOutcome = Result<ProfileInput, ProfileLintError>

/// Reads profiles from paths, detecting each input's format by its content.
///
/// A file may hold several profiles (JSON Lines, a JSON array); each bad record becomes its own
/// error and never loses the others. Inputs are opened read-only.
public struct InputReader: Sendable {
    /// Limits for hostile input.
    public var limits: Limits
    /// A format to use instead of detection.
    public var forcedFormat: InputFormat?
    /// How much of each profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail

    /// Creates a reader.
    public init(limits: Limits = .default, forcedFormat: InputFormat? = nil, detail: ImportDetail = .full) {
        self.limits = limits
        self.forcedFormat = forcedFormat
        self.detail = detail
    }

    /// What detection accepts, for "unrecognised input" errors.
    static let expectedFormats = "profilelint profile JSON or YAML (keys such as headline, positions), JSON Resume (basics, work), JSON Lines of either, or a LinkedIn data export (ZIP or folder)"

    /// Reads every profile at `path` (a file, an export folder or ZIP, or `-` for standard input);
    /// `display` is how the path is shown in reports (default: as given).
    public func read(path: String, display: String? = nil) -> [InputOutcome] {
        let shown = display ?? (path == "-" ? "<stdin>" : path)
        do {
            let bytes: [UInt8]
            if path == "-" {
                bytes = try readStandardInput()
            } else if let file = try InputFile.readFileOrFolder(path, display: shown, limits: limits) {
                bytes = file
            } else {
                return [readExportFolder(path, display: shown)]
            }
            return read(bytes: bytes, display: shown, path: path)
        } catch let error as ProfileLintError {
            return [.failure(error)]
        } catch {
            return [.failure(.unreadable(path: path, reason: "\(error)"))]
        }
    }

    private func readStandardInput() throws -> [UInt8] {
        // At most one byte over the limit: `cat /dev/zero | profilelint check -` must not fill the memory.
        let data = try FileHandle.standardInput.read(upToCount: limits.maximumFileSize + 1) ?? Data()
        guard data.count <= limits.maximumFileSize else {
            throw ProfileLintError.limitExceeded(path: "<stdin>", reason: "input is larger than the limit of \(ByteCount(limits.maximumFileSize)) (limits.max_file_size)")
        }
        return [UInt8](data)
    }

    /// Reads profiles from bytes already in memory; `display` names them in reports.
    public func read(bytes: [UInt8], display: String, path: String? = nil) -> [InputOutcome] {
        let format = forcedFormat ?? detect(bytes, display: display)
        switch format {
        case .linkedInExport:
            guard bytes.starts(with: [0x50, 0x4B]) else {
                return [.failure(.unrecognisedFormat(path: display, expected: "a LinkedIn data export ZIP archive"))]
            }
            return [readExportArchive(bytes: bytes, display: display, path: path)]
        case .profileYAML:
            return [Result { try readYAMLProfile(bytes, display: display) }.mapError(Self.asProfileLintError)]
        case .jsonLines:
            return JSONLinesReader(limits: limits, forcedFormat: forcedFormat == .jsonLines ? nil : forcedFormat, detail: detail)
                .read(bytes: bytes, display: display)
        case .profile, .jsonResume, nil:
            return readJSON(bytes, display: display, forced: format)
        }
    }

    static func asProfileLintError(_ error: any Error) -> ProfileLintError {
        (error as? ProfileLintError) ?? .unreadable(path: "?", reason: "\(error)")
    }

    /// Detects the format from the first bytes: ZIP magic, JSON Lines, YAML, or JSON (resolved after parsing).
    func detect(_ bytes: [UInt8], display: String) -> InputFormat? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .linkedInExport }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        let lowered = display.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
        if index < bytes.count, bytes[index] == UInt8(ascii: "{"), JSONLinesReader.looksLikeJSONLines(bytes, from: index) {
            return .jsonLines
        }
        if index < bytes.count, bytes[index] != UInt8(ascii: "{"), bytes[index] != UInt8(ascii: "["),
           lowered.hasSuffix(".yml") || lowered.hasSuffix(".yaml") || bytes[index] == UInt8(ascii: "-") || bytes[index].isASCIILetter || bytes[index] == UInt8(ascii: "#") {
            return .profileYAML
        }
        return nil
    }

    /// Reads a JSON document holding one profile or an array of profiles.
    func readJSON(_ bytes: [UInt8], display: String, forced: InputFormat?) -> [InputOutcome] {
        let document: JSONDocument
        do {
            document = try JSONParser(maximumDepth: limits.maximumDepth).parse(bytes)
        } catch {
            let (line, column) = JSONDocument.lineAndColumn(in: bytes, offset: error.offset)
            return [.failure(.malformedInput(location: SourceLocation(file: display, line: line, column: column), reason: "invalid JSON: \(error.message)"))]
        }
        let root = document.root
        if root.kind == .array {
            return root.elements.enumerated().map { index, element in
                let (line, _) = element.lineAndColumn
                return Result {
                    try importJSON(element, display: display, source: "\(display):\(line)", path: "$[\(index)]", forced: forced)
                }.mapError(Self.asProfileLintError)
            }
        }
        return [Result { try importJSON(root, display: display, source: display, path: "$", forced: forced) }.mapError(Self.asProfileLintError)]
    }

    /// Imports one JSON value as whichever JSON format it is.
    func importJSON(_ value: JSONValue, display: String, source: String, path: String, forced: InputFormat?) throws -> ProfileInput {
        let format: InputFormat
        if let forced, forced != .jsonLines {
            format = forced
        } else if JSONResumeImporter.matches(value) {
            format = .jsonResume
        } else if ProfileJSONImporter.matches(value) {
            format = .profile
        } else {
            let (line, column) = value.lineAndColumn
            if value.kind != .object {
                throw ProfileLintError.malformedInput(location: SourceLocation(file: display, line: line, column: column, path: path),
                                                      reason: "expected a profile object but found \(value.typeName)")
            }
            throw ProfileLintError.unrecognisedFormat(path: source, expected: Self.expectedFormats)
        }
        let profile: Profile
        switch format {
        case .jsonResume:
            profile = try JSONResumeImporter(detail: detail).importProfile(from: value, file: display)
        case .profile, .profileYAML:
            profile = try ProfileJSONImporter(detail: detail).importProfile(from: value, file: display)
        case .linkedInExport, .jsonLines:
            throw ProfileLintError.usage("--input-format \(format.rawValue) does not apply to the JSON document \(display)")
        }
        return ProfileInput(profile: profile, source: source, format: format)
    }

    func readYAMLProfile(_ bytes: [UInt8], display: String) throws -> ProfileInput {
        let text = try InputFile.decodeUTF8(bytes, display: display)
        let document = try YAMLDocumentReader.read(text, file: display, maximumDepth: limits.maximumDepth)
        guard document.root.kind == .object else {
            throw ProfileLintError.unrecognisedFormat(path: display, expected: Self.expectedFormats)
        }
        var input = try importJSON(document.root, display: display, source: display, path: "$", forced: forcedFormat == .profileYAML ? .profile : forcedFormat)
        if input.format == .profile { input.format = .profileYAML }
        return input
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}

extension JSONDocument {
    /// The 1-based line and column of `offset` in `bytes`.
    static func lineAndColumn(in bytes: [UInt8], offset: Int, firstLine: Int = 1) -> (line: Int, column: Int) {
        JSONDocument(bytes: bytes, base: 0, limit: bytes.count, nodes: [], table: [], firstLine: firstLine).lineAndColumn(ofOffset: offset)
    }
}
