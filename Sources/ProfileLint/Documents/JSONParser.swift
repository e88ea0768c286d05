import CProfileLintScan

/// A JSON syntax error at a byte offset of the document being parsed.
package struct JSONSyntaxError: Error, Sendable, Equatable {
    /// Byte offset relative to the start of the document.
    package var offset: Int
    /// What is wrong ("expected ',' or '}'"), as a catalog message.
    package var message: CatalogMessage
}

/// A strict RFC 8259 JSON parser that builds a ``JSONDocument`` tape.
///
/// Written for this project rather than using Foundation because Foundation's parsers keep no
/// source positions and, on Linux, are slower than the Python script HR would otherwise write
/// (see the Performance section of the README). The parser is iterative, so deep nesting is bounded
/// by ``Limits/maximumDepth`` instead of the call stack, and it validates UTF-8 inside strings.
package struct JSONParser: Sendable {
    /// Limits that protect against hostile input.
    package var maximumDepth: Int

    /// Creates a parser with the given nesting limit.
    package init(maximumDepth: Int = Limits.default.maximumDepth) {
        self.maximumDepth = maximumDepth
    }

    /// Parses `bytes[range]` as one JSON document; `firstLine` is the line of `range.lowerBound` in its file.
    package func parse(_ bytes: [UInt8], range: Range<Int>? = nil, firstLine: Int = 1) throws(JSONSyntaxError) -> JSONDocument {
        let range = range ?? 0..<bytes.count
        guard range.count < Int(UInt32.max) else {
            throw JSONSyntaxError(offset: 0, message: CatalogMessage(.jsonLargerThan4GB))
        }
        var tape = TapeBuilder(capacity: range.count / 12 + 4)
        let result: JSONSyntaxError? = bytes.withUnsafeBufferPointer { buffer -> JSONSyntaxError? in
            var scanner = Scanner(buffer: buffer, base: range.lowerBound, limit: range.upperBound, maximumDepth: maximumDepth)
            do throws(JSONSyntaxError) {
                try scanner.run(into: &tape)
                return nil
            } catch {
                return error
            }
        }
        if let result { throw result }
        return JSONDocument(bytes: bytes, base: range.lowerBound, limit: range.upperBound, nodes: tape.nodes, table: [], firstLine: firstLine)
    }
}

