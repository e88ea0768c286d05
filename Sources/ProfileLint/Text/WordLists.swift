import Foundation

/// The word lists the text checks use (buzzwords, action verbs, duty phrases, …), one per name and
/// language: data files `Rules/lists/<name>.<language>.txt`, embedded in the binary, which the
/// configuration may extend or trim (`lists: {buzzwords: {add: {nl: [...]}, remove: {en: [...]}}}`).
///
/// A list file holds one phrase per line; `#` starts a comment. Two lists are special: `stopwords`
/// tells the languages apart (``LanguageDetector``), and `suffixes` gives the endings a word may
/// take and still match (`resultaatgericht` matches `resultaatgerichte`); a line `...` there lets
/// a word start a compound written together, as Dutch does (`teamspeler` in `teamspelersmentaliteit`).
public struct WordLists: Sendable, Equatable {
    /// Phrases by list name, then language code.
    private(set) var phrases: [String: [String: [String]]]

    /// The list names, sorted.
    public var names: [String] { phrases.keys.sorted() }

    /// The languages texts are recognised in (those with a `stopwords` list), in a fixed order:
    /// English, Dutch, French, then any other alphabetically.
    public var languages: [String] {
        let codes = Set((phrases["stopwords"] ?? [:]).keys)
        let known = ["en", "nl", "fr"].filter(codes.contains)
        return known + codes.subtracting(known).sorted()
    }

    /// The lists shipped with profilelint.
    public static let standard: WordLists = {
        var phrases: [String: [String: [String]]] = [:]
        for (name, contents) in EmbeddedWordLists.files {
            guard let (list, language) = parseFileName(name) else { continue }
            phrases[list, default: [:]][language] = parseList(contents)
        }
        return WordLists(phrases: phrases)
    }()

    /// `buzzwords.nl.txt` → (`buzzwords`, `nl`).
    package static func parseFileName(_ name: String) -> (String, String)? {
        let parts = name.split(separator: ".")
        guard parts.count == 3, parts[2] == "txt" else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The phrases of a list file: one per line, without comments and blank lines.
    ///
    /// Read on the UTF-8 bytes (every list is read at start-up, and splitting into characters cost
    /// more than the rest of the start-up): lines end at LF, CR, VT, FF, NEL, LS or PS, and spaces and
    /// tabs around a phrase are dropped, as `isNewline` and `.whitespaces` would.
    package static func parseList(_ contents: String) -> [String] {
        var contents = contents
        return contents.withUTF8 { bytes in
            var phrases: [String] = []
            var lineStart = 0
            var index = 0
            func endLine(_ end: Int) {
                var first = lineStart
                var last = end
                if let hash = bytes[first..<last].firstIndex(of: UInt8(ascii: "#")) { last = hash }
                while first < last, isBlank(bytes, first) { first += blankWidth(bytes, first) }
                while last > first, let width = blankWidthBefore(bytes, last, first) { last -= width }
                if first < last { phrases.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)) }
            }
            while index < bytes.count {
                let width = newlineWidth(bytes, index)
                if width > 0 {
                    endLine(index)
                    index += width
                    lineStart = index
                } else {
                    index += 1
                }
            }
            endLine(bytes.count)
            return phrases
        }
    }

    /// The bytes of the line break at `index` (CR LF counts as one), or 0.
    private static func newlineWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// Whether a space (Unicode `Zs`) or tab starts at `index`: what `.whitespaces` trims.
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        blankWidth(bytes, index) > 0
    }

    private static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        guard byte >= 0xC2 else { return 0 }
        // Decode one scalar and ask its general category.
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.generalCategory == .spaceSeparator else { return 0 }
        return String(scalar).utf8.count
    }

    /// The width of a space or tab that ends just before `end` (not before `start`), or `nil`.
    private static func blankWidthBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ start: Int) -> Int? {
        if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { return 1 }
        guard bytes[end - 1] >= 0x80 else { return nil }
        var begin = end - 1
        while begin > start, bytes[begin] & 0xC0 == 0x80 { begin -= 1 }
        return blankWidth(bytes, begin) == end - begin ? end - begin : nil
    }

    /// The phrases of `list` in `language` (empty when there are none).
    public func phrases(_ list: String, _ language: String) -> [String] {
        phrases[list]?[language] ?? []
    }

    /// Adds `added` to and removes `removed` from `list` in `language`; removal ignores case and diacritics.
    public mutating func change(_ list: String, _ language: String, add added: [String], remove removed: [String]) {
        var current = phrases(list, language)
        let removedKeys = Set(removed.map(Self.key))
        current.removeAll { removedKeys.contains(Self.key($0)) }
        for phrase in added where !current.contains(where: { Self.key($0) == Self.key(phrase) }) { current.append(phrase) }
        phrases[list, default: [:]][language] = current
    }

    /// A phrase folded and tokenised, as the matcher compares it.
    static func key(_ phrase: String) -> String {
        FoldedText.withTokens(of: phrase) { folded in
            (0..<folded.count).map { String(decoding: folded.token($0), as: UTF8.self) }.joined(separator: " ")
        }
    }
}
