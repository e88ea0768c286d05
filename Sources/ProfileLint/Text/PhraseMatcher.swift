/// Phrases of word lists in one language, compiled once into a hash table of folded tokens, that
/// finds them in a ``FoldedText`` without building anything per text.
///
/// A phrase matches consecutive tokens of the text; each of its words matches a token that is the
/// word itself or the word followed by one of the language's endings (`suffixes` list), or, where
/// the language writes compounds together, a word of six letters or more followed by at least three
/// more letters (`teamspelersmentaliteit`) or, for the first word, ending a compound (`beleidsadviseur`).
struct PhraseMatcher: Sendable {
    struct Phrase: Sendable {
        /// The phrase as written in the list, shown in messages.
        var text: String
        /// Its words, folded: their hashes and byte lengths.
        var hashes: [UInt64]
        var lengths: [Int32]
        /// The next phrase with the same first word, or -1.
        var next: Int32
    }

    private(set) var phrases: [Phrase] = []
    /// Open addressing: a first word's hash and the index of its first phrase.
    private var keys: [UInt64]
    private var firsts: [Int32]
    private let mask: Int
    /// Bit n set when some phrase's first word has n bytes (n < 64), to try only those prefixes of a token.
    private var firstLengths: UInt64 = 0
    /// Per slot of a first word's first two bytes (``startSlot(_:_:)``), the lengths as in
    /// ``firstLengths`` of the first words that start so: most prefixes of a token then need no hash.
    private var lengthsByStart = [UInt64](repeating: 0, count: 1024)
    /// Endings folded, by their bytes.
    private let suffixes: [[UInt8]]
    /// Whether a word may start a compound written together.
    private let compounds: Bool
    /// The longest ending, in bytes: a shorter prefix of a token can only match through a compound.
    private let longestSuffix: Int

    /// Whether there is nothing to find.
    var isEmpty: Bool { phrases.isEmpty }

    /// Compiles `phrases` with the endings in `suffixes` (`...` allows compounds).
    init(phrases list: [String], suffixes suffixList: [String]) {
        compounds = suffixList.contains("...")
        suffixes = suffixList.filter { $0 != "..." }.map { Array(WordLists.key($0).utf8) }.filter { !$0.isEmpty }
        longestSuffix = suffixes.map(\.count).max() ?? 0
        var capacity = 16
        while capacity < list.count * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        firsts = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        var seen = Set<String>()
        for text in list {
            let key = WordLists.key(text)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            let words = key.split(separator: " ")
            var phrase = Phrase(text: text, hashes: words.map { FoldedText.hash($0.utf8) }, lengths: words.map { Int32($0.utf8.count) }, next: -1)
            let slot = slot(for: phrase.hashes[0])
            if keys[slot] == 0 { keys[slot] = phrase.hashes[0] }
            phrase.next = firsts[slot]
            firsts[slot] = Int32(phrases.count)
            if phrase.lengths[0] < 64 {
                firstLengths |= 1 << UInt64(phrase.lengths[0])
                let first = words[0].utf8
                let second = first.count > 1 ? first[first.index(after: first.startIndex)] : 0
                lengthsByStart[Self.startSlot(first[first.startIndex], second)] |= 1 << UInt64(phrase.lengths[0])
            }
            phrases.append(phrase)
        }
    }

