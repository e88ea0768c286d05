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
struct JSONKeyTable<Key: JSONKey>: Sendable {
    let keys: [(bytes: [UInt8], key: Key)]

    init() {
        keys = Key.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// All key names, for "did you mean" suggestions.
    var names: [String] { keys.map { $0.key.rawValue } }
}

extension JSONValue {
    /// Which of `Key`'s cases this key is, if any.
    func match<Key: JSONKey>(_: Key.Type) -> Key? {
        let node = self.node
        guard node.kind == .string else {
            return string.flatMap(Key.init(rawValue:))
        }
        let lower = document.base + Int(node.start) + 1
        let length = Int(node.end) - Int(node.start) - 1
        return document.bytes.withUnsafeBufferPointer { buffer in
            for (bytes, key) in Key.table.keys where bytes.count == length {
                var i = 0
                while i < length, buffer[lower + i] == bytes[i] { i += 1 }
                if i == length { return key }
            }
            return nil
        }
    }
}
