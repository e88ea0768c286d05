import Foundation

/// A parsed JSON (or YAML) document kept as a flat tape of nodes that point back into the source bytes.
///
/// The tape is built in one pass without allocating a string per value: strings are decoded only
/// when a reader asks for them, which is what makes batch scoring fast. Every node keeps the byte
/// offset it starts at, so any value (or the parent of a missing one) can be turned into a
/// 1-based line and column for diagnostics.
///
/// A document is an immutable reference type so that the many ``JSONValue`` handles into it cost
/// one reference count each, not one per buffer.
package final class JSONDocument: @unchecked Sendable {
    /// The kind of a node on the tape.
    package enum Kind: UInt8, Sendable {
        case null, `true`, `false`, number, string, escapedString, tableString, array, object
    }

    struct Node: Sendable {
        var kind: Kind
        /// Byte offset of the token, relative to `base`.
        var start: UInt32
        /// For strings and numbers: end of the raw bytes (exclusive, relative). For table strings: index into `table`.
        var end: UInt32
        /// Index just past this node's subtree; the next sibling's index.
        var next: UInt32
        /// For containers: number of elements (arrays) or key/value pairs (objects).
        var count: UInt32
    }

    /// The source bytes (the whole buffer; this document covers `base..<limit`).
    let bytes: [UInt8]
    let base: Int
    let limit: Int
    let nodes: [Node]
    /// Decoded scalars for documents whose strings do not map to a raw byte range (YAML).
    let table: [String]
    /// The line number of `base` in the file (1-based), for documents inside a JSON Lines file.
    package let firstLine: Int
    /// Whether scalars live in `table` (YAML) rather than in raw byte ranges (JSON).
    let isTableBacked: Bool

    init(bytes: [UInt8], base: Int, limit: Int, nodes: [Node], table: [String], firstLine: Int, isTableBacked: Bool = false) {
        self.bytes = bytes
        self.base = base
        self.limit = limit
        self.nodes = nodes
        self.table = table
        self.firstLine = firstLine
        self.isTableBacked = isTableBacked
    }

    /// The root value.
    package var root: JSONValue { JSONValue(document: self, index: 0) }

    /// The 1-based line and column (in Unicode scalars) of a byte offset relative to this document.
    package func lineAndColumn(ofOffset relative: Int) -> (line: Int, column: Int) {
        let target = min(base + relative, limit)
        var line = firstLine
        var lineStart = base
        var index = base
        // Lines are counted on demand: diagnostics are rare compared with parsing.
        bytes.withUnsafeBufferPointer { buffer in
            while index < target {
                if buffer[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        var column = 1
        var cursor = lineStart
        while cursor < target {
            // Count only the first byte of each UTF-8 sequence.
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return (line, column)
    }
}

/// A value inside a ``JSONDocument``: a cheap handle (document and tape index).
package struct JSONValue: Sendable {
    let document: JSONDocument
    let index: Int

    var node: JSONDocument.Node { document.nodes[index] }

    /// The kind of this value.
    package var kind: JSONDocument.Kind { node.kind }

    /// The byte offset of this value relative to the document start.
    package var offset: Int { Int(node.start) }

    /// The 1-based line and column of this value in its file.
    package var lineAndColumn: (line: Int, column: Int) { document.lineAndColumn(ofOffset: offset) }

    /// Whether this value is `null`.
    package var isNull: Bool { node.kind == .null }

    /// A short English name of the value's type, for error messages.
    package var typeName: CatalogMessage {
        switch node.kind {
        case .null: CatalogMessage(.typeNull)
        case .true, .false: CatalogMessage(.typeBoolean)
        case .number: CatalogMessage(.typeNumber)
        case .string, .escapedString, .tableString: CatalogMessage(.typeString)
        case .array: CatalogMessage(.typeArray)
        case .object: CatalogMessage(.typeObject)
        }
    }

    /// The string, if this is a string.
    /// Calls `body` with the raw UTF-8 bytes of a string without escapes (no string is made); `nil`
    /// for any other value, escaped strings included.
    func withPlainStringBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let node = self.node
        guard node.kind == .string else { return nil }
        let lower = document.base + Int(node.start) + 1
        let upper = document.base + Int(node.end)
        return document.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    package var string: String? {
        let node = self.node
        switch node.kind {
        case .string:
            let lower = document.base + Int(node.start) + 1
            let upper = document.base + Int(node.end)
            return document.bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
            }
        case .escapedString:
            let lower = document.base + Int(node.start) + 1
            let upper = document.base + Int(node.end)
            return JSONStringDecoder.decode(document.bytes, lower..<upper)
        case .tableString:
            return document.table[Int(node.end)]
        default:
            return nil
        }
    }

    /// The string without surrounding white space, `""` when blank; `nil` when this is not a string.
    ///
    /// Plain strings are trimmed on their raw bytes, so no untrimmed copy is made.
    package var trimmedString: String? {
        let node = self.node
        guard node.kind == .string else { return string?.trimmingWhitespace() }
        var lower = document.base + Int(node.start) + 1
        var upper = document.base + Int(node.end)
        return document.bytes.withUnsafeBufferPointer { buffer in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            while lower < upper, isSpace(buffer[lower]) { lower += 1 }
            while upper > lower, isSpace(buffer[upper - 1]) { upper -= 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
            // Other Unicode white space (no-break spaces, …) at either end is rare: trim it the slow way.
            if lower < upper, buffer[lower] >= 0x80 || buffer[upper - 1] >= 0x80 { return text.trimmingWhitespace() }
            return text
        }
    }

    /// Whether this is a string (without decoding it).
    package var isString: Bool {
        switch node.kind {
        case .string, .escapedString, .tableString: true
        default: false
        }
    }

    /// Whether this is `null` or a string of white space only, decided on the raw bytes where possible.
    package var isBlankText: Bool {
        let node = self.node
        switch node.kind {
        case .null:
            return true
        case .string:
            let lower = document.base + Int(node.start) + 1
            let upper = document.base + Int(node.end)
            return document.bytes.withUnsafeBufferPointer { buffer in
                for index in lower..<upper {
                    let byte = buffer[index]
                    if byte >= 0x80 { return (string ?? "").trimmingWhitespace().isEmpty }
                    if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
                }
                return true
            }
        default:
            return (string ?? "").trimmingWhitespace().isEmpty
        }
    }

    /// The boolean, if this is `true` or `false`.
    package var bool: Bool? {
        switch node.kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// The raw text of a number.
    package var numberText: String? {
        let node = self.node
        if document.isTableBacked, node.kind == .number { return document.table[Int(node.end)] }
        switch node.kind {
        case .number:
            let lower = document.base + Int(node.start)
            let upper = document.base + Int(node.end)
            return String(decoding: document.bytes[lower..<upper], as: UTF8.self)
        case .tableString:
            return document.table[Int(node.end)]
        default:
            return nil
        }
    }

    /// The number as a `Double`, if this is a finite number.
    package var double: Double? {
        guard node.kind == .number, let text = numberText, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The number as an `Int`, if it is integral and in range.
    package var int: Int? {
        guard node.kind == .number, let text = numberText else { return nil }
        if let value = Int(text) { return value }
        guard let value = Double(text), value.isFinite, value == value.rounded(),
              value >= -9.0e15, value <= 9.0e15 else { return nil }
        return Int(value)
    }

    /// The number of elements of an array or pairs of an object.
    package var count: Int { Int(node.count) }

    /// The elements of an array (empty for other kinds).
    package var elements: [JSONValue] {
        guard node.kind == .array else { return [] }
        var result: [JSONValue] = []
        result.reserveCapacity(count)
        var child = index + 1
        let end = Int(node.next)
        while child < end {
            result.append(JSONValue(document: document, index: child))
            child = Int(document.nodes[child].next)
        }
        return result
    }

    /// The key/value pairs of an object in source order (empty for other kinds); keys keep their own positions.
    package var members: [(key: JSONValue, value: JSONValue)] {
        guard node.kind == .object else { return [] }
        var result: [(key: JSONValue, value: JSONValue)] = []
        result.reserveCapacity(count)
        var child = index + 1
        let end = Int(node.next)
        while child < end {
            let key = JSONValue(document: document, index: child)
            let value = JSONValue(document: document, index: child + 1)
            result.append((key, value))
            child = Int(document.nodes[child + 1].next)
        }
        return result
    }

    /// Calls `body` for each member of an object without building an array.
    package func forEachMember(_ body: (_ key: JSONValue, _ value: JSONValue) throws -> Void) rethrows {
        guard node.kind == .object else { return }
        var child = index + 1
        let end = Int(node.next)
        while child < end {
            try body(JSONValue(document: document, index: child), JSONValue(document: document, index: child + 1))
            child = Int(document.nodes[child + 1].next)
        }
    }

    /// Calls `body` for each element of an array without building an array.
    package func forEachElement(_ body: (JSONValue) throws -> Void) rethrows {
        guard node.kind == .array else { return }
        var child = index + 1
        let end = Int(node.next)
        while child < end {
            try body(JSONValue(document: document, index: child))
            child = Int(document.nodes[child].next)
        }
    }

    /// Whether a string key equals `name`, compared on raw bytes where possible.
    package func keyEquals(_ name: StaticString) -> Bool {
        let node = self.node
        if node.kind == .string {
            let length = Int(node.end) - Int(node.start) - 1
            guard length == name.utf8CodeUnitCount else { return false }
            let lower = document.base + Int(node.start) + 1
            return document.bytes.withUnsafeBufferPointer { buffer in
                name.withUTF8Buffer { expected in
                    var i = 0
                    while i < length {
                        if buffer[lower + i] != expected[i] { return false }
                        i += 1
                    }
                    return true
                }
            }
        }
        return string == name.description
    }

    /// Whether a string key equals `name`, compared on raw bytes where possible.
    package func keyEquals(_ name: String) -> Bool {
        let node = self.node
        guard node.kind == .string else { return string == name }
        let length = Int(node.end) - Int(node.start) - 1
        var name = name
        return name.withUTF8 { expected in
            guard expected.count == length else { return false }
            let lower = document.base + Int(node.start) + 1
            return document.bytes.withUnsafeBufferPointer { buffer in
                var i = 0
                while i < length {
                    if buffer[lower + i] != expected[i] { return false }
                    i += 1
                }
                return true
            }
        }
    }

    /// The second occurrence of the first key that an object repeats, if any.
    ///
    /// Profile objects have a handful of keys, so they are compared pairwise on their raw bytes
    /// without allocating; large objects fall back to a set of decoded keys.
    package func firstDuplicateKey() -> JSONValue? {
        guard node.kind == .object, node.count > 1 else { return nil }
        let end = Int(node.next)
        if node.count > 32 || document.isTableBacked {
            var seen = Set<String>()
            var child = index + 1
            while child < end {
                let key = JSONValue(document: document, index: child)
                if !seen.insert(key.string ?? "").inserted { return key }
                child = Int(document.nodes[child + 1].next)
            }
            return nil
        }
        // Walk the keys pairwise on the tape, without collecting them: plain keys are compared by length,
        // then by their raw bytes, all on the document's buffers (no value made per pair).
        let document = self.document
        let start = index
        let duplicate = document.nodes.withUnsafeBufferPointer { nodes -> Int? in
            document.bytes.withUnsafeBufferPointer { bytes -> Int? in
                guard let source = bytes.baseAddress else { return nil }
                let base = source + document.base
                // First a 64-bit filter on each plain key's length and first and last bytes: objects
                // without a repeat (nearly all) are told apart in one pass, without comparing pairs.
                var seen: UInt64 = 0
                var child = start + 1
                var collides = false
                while child < end {
                    let key = nodes[child]
                    guard key.kind == .string else { collides = true; break }
                    let first = UInt64(base[Int(key.start) + 1]), last = UInt64(base[Int(key.end) - 1])
                    let bit: UInt64 = 1 << ((UInt64(key.end &- key.start) &* 7 &+ first &* 3 &+ last) & 63)
                    if seen & bit != 0 { collides = true; break }
                    seen |= bit
                    child = Int(nodes[child + 1].next)
                }
                guard collides else { return nil }
                var later = Int(nodes[start + 2].next)
                while later < end {
                    let right = nodes[later]
                    var earlier = start + 1
                    while earlier < later {
                        let left = nodes[earlier]
                        if left.kind == .string, right.kind == .string {
                            let length = Int(left.end) - Int(left.start)
                            if length == Int(right.end) - Int(right.start),
                               memcmp(base + Int(left.start), base + Int(right.start), length) == 0 { return later }
                        } else if JSONValue(document: document, index: earlier).sameKey(as: JSONValue(document: document, index: later)) {
                            return later
                        }
                        earlier = Int(nodes[earlier + 1].next)
                    }
                    later = Int(nodes[later + 1].next)
                }
                return nil
            }
        }
        return duplicate.map { JSONValue(document: document, index: $0) }
    }

    /// Each key of an object that repeats an earlier one, with the occurrence just before it, in source
    /// order. For the rare object that ``firstDuplicateKey()`` found a repeat in.
    public func repeatedKeys() -> [(earlier: JSONValue, repeated: JSONValue)] {
        let keys = members.map(\.key)
        var pairs: [(earlier: JSONValue, repeated: JSONValue)] = []
        for (position, key) in keys.enumerated() {
            if let earlier = keys[..<position].last(where: { $0.sameKey(as: key) }) { pairs.append((earlier, key)) }
        }
        return pairs
    }

    /// Calls `body` for each member of an object; with `lastWins`, a member whose key appears again later
    /// is skipped, so the last value counts, as in JavaScript's `JSON.parse`.
    ///
    /// Pass `lastWins` only for an object known to repeat a key: the check is quadratic.
    @inline(__always)
    public func forEachMember(lastWins: Bool, _ body: (_ key: JSONValue, _ value: JSONValue) throws -> Void) rethrows {
        if lastWins {
            try forEachLastMember(body)
        } else {
            try forEachMember(body)
        }
    }

    private func forEachLastMember(_ body: (_ key: JSONValue, _ value: JSONValue) throws -> Void) rethrows {
        let keys = members.map(\.key)
        for (position, key) in keys.enumerated() where !keys[(position + 1)...].contains(where: { $0.sameKey(as: key) }) {
            try body(key, JSONValue(document: document, index: key.index + 1))
        }
    }

    /// Whether this value has nothing filled in: `null`, blank text, or an array or object holding only
    /// such values (keys do not count). Numbers and booleans are filled in.
    ///
    /// Walked on the tape and the raw bytes, stopping at the first filled-in value: every entry of a
    /// JSON Resume is asked this in batch scoring.
    @inline(__always)
    public var isBlankEntry: Bool {
        // The usual entry: an object whose first value is a plain string starting with a visible character.
        let nodes = document.nodes
        let node = nodes[index]
        if node.kind == .object, node.count > 0 {
            let value = nodes[index + 2]
            if value.kind == .string, value.end > value.start + 1 {
                let byte = document.bytes[document.base + Int(value.start) + 1]
                if byte > 0x20, byte < 0x80 { return false }
            }
        }
        return hasOnlyBlankValues
    }

    private var hasOnlyBlankValues: Bool {
        let document = self.document
        let start = index
        return document.nodes.withUnsafeBufferPointer { nodes in
            document.bytes.withUnsafeBufferPointer { bytes in
                func blank(_ at: Int) -> Bool {
                    let node = nodes[at]
                    switch node.kind {
                    case .null:
                        return true
                    case .number, .true, .false:
                        return false
                    case .string:
                        var offset = document.base + Int(node.start) + 1
                        let end = document.base + Int(node.end)
                        while offset < end {
                            let byte = bytes[offset]
                            if byte >= 0x80 { return JSONValue(document: document, index: at).isBlankText }
                            if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
                            offset += 1
                        }
                        return true
                    case .escapedString, .tableString:
                        return JSONValue(document: document, index: at).isBlankText
                    case .array:
                        var child = at + 1
                        while child < Int(node.next) {
                            if !blank(child) { return false }
                            child = Int(nodes[child].next)
                        }
                        return true
                    case .object:
                        var child = at + 1
                        while child < Int(node.next) {
                            if !blank(child + 1) { return false }
                            child = Int(nodes[child + 1].next)
                        }
                        return true
                    }
                }
                return blank(start)
            }
        }
    }

    /// The value of the last member named `key`, or `nil`; for objects that repeat a key.
    func lastMember(_ key: StaticString) -> JSONValue? {
        var found: JSONValue?
        forEachMember { name, value in
            if name.keyEquals(key) { found = value }
        }
        return found
    }

    /// Whether two keys are equal, on raw bytes when neither has escapes.
    func sameKey(as other: JSONValue) -> Bool {
        let left = node
        let right = other.node
        guard left.kind == .string, right.kind == .string, document === other.document else { return string == other.string }
        let length = Int(left.end) - Int(left.start)
        guard length == Int(right.end) - Int(right.start) else { return false }
        return document.bytes.withUnsafeBufferPointer { buffer in
            let a = document.base + Int(left.start)
            let b = document.base + Int(right.start)
            var i = 0
            while i < length {
                if buffer[a + i] != buffer[b + i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The value of the member `key` (a literal, compared on bytes without making a string), or `nil`.
    func member(_ key: StaticString) -> JSONValue? {
        firstMember { $0.keyEquals(key) }
    }

    /// The value of the first member named `key`, if this is an object that has one.
    package subscript(key: String) -> JSONValue? {
        firstMember { $0.keyEquals(key) }
    }

    /// The value of the first member whose key `matches`, walking the keys on the tape.
    @inline(__always)
    private func firstMember(_ matches: (JSONValue) -> Bool) -> JSONValue? {
        guard node.kind == .object else { return nil }
        var child = index + 1
        let end = Int(node.next)
        while child < end {
            if matches(JSONValue(document: document, index: child)) {
                return JSONValue(document: document, index: child + 1)
            }
            child = Int(document.nodes[child + 1].next)
        }
        return nil
    }
}
