/// Phrases of word lists in one language, or in several together, compiled once into a hash table
/// of folded tokens, that finds them in a ``FoldedText`` without building anything per text.
///
/// A phrase matches consecutive tokens of the text; each of its words matches a token that is the
/// word itself or the word followed by one of its language's endings (`suffixes` list), or, where
/// the language writes compounds together, a word of six letters or more followed by at least three
/// more letters (`teamspelersmentaliteit`) or, for the first word, ending a compound (`beleidsadviseur`).
/// Compiled for several languages, each phrase keeps its own language's endings, so one pass over a
/// text finds what a pass with each language's matcher would.
struct PhraseMatcher: Sendable {
    struct Phrase: Sendable {
        /// The phrase as written in the list, shown in messages.
        var text: String
        /// Its words, folded: their hashes and byte lengths.
        var hashes: [UInt64]
        var lengths: [Int32]
        /// The next phrase with the same first word, or -1.
        var next: Int32
        /// The index of its language in ``endings``.
        var language: Int
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
    /// The endings of at most seven bytes (``packed(_:)``), each once, and the languages (bits) that allow each.
    private var shortEndings: [UInt64] = []
    private var shortEndingLanguages: [UInt64] = []
    /// Longer endings, by their bytes, and the languages that allow each.
    private var longEndings: [(bytes: [UInt8], languages: UInt64)] = []
    /// Bit n set when language n writes compounds together.
    private let compoundLanguages: UInt64
    /// Bits of every language.
    private let allLanguages: UInt64
    /// Every phrase's first word with each ending of its language, by the hash of the whole: open
    /// addressing from that hash to a run of ``endedPhrases`` (start and count), so that a token that
    /// is a first word with an ending (`managers`, `gedreven` + `e`) is found with one look-up.
    private var endedKeys: [UInt64] = []
    private var endedRuns: [(start: Int32, count: Int32)] = []
    /// The phrases of each run, shorter first words first, then in the order of ``Phrase/next``.
    private var endedPhrases: [Int32] = []
    private var endedMask = 0

    /// Whether there is nothing to find.
    var isEmpty: Bool { phrases.isEmpty }

    /// Compiles `phrases` with the endings in `suffixes` (`...` allows compounds).
    init(phrases list: [String], suffixes suffixList: [String]) {
        self.init(languages: [(list, suffixList)])
    }

    /// Compiles the phrases of several languages into one matcher, each language with its endings
    /// (`...` among them allows compounds): a phrase is found wherever its own language's matcher finds it.
    init(languages: [(phrases: [String], suffixes: [String])]) {
        var compoundLanguages: UInt64 = 0
        var endingsByLanguage: [[[UInt8]]] = Array(repeating: [], count: languages.count)
        for (index, language) in languages.enumerated() where index < 64 {
            let bit = UInt64(1) << UInt64(index)
            if language.suffixes.contains("...") { compoundLanguages |= bit }
            for suffix in language.suffixes where suffix != "..." {
                let bytes = Array(WordLists.key(suffix).utf8)
                guard !bytes.isEmpty else { continue }
                if !endingsByLanguage[index].contains(bytes) { endingsByLanguage[index].append(bytes) }
                if bytes.count <= 7 {
                    let key = bytes.withUnsafeBufferPointer { Self.packed($0) }
                    if let known = shortEndings.firstIndex(of: key) { shortEndingLanguages[known] |= bit } else {
                        shortEndings.append(key)
                        shortEndingLanguages.append(bit)
                    }
                } else if let known = longEndings.firstIndex(where: { $0.bytes == bytes }) {
                    longEndings[known].languages |= bit
                } else {
                    longEndings.append((bytes, bit))
                }
            }
        }
        self.compoundLanguages = compoundLanguages
        allLanguages = languages.count >= 64 ? UInt64.max : (1 << UInt64(languages.count)) - 1
        let total = languages.reduce(0) { $0 + $1.phrases.count }
        var capacity = 16
        while capacity < total * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        firsts = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (language, entry) in languages.enumerated() {
            // Each phrase once per language, by its folded words (as ``WordLists/key(_:)`` compares them).
            var seen = Set<[UInt64]>()
            for text in entry.phrases {
                FoldedText.withTokens(of: text) { folded in
                    guard folded.count > 0 else { return }
                    let hashes = Array(folded.hashes[0..<folded.count])
                    guard seen.insert(hashes).inserted else { return }
                    let first = folded.token(0)
                    add(Phrase(text: text, hashes: hashes, lengths: Array(folded.lengths[0..<folded.count]), next: -1, language: language),
                        start: (first[0], first.count > 1 ? first[1] : 0))
                }
            }
        }
        addEndedForms(endingsByLanguage)
    }

