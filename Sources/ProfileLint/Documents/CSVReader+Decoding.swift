/// Decoding the bytes of a CSV file into text, strictly (a roster) or leniently (an export).
extension CSVReader {
    /// The text of a file read leniently, and the one warning its decoding gave, if any.
    public struct DecodedText: Sendable {
        /// The decoded text.
        public var text: String
        /// Set when bytes that are not UTF-8 were read as Windows-1252: where the first one is.
        public var warning: InputWarning?
    }

    /// The text of `bytes`: UTF-8 (a BOM is dropped) or UTF-16 (with a BOM, or without one when the bytes
    /// really are UTF-16 text), or an error naming the file and the line of the first bad byte.
    public static func decode(_ bytes: [UInt8], file: String) throws -> String {
        guard let text = try decodeUTF16(bytes, file: file) else { return try InputFile.decodeUTF8(bytes, display: file) }
        guard !text.utf8.contains(0) else {
            throw ProfileLintError.malformedInput(location: SourceLocation(file: file), reason: CatalogMessage(.errorNULCharacters))
        }
        return text
    }

    /// The text of `bytes` as ``decode(_:file:)`` reads it, except that a byte that is not UTF-8 is read
    /// as Windows-1252 (the encoding a file re-saved on Windows comes in) with one warning naming
    /// file:line:column of the first such byte; `nil` when the bytes are not text at all (NUL bytes:
    /// binary data, a spreadsheet renamed `.csv`).
    public static func decodeLeniently(_ bytes: [UInt8], file: String) throws -> DecodedText? {
        let text: String
        var warning: InputWarning?
        if let utf16 = try decodeUTF16(bytes, file: file) {
            text = utf16
        } else {
            var slice = bytes[...]
            if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
            if let valid = String(validating: slice, as: UTF8.self) {
                text = valid
            } else {
                (text, warning) = windows1252Fallback(slice, file: file)
            }
        }
        guard !text.utf8.contains(0) else { return nil }
        return DecodedText(text: text, warning: warning)
    }

    /// The text of a UTF-16 file, or `nil` when the bytes are not UTF-16: they are when they open with a
    /// byte order mark, or, without one, when most code units have a zero high byte (ASCII text, as
    /// LinkedIn's headers are) and the text they make is printable.
    static func decodeUTF16(_ bytes: [UInt8], file: String) throws -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, from: 2, littleEndian: true, file: file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, from: 2, littleEndian: false, file: file) }
        guard let littleEndian = guessedUTF16(bytes),
              let text = try? decodeUTF16(bytes, from: 0, littleEndian: littleEndian, file: file),
              text.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return nil }
        return text
    }

    /// Whether `bytes`, without a byte order mark, look like UTF-16: an even count, and in the first
    /// 4 KB at least three in four of the odd (little-endian) or even (big-endian) bytes zero while the
    /// others are not. Returns the byte order, or `nil`.
    static func guessedUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2, bytes.count % 2 == 0, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        // UTF-8 text has no zero bytes at all: most files are decided by their first two.
        guard bytes[0] == 0 || bytes[1] == 0 else { return nil }
        let end = Swift.min(bytes.count, 4096)
        var zeroEven = 0
        var zeroOdd = 0
        var index = 0
        while index + 1 < end {
            if bytes[index] == 0 { zeroEven += 1 }
            if bytes[index + 1] == 0 { zeroOdd += 1 }
            index += 2
        }
        let units = end / 2
        if zeroOdd * 4 >= units * 3, zeroEven * 4 < units { return true }
        if zeroEven * 4 >= units * 3, zeroOdd * 4 < units { return false }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], from start: Int, littleEndian: Bool, file: String) throws -> String {
        guard (bytes.count - start) % 2 == 0 else {
            throw ProfileLintError.malformedInput(location: SourceLocation(file: file), reason: CatalogMessage(.errorUTF16OddLength))
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        if let text = String(validating: units, as: UTF16.self) { return text }
        // Find the first bad code unit to report its line.
        var line = 1
        var parser = UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var previousWasCR = false
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                let value = UTF16.decode(scalar).value
                if value == 0x0A, !previousWasCR { line += 1 }
                if value == 0x0D { line += 1 }
                previousWasCR = value == 0x0D
            case .emptyInput, .error:
                break loop
            }
        }
        throw ProfileLintError.malformedInput(location: SourceLocation(file: file, line: line), reason: CatalogMessage(.errorUTF16UnpairedSurrogate))
    }

    // MARK: - Windows-1252

    /// UTF-8 in which every byte that is not part of a valid sequence is read as Windows-1252, and a
    /// warning at the first such byte (line and column as ``CSVRecord/Position`` counts them).
    private static func windows1252Fallback(_ bytes: ArraySlice<UInt8>, file: String) -> (String, InputWarning?) {
        var scalars = String.UnicodeScalarView()
        var parser = UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        var previousWasCR = false
        var first: (line: Int, column: Int, byte: UInt8, scalar: Unicode.Scalar)?
        var replaced = 0
        var offset = bytes.startIndex
        func advance(_ scalar: Unicode.Scalar) {
            scalars.append(scalar)
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousWasCR = scalar == "\r"
        }
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                advance(UTF8.decode(encoded))
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] {
                    let scalar = windows1252(byte)
                    if first == nil { first = (line, column, byte, scalar) }
                    replaced += 1
                    advance(scalar)
                }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        guard let first else { return (String(scalars), nil) }
        let hex = String(first.byte, radix: 16, uppercase: true)
        let message = replaced > 1
            ? CatalogMessage(.warningWindows1252More, ["byte": .text(hex), "character": .text(String(first.scalar)), "more": .integer(replaced - 1)])
            : CatalogMessage(.warningWindows1252, ["byte": .text(hex), "character": .text(String(first.scalar))])
        let warning = InputWarning(code: "encoding", message: message,
                                   location: SourceLocation(file: file, line: first.line, column: first.column))
        return (String(scalars), warning)
    }

    /// The character Windows-1252 gives `byte` (0x80 to 0xFF); the five bytes it leaves undefined are
    /// the C1 control characters of the same value, as the WHATWG encoding standard reads them.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte - 0x80)]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
