/// Reads a JSON document as a container of profiles: one profile object, or an array of them, each
/// in whichever JSON format ``ProfileImporters`` recognises (or the one forced).
///
/// Also imports the single JSON value of each JSON Lines record (``JSONLinesReader``), so that a value
/// is recognised and reported the same way wherever it sits.
struct JSONDocumentReader {
    /// How to read.
    var options: ImportOptions

    /// Every profile of the document in `bytes`; `forced` is the JSON format to read every value as.
    func read(_ bytes: [UInt8], display: String, as forced: (any JSONProfileImporter)? = nil) -> [InputOutcome] {
        let document: JSONDocument
        do {
            document = try JSONParser(maximumDepth: options.limits.maximumDepth).parse(bytes)
        } catch {
            let (line, column) = JSONDocument.lineAndColumn(in: bytes, offset: error.offset)
            return [.failure(.malformedInput(location: SourceLocation(file: display, line: line, column: column), reason: CatalogMessage(.errorInvalidJSON, ["detail": .message(error.message)])))]
        }
        let root = document.root
        if root.kind == .array {
            return root.elements.enumerated().map { index, element in
                let (line, _) = element.lineAndColumn
                return Result {
                    try importValue(element, display: display, source: "\(display):\(line)", path: "$[\(index)]", as: forced)
                }.mapError(ProfileLintError.wrapping)
            }
        }
        return [Result { try importValue(root, display: display, source: display, path: "$", as: forced) }.mapError(ProfileLintError.wrapping)]
    }

    /// Imports one JSON value, as `forced` or as the JSON format it is recognised as.
    func importValue(_ value: JSONValue, display: String, source: String, path: String, as forced: (any JSONProfileImporter)?) throws -> ProfileInput {
        guard let importer = forced ?? ProfileImporters.jsonFormat(of: value) else {
            let (line, column) = value.lineAndColumn
            if value.kind != .object {
                throw ProfileLintError.malformedInput(location: SourceLocation(file: display, line: line, column: column, path: path),
                                                      reason: CatalogMessage(.errorExpectedProfileObject, ["found": .message(value.typeName)]))
            }
            throw ProfileLintError.unrecognisedFormat(path: source, expected: ProfileImporters.expectedFormats)
        }
        let profile = try importer.importProfile(from: value, file: display, detail: options.detail)
        return ProfileInput(profile: profile, source: source, format: importer.format)
    }
}

extension ProfileLintError {
    /// `error` as a ``ProfileLintError`` (anything else becomes `unreadable`).
    static func wrapping(_ error: any Error) -> ProfileLintError {
        (error as? ProfileLintError) ?? .unreadable(path: "?", reason: .detail("\(error)"))
    }
}

extension JSONDocument {
    /// The 1-based line and column of `offset` in `bytes`.
    static func lineAndColumn(in bytes: [UInt8], offset: Int, firstLine: Int = 1) -> (line: Int, column: Int) {
        JSONDocument(bytes: bytes, base: 0, limit: bytes.count, nodes: [], table: [], firstLine: firstLine).lineAndColumn(ofOffset: offset)
    }
}