/// The tape as the scanner writes it: a plain buffer, so that each node costs a few stores rather than
/// an array append (with its uniqueness and capacity checks), then copied into an array once.
private struct TapeBuilder: ~Copyable {
    private var base: UnsafeMutablePointer<JSONDocument.Node>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(8, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) mutating func append(_ node: JSONDocument.Node) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
    }

    @inline(never) private mutating func grow() {
        let larger = UnsafeMutablePointer<JSONDocument.Node>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The node at `index` (which must be below ``count``).
    subscript(index: Int) -> JSONDocument.Node {
        @inline(__always) get {
            precondition(index >= 0 && index < count)
            return base[index]
        }
        @inline(__always) set {
            precondition(index >= 0 && index < count)
            base[index] = newValue
        }
    }

    /// The finished tape.
    var nodes: [JSONDocument.Node] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

private struct Scanner {
    let buffer: UnsafeBufferPointer<UInt8>
    let base: Int
    let limit: Int
    let maximumDepth: Int
    var position: Int

    init(buffer: UnsafeBufferPointer<UInt8>, base: Int, limit: Int, maximumDepth: Int) {
        self.buffer = buffer
        self.base = base
        self.limit = limit
        self.maximumDepth = maximumDepth
        self.position = base
    }

    func fail(_ message: CatalogMessage, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: (offset ?? position) - base, message: message)
    }

    @inline(__always) mutating func skipWhitespace() {
        while position < limit {
            let byte = buffer[position]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                position += 1
            } else {
                return
            }
        }
    }

    func describe(_ byte: UInt8) -> CatalogMessage.Argument {
        if byte >= 0x21 && byte < 0x7F { return .text("'\(Character(Unicode.Scalar(byte)))'") }
        if byte == 0 { return .message(CatalogMessage(.jsonNULByte)) }
        return .message(CatalogMessage(.jsonByte, ["byte": .text(String(byte, radix: 16, uppercase: true))]))
    }

    mutating func run(into nodes: inout TapeBuilder) throws(JSONSyntaxError) {
        // A UTF-8 byte order mark is tolerated at the very start.
        if limit - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
            position += 3
        }
        skipWhitespace()
        guard position < limit else { throw fail(CatalogMessage(.jsonEmptyDocument)) }
        if limit - position >= 2, (buffer[position] == 0xFF && buffer[position + 1] == 0xFE) || (buffer[position] == 0xFE && buffer[position + 1] == 0xFF) {
            throw fail(CatalogMessage(.jsonUTF16))
        }

        // The innermost open container is kept in locals (its tape index, whether it is an object,
        // its element count so far); the ones around it wait on `outer`. `top` is -1 at the top level.
        var outer: [(index: Int, isObject: Bool, count: UInt32)] = []
        outer.reserveCapacity(32)
        var top = -1
        var isObject = false
        var count: UInt32 = 0
        var afterValue = false

        while true {
            skipWhitespace()
            if afterValue {
                guard top >= 0 else { break }
                guard position < limit else {
                    throw fail(CatalogMessage(.jsonUnexpectedEndExpected, ["expected": .message(CatalogMessage(isObject ? .jsonCommaOrBrace : .jsonCommaOrBracket))]))
                }
                let byte = buffer[position]
                if byte == 0x2C { // ,
                    position += 1
                    skipWhitespace()
                    if isObject {
                        try readKey(into: &nodes)
                    }
                    afterValue = false
                    continue
                }
                if byte == (isObject ? 0x7D : 0x5D) {
                    position += 1
                    nodes[top].next = UInt32(nodes.count)
                    nodes[top].count = count
                    if let enclosing = outer.popLast() {
                        (top, isObject, count) = enclosing
                    } else {
                        top = -1
                    }
                    continue
                }
                throw fail(CatalogMessage(.jsonExpectedButFound, ["expected": .message(CatalogMessage(isObject ? .jsonCommaOrBrace : .jsonCommaOrBracket)), "found": describe(byte)]))
            }

            guard position < limit else { throw fail(CatalogMessage(.jsonUnexpectedEndExpectedValue)) }
            if top >= 0 { count += 1 }
            let start = UInt32(position - base)
            let byte = buffer[position]
            switch byte {
            case 0x7B, 0x5B: // { [
                guard outer.count + (top >= 0 ? 1 : 0) < maximumDepth else {
                    throw fail(CatalogMessage(.errorNestingTooDeep, ["depth": .text(String(maximumDepth))]))
                }
                let index = nodes.count
                nodes.append(.init(kind: byte == 0x7B ? .object : .array, start: start, end: 0, next: 0, count: 0))
                position += 1
                skipWhitespace()
                if position < limit, buffer[position] == (byte == 0x7B ? 0x7D : 0x5D) {
                    position += 1
                    nodes[index].next = UInt32(nodes.count)
                    afterValue = true
                    continue
                }
                if top >= 0 { outer.append((top, isObject, count)) }
                top = index
                isObject = byte == 0x7B
                count = 0
                if isObject {
                    try readKey(into: &nodes)
                }
                afterValue = false
                continue
            case 0x22:
                let (end, escaped) = try scanString()
                nodes.append(.init(kind: escaped ? .escapedString : .string, start: start, end: UInt32(end - base), next: UInt32(nodes.count + 1), count: 0))
            case 0x74:
                try expectLiteral("true")
                nodes.append(.init(kind: .true, start: start, end: 0, next: UInt32(nodes.count + 1), count: 0))
            case 0x66:
                try expectLiteral("false")
                nodes.append(.init(kind: .false, start: start, end: 0, next: UInt32(nodes.count + 1), count: 0))
            case 0x6E:
                try expectLiteral("null")
                nodes.append(.init(kind: .null, start: start, end: 0, next: UInt32(nodes.count + 1), count: 0))
            case 0x2D, 0x30...0x39:
                let end = try scanNumber()
                nodes.append(.init(kind: .number, start: start, end: UInt32(end - base), next: UInt32(nodes.count + 1), count: 0))
            default:
                throw fail(CatalogMessage(.jsonExpectedValueButFound, ["found": describe(byte)]))
            }
            afterValue = true
            if top < 0 { break }
        }
        skipWhitespace()
        if position < limit {
            throw fail(CatalogMessage(.jsonTrailingContent, ["found": describe(buffer[position])]))
        }
    }

    /// Reads `"key"` and the following `:`; the key becomes a string node (not counted as a value).
    mutating func readKey(into nodes: inout TapeBuilder) throws(JSONSyntaxError) {
        guard position < limit else { throw fail(CatalogMessage(.jsonUnexpectedEndExpectedKey)) }
        guard buffer[position] == 0x22 else {
            throw fail(CatalogMessage(.jsonExpectedKeyButFound, ["found": describe(buffer[position])]))
        }
        let start = UInt32(position - base)
        let (end, escaped) = try scanString()
        nodes.append(.init(kind: escaped ? .escapedString : .string, start: start, end: UInt32(end - base), next: UInt32(nodes.count + 1), count: 0))
        skipWhitespace()
        guard position < limit, buffer[position] == 0x3A else {
            throw fail(position < limit ? CatalogMessage(.jsonExpectedColonButFound, ["found": describe(buffer[position])])
                                  : CatalogMessage(.jsonUnexpectedEndExpected, ["expected": "':'"]))
        }
        position += 1
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard limit - position >= length else { throw fail(CatalogMessage(.jsonInvalidLiteral, ["word": .text("\(word)")])) }
        let matches = word.withUTF8Buffer { expected -> Bool in
            for i in 0..<length where buffer[position + i] != expected[i] { return false }
            return true
        }
        guard matches else { throw fail(CatalogMessage(.jsonInvalidLiteral, ["word": .text("\(word)")])) }
        position += length
    }

    /// Scans a string starting at the opening quote; returns the offset of the closing quote.
    ///
    /// Most strings are plain ASCII: those are skipped here, inline; the rest go on in
    /// ``scanStringRest(open:)``.
    @inline(__always)
    mutating func scanString() throws(JSONSyntaxError) -> (end: Int, escaped: Bool) {
        let open = position
        position += 1
        skipPlainASCII()
        if position < limit, buffer[position] == 0x22 {
            let end = position
            position += 1
            return (end, false)
        }
        return try scanStringRest(open: open)
    }

    /// Scans the rest of a string that opened at `open`: escapes, UTF-8 sequences and errors.
    @inline(never)
    mutating func scanStringRest(open: Int) throws(JSONSyntaxError) -> (end: Int, escaped: Bool) {
        var escaped = false
        while position < limit {
            skipPlainASCII()
            guard position < limit else { break }
            let byte = buffer[position]
            if byte == 0x22 {
                let end = position
                position += 1
                return (end, escaped)
            }
            if byte == 0x5C {
                escaped = true
                guard position + 1 < limit else { break }
                let next = buffer[position + 1]
                switch next {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
                    position += 2
                case 0x75:
                    guard position + 5 < limit else { throw fail(CatalogMessage(.jsonTruncatedEscape)) }
                    for i in 2...5 where !isHexDigit(buffer[position + i]) {
                        throw fail(CatalogMessage(.jsonInvalidUnicodeEscape), at: position)
                    }
                    position += 6
                default:
                    throw fail(CatalogMessage(.jsonInvalidEscape, ["escape": .text("\\" + String(Character(Unicode.Scalar(next))))]))
                }
                continue
            }
            if byte < 0x20 {
                throw fail(CatalogMessage(byte == 0 ? .jsonNULInString : .jsonControlCharacterInString))
            }
            if byte >= 0x80 {
                try skipUTF8Sequence()
                continue
            }
            position += 1
        }
        throw fail(CatalogMessage(.jsonUnterminatedString), at: open)
    }

    /// Skips printable ASCII other than `"` and `\\`, sixteen bytes at a time: most string content.
    @inline(__always) mutating func skipPlainASCII() {
        guard let base = buffer.baseAddress, position < limit else { return }
        position += pl_first_json_special(base + position, limit - position)
    }

    @inline(__always) func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// Validates one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
    mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let first = buffer[position]
        let length: Int
        var lowerSecond: UInt8 = 0x80
        var upperSecond: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerSecond = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperSecond = 0x9F
        case 0xF0: length = 4; lowerSecond = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperSecond = 0x8F
        default: throw fail(CatalogMessage(.jsonInvalidUTF8Byte, ["byte": .text(String(first, radix: 16, uppercase: true))]))
        }
        guard position + length <= limit else { throw fail(CatalogMessage(.jsonTruncatedUTF8)) }
        let second = buffer[position + 1]
        guard second >= lowerSecond, second <= upperSecond else { throw fail(CatalogMessage(.jsonInvalidUTF8)) }
        var i = 2
        while i < length {
            guard buffer[position + i] & 0xC0 == 0x80 else { throw fail(CatalogMessage(.jsonInvalidUTF8)) }
            i += 1
        }
        position += length
    }

    mutating func scanNumber() throws(JSONSyntaxError) -> Int {
        let start = position
        if buffer[position] == 0x2D { position += 1 }
        guard position < limit else { throw fail(CatalogMessage(.jsonInvalidNumber), at: start) }
        if buffer[position] == 0x30 {
            position += 1
        } else if buffer[position] >= 0x31 && buffer[position] <= 0x39 {
            while position < limit, buffer[position] >= 0x30, buffer[position] <= 0x39 { position += 1 }
        } else {
            throw fail(CatalogMessage(.jsonInvalidNumber), at: start)
        }
        if position < limit, buffer[position] == 0x2E {
            position += 1
            let digits = position
            while position < limit, buffer[position] >= 0x30, buffer[position] <= 0x39 { position += 1 }
            guard position > digits else { throw fail(CatalogMessage(.jsonDigitsAfterPoint), at: start) }
        }
        if position < limit, buffer[position] == 0x65 || buffer[position] == 0x45 {
            position += 1
            if position < limit, buffer[position] == 0x2B || buffer[position] == 0x2D { position += 1 }
            let digits = position
            while position < limit, buffer[position] >= 0x30, buffer[position] <= 0x39 { position += 1 }
            guard position > digits else { throw fail(CatalogMessage(.jsonDigitsInExponent), at: start) }
        }
        if position - start > 400 { throw fail(CatalogMessage(.jsonNumberTooLong), at: start) }
        return position
    }
}

