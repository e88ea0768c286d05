extension JSONDocument {
    /// The JSON path of the node at `target` (`$.work[0].summary`), found by walking the tape from the root.
    ///
    /// Paths are only needed when a finding or an error is shown, so they are worked out on demand
    /// instead of being built for every value read.
    func path(to target: Int) -> String {
        var path = "$"
        var index = 0
        walk: while index != target, index < nodes.count {
            let node = nodes[index]
            switch node.kind {
            case .object:
                var child = index + 1
                while child < Int(node.next) {
                    let valueEnd = Int(nodes[child + 1].next)
                    if target == child || (target > child && target < valueEnd) {
                        path += Self.member(JSONValue(document: self, index: child).string ?? "")
                        if target == child { break walk }
                        index = child + 1
                        continue walk
                    }
                    child = valueEnd
                }
                break walk
            case .array:
                var child = index + 1
                var position = 0
                while child < Int(node.next) {
                    let end = Int(nodes[child].next)
                    if target >= child && target < end {
                        path += "[\(position)]"
                        index = child
                        continue walk
                    }
                    child = end
                    position += 1
                }
                break walk
            default:
                break walk
            }
        }
        return path
    }

    /// `.name`, or `["odd name"]` when the name is not a plain identifier.
    static func member(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || $0 == "-" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
        guard plain else {
            var quoted = ""
            JSONOutput.writeString(name, to: &quoted)
            return "[\(quoted)]"
        }
        return "." + name
    }
}

/// The keys of one kind of JSON object that an importer reads, matched on raw bytes.
///
/// An importer declares its keys as a `String` enum; ``JSONValue/match(_:)`` finds which one a key
/// is without decoding it into a `String`.
protocol JSONKey: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The key table, built once (`static let table = JSONKeyTable<Self>()`).
    static var table: JSONKeyTable<Self> { get }
}

/// The byte spellings of a ``JSONKey`` enum's cases.
///
/// Each spelling is kept as its length and its first eight bytes packed into one word, so a key is
/// usually told apart with two integer comparisons; longer spellings compare their tails byte by byte.
struct JSONKeyTable<Key: JSONKey>: Sendable {
    let keys: [(bytes: [UInt8], key: Key)]
    /// The first eight bytes of each spelling (zero-padded), in `keys` order.
    let heads: [UInt64]

    init() {
        keys = Key.allCases.map { (Array($0.rawValue.utf8), $0) }
        heads = keys.map { Self.head($0.bytes.withUnsafeBufferPointer { $0 }) }
    }

    /// The first eight bytes of `bytes` as one word (zero-padded).
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        withUnsafeMutableBytes(of: &word) { target in
            for index in 0..<min(8, bytes.count) { target[index] = bytes[index] }
        }
        return word
    }

    /// The case spelled `bytes`, if any.
    func key(for bytes: UnsafeBufferPointer<UInt8>) -> Key? {
        let head = Self.head(bytes)
        for index in heads.indices where heads[index] == head {
            let spelling = keys[index].bytes
            guard spelling.count == bytes.count else { continue }
            var i = 8
            while i < bytes.count, bytes[i] == spelling[i] { i += 1 }
            if i >= bytes.count { return keys[index].key }
        }
        return nil
    }

    /// All key names, for "did you mean" suggestions.
    var names: [String] { keys.map { $0.key.rawValue } }
}

extension JSONValue {
    /// Which of `Key`'s cases this key is, if any.
    func match<Key: JSONKey>(_: Key.Type) -> Key? {
        withPlainStringBytes { Key.table.key(for: $0) } ?? string.flatMap(Key.init(rawValue:))
    }
}