    /// Fills ``endedKeys``: each phrase's first word with each ending of its language.
    private mutating func addEndedForms(_ endingsByLanguage: [[[UInt8]]]) {
        var forms: [(key: UInt64, length: Int32, phrase: Int32)] = []
        for (index, phrase) in phrases.enumerated() where phrase.language < endingsByLanguage.count {
            for ending in endingsByLanguage[phrase.language] {
                // FNV-1a goes on from the word's hash over the ending's bytes.
                var hash = phrase.hashes[0]
                for byte in ending { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                forms.append((hash == 0 ? 1 : hash, phrase.lengths[0], Int32(index)))
            }
        }
        guard !forms.isEmpty else { return }
        // Within a run, the order in which the prefixes of a token would find them.
        forms.sort { ($0.key, $0.length, -$0.phrase) < ($1.key, $1.length, -$1.phrase) }
        var capacity = 16
        while capacity < forms.count * 2 { capacity *= 2 }
        endedKeys = Array(repeating: 0, count: capacity)
        endedRuns = Array(repeating: (0, 0), count: capacity)
        endedMask = capacity - 1
        endedPhrases.reserveCapacity(forms.count)
        for form in forms {
            var slot = Int(truncatingIfNeeded: form.key) & endedMask
            while endedKeys[slot] != 0, endedKeys[slot] != form.key { slot = (slot + 1) & endedMask }
            if endedKeys[slot] == 0 {
                endedKeys[slot] = form.key
                endedRuns[slot] = (Int32(endedPhrases.count), 0)
            }
            endedRuns[slot].count += 1
            endedPhrases.append(form.phrase)
        }
    }

    /// The run of ``endedPhrases`` whose first word with an ending hashes to `hash`.
    @inline(__always)
    private func endedRun(_ hash: UInt64) -> Range<Int> {
        guard !endedKeys.isEmpty else { return 0..<0 }
        var slot = Int(truncatingIfNeeded: hash) & endedMask
        while true {
            let key = endedKeys[slot]
            if key == hash { return Int(endedRuns[slot].start)..<Int(endedRuns[slot].start + endedRuns[slot].count) }
            if key == 0 { return 0..<0 }
            slot = (slot + 1) & endedMask
        }
    }

    /// Adds `phrase`, whose first word starts with the bytes `start` (the second 0 for a word of one byte).
    private mutating func add(_ phrase: Phrase, start: (UInt8, UInt8)) {
        var phrase = phrase
        let slot = slot(for: phrase.hashes[0])
        if keys[slot] == 0 { keys[slot] = phrase.hashes[0] }
        phrase.next = firsts[slot]
        firsts[slot] = Int32(phrases.count)
        if phrase.lengths[0] < 64 {
            firstLengths |= 1 << UInt64(phrase.lengths[0])
            lengthsByStart[Self.startSlot(start.0, start.1)] |= 1 << UInt64(phrase.lengths[0])
        }
        phrases.append(phrase)
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

    /// The languages, as bits, in which `rest`, what a token has after a word of `length` bytes, is an
    /// allowed ending; a compound needs a word of six letters or more, so that `plan` does not match `planning`.
    @inline(__always)
    private func endingLanguages(_ rest: UnsafeMutableBufferPointer<UInt8>, after length: Int) -> UInt64 {
        if rest.isEmpty { return allLanguages }
        return (rest.count >= 3 && length >= 6 ? compoundLanguages : 0) | suffixLanguages(rest)
    }

    /// The languages, as bits, that list `rest` (not empty) among their endings.
    @inline(__always)
    private func suffixLanguages(_ rest: UnsafeMutableBufferPointer<UInt8>) -> UInt64 {
        var languages: UInt64 = 0
        if rest.count <= 7 {
            let key = Self.packed(UnsafeBufferPointer(rest))
            shortEndings.withUnsafeBufferPointer { endings in
                for index in endings.indices where endings[index] == key {
                    languages |= shortEndingLanguages[index]
                    break
                }
            }
        } else {
            for ending in longEndings where ending.bytes.count == rest.count && ending.bytes.elementsEqual(rest) { languages |= ending.languages }
        }
        return languages
    }

    /// Up to seven bytes and their count in one number.
    @inline(__always)
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key = UInt64(bytes.count) << 56
        for index in bytes.indices { key |= UInt64(bytes[index]) << UInt64(8 * index) }
        return key
    }

    /// Whether token `index` of `text` is the word of `hash` and `length` bytes, with an ending its
    /// language allows.
    @inline(__always)
    private func tokenMatches(_ text: FoldedText, _ index: Int, _ hash: UInt64, _ length: Int32, language: Int) -> Bool {
        if text.hashes[index] == hash { return true }
        let tokenLength = text.lengths[index]
        guard tokenLength > length else { return false }
        let token = text.token(index)
        guard FoldedText.hash(UnsafeMutableBufferPointer(rebasing: token[0..<Int(length)])) == hash else { return false }
        return endingLanguages(UnsafeMutableBufferPointer(rebasing: token[Int(length)...]), after: Int(length)) & (1 << UInt64(language)) != 0
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
        // The whole token first, then the token as a first word with an ending of its phrase's
        // language (shorter words first), then, where a language writes compounds together, each
        // prefix of six letters or more that leaves at least three.
        // Most tokens start no phrase: the two lookups answer that without a call of `visit` (and,
        // measured, without setting up the loop over an empty run: about 3 M instructions on 5,000 realistic profiles).
        let tokenHash = text.hashes[index]
        let first = firstPhrase(tokenHash)
        if first >= 0, !visit(first, text, index, end, allLanguages, body) { return false }
        let ended = endedRun(tokenHash)
        if !ended.isEmpty {
            for entry in ended where !visit(Int(endedPhrases[entry]), text, index, end, body) { return false }
        }
        let length = Int(text.lengths[index])
        guard compoundLanguages != 0, length >= 9 else { return true }
        let token = text.token(index)
        // Only the lengths of first words that start as the token does.
        var prefixLengths = lengthsByStart[Self.startSlot(token[0], token[1])] & ~UInt64(0x3F) & (length - 2 >= 64 ? UInt64.max : (1 << UInt64(length - 2)) - 1)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var position = 0
        while prefixLengths != 0 {
            let next = prefixLengths.trailingZeroBitCount
            prefixLengths &= prefixLengths - 1
            while position < next {
                hash = (hash ^ UInt64(token[position])) &* 0x0000_0100_0000_01B3
                position += 1
            }
            // The languages whose ending the rest is were visited above.
            let languages = compoundLanguages & ~suffixLanguages(UnsafeMutableBufferPointer(rebasing: token[next...]))
            guard languages != 0 else { continue }
            if !visit(firstPhrase(hash == 0 ? 1 : hash), text, index, end, languages, body) { return false }
        }
        // A compound ends in the word too (`beleidsadviseur`, `salesmanager`): a word of six letters
        // or more after at least three others, in a language that writes compounds together.
        guard compoundLanguages != 0, length >= 9 else { return true }
        var headLengths = firstLengths & ~UInt64(0x3F) & (length - 2 >= 64 ? UInt64.max : (1 << UInt64(length - 2)) - 1)
        while headLengths != 0 {
            let wordLength = headLengths.trailingZeroBitCount
            headLengths &= headLengths - 1
            let start = length - wordLength
            guard lengthsByStart[Self.startSlot(token[start], token[start + 1])] & (1 << UInt64(wordLength)) != 0 else { continue }
            let head = FoldedText.hash(UnsafeMutableBufferPointer(rebasing: token[(length - wordLength)...]))
            if !visit(firstPhrase(head), text, index, end, compoundLanguages, body) { return false }
        }
        return true
    }

    /// Visits the chain of phrases starting at `first` whose first word is token `index`, those of
    /// `languages` (bits) only; `false` to stop.
    @inline(__always)
    private func visit(_ first: Int32, _ text: FoldedText, _ index: Int, _ end: Int, _ languages: UInt64, _ body: (Int, Int) -> Bool) -> Bool {
        var current = first
        while current >= 0 {
            if languages & (1 << UInt64(phrases[Int(current)].language)) != 0, !visit(Int(current), text, index, end, body) { return false }
            current = phrases[Int(current)].next
        }
        return true
    }

    /// Calls `body` when phrase `phrase`, whose first word token `index` is, goes on in the next
    /// tokens before `end`; `false` when `body` asked to stop.
    @inline(__always)
    private func visit(_ phrase: Int, _ text: FoldedText, _ index: Int, _ end: Int, _ body: (Int, Int) -> Bool) -> Bool {
        let words = phrases[phrase].hashes.count
        guard index + words <= end else { return true }
        if words > 1 {
            let candidate = phrases[phrase]
            for word in 1..<words where !tokenMatches(text, index + word, candidate.hashes[word], candidate.lengths[word], language: candidate.language) {
                return true
            }
        }
        return body(phrase, index)
    }

    /// Appends to `found` the phrases in tokens `range` of `text` as the list writes them, each once
    /// and none inside another found before it ("diverse taken", not also "taken"), up to `limit`.
    func collect(in text: FoldedText, _ range: Range<Int>, into found: inout [String], limit: Int = 8) {
        var covered = range.lowerBound
        // The closure holds the phrases, not the matcher: a closure that held `self` was specialised to
        // take a copy of the whole matcher (a retain of each of its tables) for every token.
        let phrases = self.phrases
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
