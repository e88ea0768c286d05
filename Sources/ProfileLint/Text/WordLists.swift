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
            phrases[list, default: [:]][language] = embeddedList(contents)
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
    package static func parseList(_ contents: String) -> [String] {
        contents.split(whereSeparator: \.isNewline).compactMap { line in
            let text = (line.firstIndex(of: "#").map { line[..<$0] } ?? line[...]).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
    }

    /// The phrases of an embedded list, which the generator wrote one per line, trimmed and without
    /// comments: split at line feeds on the bytes, as every list is read at start-up and splitting
    /// into characters (``parseList(_:)``) cost more than the rest of the start-up.
    static func embeddedList(_ contents: String) -> [String] {
        contents.utf8.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
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