    /// The slot in ``lengthsByStart`` of a word starting with `first` and `second` (0 for a word of one byte).
    @inline(__always)
    private static func startSlot(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 31 &+ Int(second)) & 1023
    }

    private func slot(for hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while keys[slot] != 0, keys[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    @inline(__always)
    private func firstPhrase(_ hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[slot]
            if key == hash { return firsts[slot] }
            if key == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `rest`, what a token has after a word of `length` bytes, is an allowed ending; a
    /// compound needs a word of six letters or more, so that `plan` does not match `planning`.
    @inline(__always)
    private func allowsEnding(_ rest: UnsafeMutableBufferPointer<UInt8>, after length: Int) -> Bool {
        if rest.isEmpty { return true }
        if compounds, rest.count >= 3, length >= 6 { return true }
        for suffix in suffixes where suffix.count == rest.count {
            if suffix.elementsEqual(rest) { return true }
        }
        return false
    }

    /// Whether token `index` of `text` is the word of `hash` and `length` bytes, with an allowed ending.
    @inline(__always)
    private func tokenMatches(_ text: FoldedText, _ index: Int, _ hash: UInt64, _ length: Int32) -> Bool {
        if text.hashes[index] == hash { return true }
        let tokenLength = text.lengths[index]
        guard tokenLength > length else { return false }
        let token = text.token(index)
        guard FoldedText.hash(UnsafeMutableBufferPointer(rebasing: token[0..<Int(length)])) == hash else { return false }
        return allowsEnding(UnsafeMutableBufferPointer(rebasing: token[Int(length)...]), after: Int(length))
    }

    /// Calls `body` with each phrase found in tokens `range` of `text` and the token it starts at, in
    /// text order; `body` returns `false` to stop.
    func forEachMatch(in text: FoldedText, _ range: Range<Int>, _ body: (Int, Int) -> Bool) {
        guard !phrases.isEmpty else { return }
        for index in range where !forEachMatch(at: index, in: text, end: range.upperBound, body) { return }
    }

    /// Whether some phrase starts at token `index` of `text` and ends before token `end`.
    func matches(at index: Int, in text: FoldedText, end: Int) -> Bool {
        guard !phrases.isEmpty, index < end else { return false }
        var found = false
        _ = forEachMatch(at: index, in: text, end: end) { _, _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with each phrase that starts at token `index`; `false` when `body` asked to stop.
    private func forEachMatch(at index: Int, in text: FoldedText, end: Int, _ body: (Int, Int) -> Bool) -> Bool {
        // The whole token first, then each shorter prefix that some first word is as long as.
        if !visit(firstPhrase(text.hashes[index]), text, index, end, body) { return false }
        let length = Int(text.lengths[index])
        guard length > 1 else { return true }
        let token = text.token(index)
        // Only the lengths of first words that start as the token does (one-byte words by their byte).
        let starting = lengthsByStart[Self.startSlot(token[0], token[1])] | (lengthsByStart[Self.startSlot(token[0], 0)] & 2)
        var prefixLengths = starting & (length >= 64 ? UInt64.max : (1 << UInt64(length)) - 1)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var position = 0
        while prefixLengths != 0 {
            let next = prefixLengths.trailingZeroBitCount
            prefixLengths &= prefixLengths - 1
            while position < next {
                hash = (hash ^ UInt64(token[position])) &* 0x0000_0100_0000_01B3
                position += 1
            }
            // Most prefixes leave more than an ending and start no compound: no look-up for them.
            let rest = length - next
            guard rest <= longestSuffix || (compounds && next >= 6 && rest >= 3),
                  allowsEnding(UnsafeMutableBufferPointer(rebasing: token[next...]), after: next) else { continue }
            if !visit(firstPhrase(hash == 0 ? 1 : hash), text, index, end, body) { return false }
        }
        // A compound ends in the word too (`beleidsadviseur`, `salesmanager`): a word of six letters
        // or more after at least three others.
        guard compounds, length >= 9 else { return true }
        var headLengths = firstLengths & ~UInt64(0x3F) & (length - 2 >= 64 ? UInt64.max : (1 << UInt64(length - 2)) - 1)
        while headLengths != 0 {
            let wordLength = headLengths.trailingZeroBitCount
            headLengths &= headLengths - 1
            let start = length - wordLength
            guard lengthsByStart[Self.startSlot(token[start], token[start + 1])] & (1 << UInt64(wordLength)) != 0 else { continue }
            let head = FoldedText.hash(UnsafeMutableBufferPointer(rebasing: token[(length - wordLength)...]))
            if !visit(firstPhrase(head), text, index, end, body) { return false }
        }
        return true
    }

    /// Visits the chain of phrases starting at `first` whose first word is token `index`; `false` to stop.
    @inline(__always)
    private func visit(_ first: Int32, _ text: FoldedText, _ index: Int, _ end: Int, _ body: (Int, Int) -> Bool) -> Bool {
        var current = first
        while current >= 0 {
            let phrase = phrases[Int(current)]
            let words = phrase.hashes.count
            if index + words <= end {
                var matched = true
                for word in 1..<max(words, 1) where !tokenMatches(text, index + word, phrase.hashes[word], phrase.lengths[word]) {
                    matched = false
                    break
                }
                if matched, !body(Int(current), index) { return false }
            }
            current = phrase.next
        }
        return true
    }

    /// Appends to `found` the phrases in tokens `range` of `text` as the list writes them, each once
    /// and none inside another found before it ("diverse taken", not also "taken"), up to `limit`.
    func collect(in text: FoldedText, _ range: Range<Int>, into found: inout [String], limit: Int = 8) {
        var covered = range.lowerBound
        forEachMatch(in: text, range) { phrase, start in
            guard start >= covered else { return true }
            covered = start + phrases[phrase].hashes.count
            if !found.contains(phrases[phrase].text) { found.append(phrases[phrase].text) }
            return found.count < limit
        }
    }

    /// Whether some phrase occurs in tokens `range` of `text`.
    func occurs(in text: FoldedText, _ range: Range<Int>) -> Bool {
        var found = false
        forEachMatch(in: text, range) { _, _ in
            found = true
            return false
        }
        return found
    }
}
