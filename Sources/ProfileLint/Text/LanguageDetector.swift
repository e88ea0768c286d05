/// Tells which language a text is in, offline, from the little words every sentence has (the
/// `stopwords` lists: "de", "het", "en" for Dutch; "the", "and" for English; "le", "et" for French).
///
/// A text is in the language whose words it has most, by a margin; a text of fewer than
/// ``minimumWords`` words, or with too few such words or no clear winner, is in no known language
/// (`nil`), and the checks that need its language are then unknown.
struct LanguageDetector: Sendable {
    /// Fewer words than this and the language is not guessed.
    static let minimumWords = 5
    /// The languages, by index (at most eight).
    let languages: [String]
    private var keys: [UInt64]
    private var masks: [UInt8]
    private let mask: Int

    /// Compiles the `stopwords` lists of `lists`.
    init(_ lists: WordLists) {
        languages = Array(lists.languages.prefix(8))
        var words: [(UInt64, UInt8)] = []
        for (index, language) in languages.enumerated() {
            for word in lists.phrases("stopwords", language) {
                let key = WordLists.key(word)
                guard !key.isEmpty, !key.contains(" ") else { continue }
                words.append((FoldedText.hash(key.utf8), UInt8(1) << UInt8(index)))
            }
        }
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        masks = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (hash, bit) in words {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while keys[slot] != 0, keys[slot] != hash { slot = (slot + 1) & mask }
            keys[slot] = hash
            masks[slot] |= bit
        }
    }

    /// The index in ``languages`` of the language of `text`, or `nil` when it cannot be told.
    func language(of text: FoldedText) -> Int? {
        guard text.count >= Self.minimumWords, !languages.isEmpty else { return nil }
        var scores = (0, 0, 0, 0, 0, 0, 0, 0)
        var any = 0
        for index in 0..<text.count {
            var slot = Int(truncatingIfNeeded: text.hashes[index]) & mask
            var bits: UInt8 = 0
            while keys[slot] != 0 {
                if keys[slot] == text.hashes[index] {
                    bits = masks[slot]
                    break
                }
                slot = (slot + 1) & mask
            }
            guard bits != 0 else { continue }
            any += 1
            withUnsafeMutableBytes(of: &scores) { raw in
                let counts = raw.bindMemory(to: Int.self)
                var remaining = bits
                while remaining != 0 {
                    counts[remaining.trailingZeroBitCount] += 1
                    remaining &= remaining - 1
                }
            }
        }
        guard any >= 2 else { return nil }
        return withUnsafeBytes(of: &scores) { raw in
            let counts = raw.bindMemory(to: Int.self)
            var best = 0
            for index in 1..<languages.count where counts[index] > counts[best] { best = index }
            var second = 0
            for index in 0..<languages.count where index != best { second = max(second, counts[index]) }
            let top = counts[best]
            // A winner needs two of its words and a lead of a quarter of them (at least one).
            guard top >= 2, top - second >= max(1, top / 4) else { return nil }
            return best
        }
    }
}
