import Foundation

extension InputFormat {
    /// Many profiles, one JSON value a line, each in any JSON format.
    public static var jsonLines: InputFormat { InputFormat(JSONLinesReader.self) }
}

/// Reads JSON Lines: one profile a line, each in any JSON format, each line its own outcome.
///
/// Recognised by the name (`.jsonl`, `.ndjson`) or by content: a first line that is a complete JSON
/// object with more after it. Each line's value is recognised as a JSON format by ``ProfileImporters``.
package struct JSONLinesReader: ProfileImporter {
    /// Limits for hostile input.
    public var limits: Limits
    /// A JSON format to use for every line instead of detection.
    public var forcedFormat: InputFormat?
    /// How much of each profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail

    /// Creates a reader.
    public init(limits: Limits = .default, forcedFormat: InputFormat? = nil, detail: ImportDetail = .full) {
        self.limits = limits
        self.forcedFormat = forcedFormat
        self.detail = detail
    }

    /// ``InputFormat/jsonLines``.
    public static var identifier: String { "json-lines" }

    /// Whether `input` is JSON Lines: named so, or a first line holding a whole JSON object with more after it.
    public func detects(_ input: ImportInput) -> Bool {
        guard case .bytes(let bytes, let display) = input else { return false }
        if Self.isNamedAsJSONLines(display) { return true }
        let start = bytes.firstNonWhitespace
        return start < bytes.count && bytes[start] == UInt8(ascii: "{") && Self.looksLikeJSONLines(bytes, from: start)
    }

    /// Reads every line of `input`.
    public func read(_ input: ImportInput, options: ImportOptions) -> [InputOutcome] {
        guard case .bytes(let bytes, let display) = input else {
            return [.failure(.folderGiven(input.display, for: format))]
        }
        let forced = options.forcedFormat == .jsonLines ? nil : options.forcedFormat
        return JSONLinesReader(limits: options.limits, forcedFormat: forced, detail: options.detail).read(bytes: bytes, display: display)
    }

    /// Whether a file name says JSON Lines (`.jsonl`, `.ndjson`, any case).
    static func isNamedAsJSONLines(_ name: String) -> Bool {
        BatchPlanner.hasSuffix(name, ".jsonl") || BatchPlanner.hasSuffix(name, ".ndjson")
    }

    /// Whether `bytes` start with a complete one-line JSON value followed by more content.
    static func looksLikeJSONLines(_ bytes: [UInt8], from start: Int) -> Bool {
        guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return false }
        guard (try? JSONParser().parse(bytes, range: start..<newline)) != nil else { return false }
        return bytes[(newline + 1)...].contains { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }

    /// Reads every non-blank line of `bytes`; `firstLine` is the line number of `bytes[0]`.
    public func read(bytes: [UInt8], display: String, firstLine: Int = 1) -> [InputOutcome] {
        var outcomes: [InputOutcome] = []
        forEachRecord(bytes, firstLine: firstLine) { range, line in
            outcomes.append(readRecord(bytes, range: range, line: line, display: display))
        }
        return outcomes
    }

    /// Calls `body` with the byte range and line number of every non-blank line.
    public func forEachRecord(_ bytes: [UInt8], firstLine: Int, _ body: (Range<Int>, Int) -> Void) {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = firstLine
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < buffer.count {
                // memchr finds the end of the line far faster than a byte loop.
                let end = memchr(base + start, 0x0A, buffer.count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buffer.count
                var contentEnd = end
                if contentEnd > start, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                var first = start
                while first < contentEnd, buffer[first] == 0x20 || buffer[first] == 0x09 { first += 1 }
                if first < contentEnd { body(start..<contentEnd, line) }
                start = end + 1
                line += 1
            }
        }
    }

    /// `display:line`, made in one go: interpolation builds it piece by piece, and a batch names
    /// every record this way.
    static func source(_ display: String, line: Int) -> String {
        var display = display
        var digits = 1
        var rest = line.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let sign = line < 0 ? 1 : 0
        return display.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 1 + sign + digits) { target in
                _ = target.initialize(from: prefix)
                target[prefix.count] = UInt8(ascii: ":")
                if sign == 1 { target[prefix.count + 1] = UInt8(ascii: "-") }
                var magnitude = line.magnitude
                var index = prefix.count + 1 + sign + digits
                repeat {
                    index -= 1
                    target[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                return prefix.count + 1 + sign + digits
            }
        }
    }

    /// Reads the record at `range`, on line `line` of `display`.
    public func readRecord(_ bytes: [UInt8], range: Range<Int>, line: Int, display: String) -> InputOutcome {
        let source = Self.source(display, line: line)
        guard range.count <= limits.maximumRecordSize else {
            return .failure(.limitExceeded(path: source, reason: CatalogMessage(.errorLineTooLongSized, ["size": ByteCount(range.count).argument, "limit": ByteCount(limits.maximumRecordSize).argument])))
        }
        let document: JSONDocument
        do {
            document = try JSONParser(maximumDepth: limits.maximumDepth).parse(bytes, range: range, firstLine: line)
        } catch {
            let position = JSONDocument(bytes: bytes, base: range.lowerBound, limit: range.upperBound, nodes: [], table: [], firstLine: line)
                .lineAndColumn(ofOffset: error.offset)
            return .failure(.malformedInput(location: SourceLocation(file: display, line: position.line, column: position.column),
                                            reason: CatalogMessage(.errorInvalidJSON, ["detail": .message(error.message)])))
        }
        let forced = forcedFormat.flatMap { ProfileImporters.importer(for: $0)?.asJSONFormat }
        return Result {
            try JSONDocumentReader(options: ImportOptions(limits: limits, detail: detail)).importValue(document.root, display: display, source: source, path: "$", as: forced)
        }.mapError(ProfileLintError.wrapping)
    }
}
