/// Reads CSV and tab-separated files into records that know their physical line and column.
///
/// This is our own reader rather than a package because the importers need three things none of
/// the available CSV packages give together: the physical line (and column) of every record even
/// when quoted fields span lines, so that findings point into the file; encoding sniffing for the
/// UTF-16 files of 2018 LinkedIn exports; and a hard limit on the size of one record, so that an
/// unbalanced quote in a hostile file fails fast with an error naming where the record starts.
///
/// What it accepts:
/// - RFC 4180 quoting: a field that starts with `"` runs to the next lone `"`; `""` inside it is one
///   quote, and delimiters, CR and LF inside it are kept. Stray text after a closing quote and quotes
///   inside unquoted fields are kept as they are, as most spreadsheet programs do.
/// - LF, CRLF or a lone CR between records; the last record needs no line break. Empty lines are skipped.
/// - UTF-8 with or without a byte order mark, UTF-16LE or UTF-16BE with a byte order mark (and without
///   one when the bytes really are UTF-16 text); the text is decoded before it is split
///   (`CSVReader+Decoding.swift`, which also reads stray Windows-1252 bytes for exports).
/// - Comma or tab as the delimiter, detected from the first lines (or given).
///
/// Line numbers count LF, CRLF and a lone CR as one line break each, as editors do.
package struct CSVReader: Sendable {
    /// The character between fields.
    package enum Delimiter: UInt8, Sendable, CaseIterable {
        /// `,`, the delimiter of current LinkedIn exports.
        case comma = 0x2C
        /// Tab, the delimiter of some 2018 LinkedIn export files.
        case tab = 0x09
    }

    /// Limits for hostile input (``Limits/maximumRecordSize`` bounds one record).
    public var limits: Limits
    /// The delimiter to use, or `nil` to detect it.
    package var delimiter: Delimiter?

    /// Creates a reader.
    package init(limits: Limits = .default, delimiter: Delimiter? = nil) {
        self.limits = limits
        self.delimiter = delimiter
    }

    /// Decodes `bytes` and splits them into records; `file` names the input in errors.
    package func read(bytes: [UInt8], file: String) throws -> [CSVRecord] {
        try read(text: Self.decode(bytes, file: file), file: file)
    }

    /// Decodes `bytes` leniently (``decodeLeniently(_:file:)``) and splits them into records, adding the
    /// decoding's warning to `warnings`; `nil` when the bytes are not text.
    public func read(bytes: [UInt8], file: String, warnings: inout [InputWarning]) throws -> [CSVRecord]? {
        guard let decoded = try Self.decodeLeniently(bytes, file: file) else { return nil }
        if let warning = decoded.warning { warnings.append(warning) }
        return try read(text: decoded.text, file: file)
    }

    /// Splits decoded text into records; `file` names the input in errors.
    package func read(text: String, file: String) throws -> [CSVRecord] {
        let bytes = Array(text.utf8)
        let delimiter = (self.delimiter ?? Self.detectDelimiter(bytes)).rawValue
        return try bytes.withUnsafeBufferPointer { buffer in
            try parse(buffer, delimiter: delimiter, file: file)
        }
    }

    // MARK: - Delimiter

    /// Tab when the first few lines hold more tabs than commas outside quotes, else comma.
    static func detectDelimiter(_ bytes: [UInt8]) -> Delimiter {
        var commas = 0
        var tabs = 0
        var inQuotes = false
        var lines = 0
        var index = 0
        let end = Swift.min(bytes.count, 1 << 16)
        while index < end, lines < 5 {
            switch bytes[index] {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: ","): if !inQuotes { commas += 1 }
            case 0x09: if !inQuotes { tabs += 1 }
            case 0x0A: if !inQuotes { lines += 1 }
            default: break
            }
            index += 1
        }
        return tabs > commas ? .tab : .comma
    }

    // MARK: - Parsing

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String) throws -> [CSVRecord] {
        let count = bytes.count
        let maximum = limits.maximumRecordSize
        var records: [CSVRecord] = []
        var index = 0
        var line = 1
        var column = 1

        func tooLong(_ recordLine: Int) -> ProfileLintError {
            .limitExceeded(path: "\(file):\(recordLine)",
                           reason: CatalogMessage(.errorCSVRecordTooLong, ["limit": ByteCount(maximum).argument]))
        }

        while index < count {
            // Skip empty lines between records.
            if bytes[index] == Self.lineFeed || bytes[index] == Self.carriageReturn {
                if bytes[index] == Self.carriageReturn, index + 1 < count, bytes[index + 1] == Self.lineFeed { index += 1 }
                index += 1
                line += 1
                column = 1
                continue
            }
            let recordStart = index
            let recordLine = line
            var fields: [String] = []
            var positions: [CSVRecord.Position] = []
            var value: [UInt8] = []
            while true {
                let position = CSVRecord.Position(line: line, column: column)
                value.removeAll(keepingCapacity: true)
                if index < count, bytes[index] == Self.quote {
                    let opening = position
                    index += 1
                    column += 1
                    while true {
                        guard index < count else {
                            throw ProfileLintError.malformedInput(
                                location: SourceLocation(file: file, line: recordLine, column: opening.line == recordLine ? opening.column : nil),
                                reason: opening.line == recordLine ? CatalogMessage(.errorCSVUnbalancedQuote)
                                    : CatalogMessage(.errorCSVUnbalancedQuoteOpensOn, ["line": .text(String(opening.line)), "column": .text(String(opening.column))]))
                        }
                        guard index - recordStart < maximum else { throw tooLong(recordLine) }
                        let byte = bytes[index]
                        if byte == Self.quote {
                            if index + 1 < count, bytes[index + 1] == Self.quote {
                                value.append(Self.quote)
                                index += 2
                                column += 2
                                continue
                            }
                            index += 1
                            column += 1
                            break
                        }
                        value.append(byte)
                        index += 1
                        if byte == Self.lineFeed {
                            line += 1
                            column = 1
                        } else if byte == Self.carriageReturn {
                            if index < count, bytes[index] == Self.lineFeed {
                                value.append(Self.lineFeed)
                                index += 1
                            }
                            line += 1
                            column = 1
                        } else if byte & 0xC0 != 0x80 {
                            column += 1
                        }
                    }
                }
                // The unquoted field, or whatever follows a closing quote up to the delimiter.
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    guard index - recordStart < maximum else { throw tooLong(recordLine) }
                    value.append(byte)
                    if byte & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
                fields.append(String(decoding: value, as: UTF8.self))
                positions.append(position)
                if index < count, bytes[index] == delimiter {
                    index += 1
                    column += 1
                    continue
                }
                // End of the record: a line break or the end of the text.
                if index < count {
                    if bytes[index] == Self.carriageReturn, index + 1 < count, bytes[index + 1] == Self.lineFeed { index += 1 }
                    index += 1
                    line += 1
                    column = 1
                }
                break
            }
            records.append(CSVRecord(line: recordLine, fields: fields, positions: positions))
        }
        return records
    }
}