/// Decodes the body of a JSON string that contains escapes.
///
/// The UTF-8 is written straight into the new string's storage (an escape writes its character's
/// UTF-8, the runs between escapes are copied whole) and validated once, by the string.
enum JSONStringDecoder {
    static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        // An escape is never shorter than what it stands for (`\u00eb`, six bytes, is two of UTF-8;
        // a surrogate pair, twelve, is four), so the body's length is room enough. The runs between
        // escapes are copied whole, found with `memchr` (`pl_index_of_byte`).
        bytes.withUnsafeBufferPointer { all -> String in
            guard let base = all.baseAddress else { return "" }
            return String(unsafeUninitializedCapacity: range.count) { out -> Int in
                guard let target = out.baseAddress else { return 0 }
                var written = 0
                var index = range.lowerBound
                let upper = range.upperBound
                while index < upper {
                    let run = pl_index_of_byte(base + index, upper - index, 0x5C)
                    if run > 0 {
                        (target + written).update(from: base + index, count: run)
                        written += run
                        index += run
                    }
                    guard index < upper else { break }
                    // A backslash that ends the body is kept as it is.
                    guard index + 1 < upper else {
                        target[written] = 0x5C
                        written += 1
                        break
                    }
                    let next = base[index + 1]
                    index += 2
                    let single: UInt8
                    switch next {
                    case 0x62: single = 0x08
                    case 0x66: single = 0x0C
                    case 0x6E: single = 0x0A
                    case 0x72: single = 0x0D
                    case 0x74: single = 0x09
                    case 0x75:
                        var code = hex(all, index)
                        index += 4
                        if (0xD800...0xDBFF).contains(code), index + 5 < upper,
                           base[index] == 0x5C, base[index + 1] == 0x75 {
                            let low = hex(all, index + 2)
                            if (0xDC00...0xDFFF).contains(low) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                                index += 6
                            }
                        }
                        // A lone surrogate is no character: U+FFFD in its place.
                        UTF8.encode(Unicode.Scalar(code) ?? "\u{FFFD}") { unit in
                            target[written] = unit
                            written += 1
                        }
                        continue
                    default: single = next
                    }
                    target[written] = single
                    written += 1
                }
                return written
            }
        }
    }

    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        var value: UInt32 = 0
        for i in 0..<4 {
            let byte = bytes[index + i]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            default: digit = UInt32(byte &- 0x61 &+ 10)
            }
            value = value << 4 | digit
        }
        return value
    }
}
