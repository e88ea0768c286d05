/// A text folded for matching words: lower case, without diacritics, cut into tokens of letters and
/// digits, with where sentences and bullets start and which numbers carry a `%` or a currency sign.
///
/// Built in temporary (stack) memory by ``withTokens(of:limit:_:)`` and read inside its closure, so
/// folding a profile's text allocates nothing on the heap for texts of ordinary length.
struct FoldedText {
    /// Token flags.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// The first token of a sentence or bullet.
        static let sentenceStart = Flags(rawValue: 1)
        /// Only digits, with `.` or `,` between digits (`1.200`, `2,5`).
        static let numeric = Flags(rawValue: 2)
        /// Followed by `%`.
        static let percent = Flags(rawValue: 4)
        /// Preceded by a currency sign (`€`, `$`, `£`).
        static let currency = Flags(rawValue: 8)
        /// Starts with a digit.
        static let startsWithDigit = Flags(rawValue: 16)
    }

    /// The folded bytes (ASCII lower case for Latin letters; other letters kept as written).
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let starts: UnsafeMutableBufferPointer<Int32>
    let lengths: UnsafeMutableBufferPointer<Int32>
    let hashes: UnsafeMutableBufferPointer<UInt64>
    let flags: UnsafeMutableBufferPointer<Flags>
    /// The number of tokens.
    private(set) var count = 0
    /// The number of tokens: the words within the characters asked for (all of them without a limit).
    var prefixCount: Int { count }

    /// Its first `count` tokens, in the same memory: a prefix of the text (``folding(_:limit:mark:bytes:positions:hashes:flags:)``
    /// tells how many tokens a prefix has).
    func prefix(_ count: Int) -> FoldedText {
        var prefix = self
        prefix.count = min(count, self.count)
        return prefix
    }

    /// The folded bytes of token `index`.
    @inline(__always)
    func token(_ index: Int) -> UnsafeMutableBufferPointer<UInt8> {
        UnsafeMutableBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index] + lengths[index])])
    }

    /// FNV-1a, the hash of folded tokens here and in the compiled word lists; never 0 (the empty slot).
    @inline(__always)
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash == 0 ? 1 : hash
    }

    /// Calls `body` with `text` folded, or only its first `limit` characters (as LinkedIn counts
    /// them), without a word that the limit cuts.
    static func withTokens<Result>(of text: String, limit: Int? = nil, _ body: (FoldedText) -> Result) -> Result {
        let size = text.utf8.count + 1
        let maxTokens = tokenCapacity(bytes: size)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { bytes in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: maxTokens * 2) { positions in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: maxTokens) { hashes in
                    withUnsafeTemporaryAllocation(of: Flags.self, capacity: maxTokens) { flags in
                        body(folding(text, limit: limit, bytes: bytes, positions: positions, hashes: hashes, flags: flags))
                    }
                }
            }
        }
    }

    /// The tokens a text of `bytes` bytes (and one more) can have at most: a token is at least one
    /// byte followed by a separator.
    static func tokenCapacity(bytes: Int) -> Int { bytes / 2 + 1 }

    /// `text` (or its first `limit` characters) folded into memory the caller holds: `bytes` for its
    /// UTF-8 count and one more, `positions` twice and `hashes` and `flags` once ``tokenCapacity(bytes:)``.
    static func folding(_ text: String, limit: Int?, bytes: UnsafeMutableBufferPointer<UInt8>, positions: UnsafeMutableBufferPointer<Int32>,
                        hashes: UnsafeMutableBufferPointer<UInt64>, flags: UnsafeMutableBufferPointer<Flags>) -> FoldedText {
        folding(text, limit: limit, mark: nil, bytes: bytes, positions: positions, hashes: hashes, flags: flags).text
    }

    /// `text` (or its first `limit` characters) folded as ``folding(_:limit:bytes:positions:hashes:flags:)``
    /// does, and the number of its first tokens that are, token for token and flag for flag, `text`'s
    /// first `mark` characters folded (`nil` when they are not: a rare cut, as in `2.|5` or `20 |%`),
    /// so that a text and its first characters are folded in one pass.
    static func folding(_ text: String, limit: Int?, mark: Int?, bytes: UnsafeMutableBufferPointer<UInt8>, positions: UnsafeMutableBufferPointer<Int32>,
                        hashes: UnsafeMutableBufferPointer<UInt64>, flags: UnsafeMutableBufferPointer<Flags>) -> (text: FoldedText, marked: Int?) {
        let limitByte = limit.map { byteLimit(of: text, characters: $0) } ?? Int.max
        let markByte = mark.map { byteLimit(of: text, characters: $0) } ?? Int.max
        var text = text
        let maxTokens = positions.count / 2
        var folded = FoldedText(bytes: bytes,
                                starts: UnsafeMutableBufferPointer(rebasing: positions[0..<maxTokens]),
                                lengths: UnsafeMutableBufferPointer(rebasing: positions[maxTokens..<(maxTokens * 2)]),
                                hashes: hashes, flags: flags)
        var marked: Int?
        text.withUTF8 { whole in
            let input = limitByte < whole.count ? UnsafeBufferPointer(rebasing: whole[0..<limitByte]) : whole
            // A word the limit cuts in two is left out ("engi" of "engineer").
            let cutsWord = Self.cutsWord(whole, at: limitByte)
            marked = folded.fold(input, cutsWord: cutsWord, mark: markByte < input.count ? markByte : nil,
                                 markCutsWord: Self.cutsWord(whole, at: markByte))
            if markByte >= input.count { marked = folded.count }
        }
        return (folded, marked)
    }

    /// The UTF-8 offset of `text`'s first `characters` characters (as LinkedIn counts them), or
    /// `Int.max` when the text is not longer.
    private static func byteLimit(of text: String, characters limit: Int) -> Int {
        guard text.utf8.count > limit else { return Int.max }
        return text.utf8Offset(afterCharacters: limit)
    }

    /// Whether a limit at byte `limit` of `whole` cuts a word in two ("engi" of "engineer").
    private static func cutsWord(_ whole: UnsafeBufferPointer<UInt8>, at limit: Int) -> Bool {
        limit < whole.count && limit > 0 && isWordByte(whole[limit]) && isWordByte(whole[limit - 1])
    }

    /// What a byte or sequence is to the tokeniser.
    private enum Class {
        case letter, digit, separator, sentenceBreak, currency, percent, decimalMark
    }

    /// A byte of a letter or digit, or of a non-ASCII character (most are letters).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    /// Folds `input`; with a `mark`, returns how many of the tokens are the first `mark` bytes
    /// folded (a word cut there left out when `markCutsWord`), or `nil` when those would differ.
    @discardableResult
    private mutating func fold(_ input: UnsafeBufferPointer<UInt8>, cutsWord: Bool, mark: Int? = nil, markCutsWord: Bool = false) -> Int? {
        var out = 0
        var hash: UInt64 = 0
        var tokenStart = -1
        var tokenFlags: Flags = [.sentenceStart]
        var allDigits = true
        var pendingSentence = true
        var pendingCurrency = false
        var index = 0
        // Where the tight loop below stops to note the mark, and what the first `mark` bytes folded
        // alone would end with: their token count, a last token still open at the mark, the flags of their last token.
        var stop = mark ?? input.count
        var markedCount: Int?
        var open: (start: Int32, length: Int32, hash: UInt64)?
        var lastFlags: Flags?

        func endToken(_ this: inout FoldedText) {
            guard tokenStart >= 0 else { return }
            let length = out - tokenStart
            if allDigits { tokenFlags.insert(.numeric) }
            this.starts[this.count] = Int32(tokenStart)
            this.lengths[this.count] = Int32(length)
            this.hashes[this.count] = hash == 0 ? 1 : hash
            this.flags[this.count] = tokenFlags
            this.count += 1
            this.bytes[out] = 0x20
            out += 1
            tokenStart = -1
        }

        func append(_ byte: UInt8, digit: Bool, _ this: inout FoldedText) {
            if tokenStart < 0 {
                tokenStart = out
                allDigits = true
                tokenFlags = []
                if pendingSentence { tokenFlags.insert(.sentenceStart) }
                if pendingCurrency, digit { tokenFlags.insert(.currency) }
                if digit { tokenFlags.insert(.startsWithDigit) }
                pendingSentence = false
                pendingCurrency = false
                hash = 0xcbf2_9ce4_8422_2325
            }
            if !digit { allDigits = false }
            this.bytes[out] = byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            out += 1
        }

        while index < input.count {
            if index == stop, let mark {
                stop = input.count
                // A `.` or `,` before the mark would be read without the digit after it.
                if mark == 0 || (input[mark - 1] != 0x2E && input[mark - 1] != 0x2C) {
                    if tokenStart >= 0, !markCutsWord {
                        var closed = tokenFlags
                        if allDigits { closed.insert(.numeric) }
                        open = (Int32(tokenStart), Int32(out - tokenStart), hash == 0 ? 1 : hash)
                        lastFlags = closed
                        markedCount = count + 1
                    } else {
                        lastFlags = count > 0 ? flags[count - 1] : nil
                        markedCount = count
                    }
                }
            }
            let byte = input[index]
            // Lower-case ASCII letters and spaces, most of any text, skip the classification below.
            if byte >= 0x61 && byte <= 0x7A {
                append(byte, digit: false, &self)
                index += 1
                // The rest of a run of them, in one tight loop: the token has started and is no number.
                while index < stop {
                    let next = input[index]
                    guard next >= 0x61 && next <= 0x7A else { break }
                    bytes[out] = next
                    hash = (hash ^ UInt64(next)) &* 0x0000_0100_0000_01B3
                    // Both stay below the text's length: no overflow check.
                    out &+= 1
                    index &+= 1
                }
                continue
            }
            if byte == 0x20 {
                endToken(&self)
                index += 1
                continue
            }
            var width = 1
            var kind: Class
            var first: UInt8 = byte
            var second: UInt8 = 0
            switch byte {
            case 0x41...0x5A: kind = .letter; first = byte + 0x20
            case 0x61...0x7A: kind = .letter
            case 0x30...0x39: kind = .digit
            case 0x2E, 0x2C:
                let betweenDigits = tokenStart >= 0 && allDigits && index + 1 < input.count && (0x30...0x39).contains(input[index + 1])
                kind = betweenDigits ? .decimalMark : (byte == 0x2E ? .sentenceBreak : .separator)
            case 0x21, 0x3F, 0x3B, 0x0A, 0x0D: kind = .sentenceBreak
            case 0x25: kind = .percent
            case 0x24: kind = .currency
            case 0x2A, 0x2D:
                // `-` or `*` opening a line is a bullet.
                kind = tokenStart < 0 && (index == 0 || Self.lineStartBefore(input, index)) ? .sentenceBreak : .separator
            case 0xC0...0xDF:
                width = 2
                let next = index + 1 < input.count ? input[index + 1] : 0
                (kind, first, second) = Self.twoByte(byte, next)
            case 0xE0...0xEF:
                width = 3
                let b1 = index + 1 < input.count ? input[index + 1] : 0
                let b2 = index + 2 < input.count ? input[index + 2] : 0
                if byte == 0xE2 {
                    if b1 == 0x82, b2 == 0xAC { kind = .currency }
                    else if (b1 == 0x80 && (b2 == 0xA2 || b2 == 0xA3)) || b1 == 0x96 || b1 == 0x97 || b1 == 0x9E || b1 == 0x9C { kind = .sentenceBreak }
                    else { kind = .separator }
                } else {
                    kind = .letter
                }
            case 0xF0...0xF7: width = 4; kind = .separator
            default: kind = .separator
            }
            width = min(width, input.count - index)
            switch kind {
            case .letter:
                if width == 1 || second != 0 || (width == 2 && first != byte) {
                    append(first, digit: false, &self)
                    if second != 0 { append(second, digit: false, &self) }
                } else {
                    for offset in 0..<width { append(input[index + offset], digit: false, &self) }
                }
            case .digit:
                append(byte, digit: true, &self)
            case .decimalMark:
                append(byte, digit: true, &self)
            case .percent:
                if tokenStart >= 0 {
                    tokenFlags.insert(.percent)
                } else if count > 0, flags[count - 1].contains(.numeric) {
                    flags[count - 1].insert(.percent)
                }
                endToken(&self)
            case .currency:
                endToken(&self)
                pendingCurrency = true
            case .sentenceBreak:
                endToken(&self)
                pendingSentence = true
                pendingCurrency = false
            case .separator:
                endToken(&self)
                // "€ 2" keeps its currency over one space, no further.
                if byte != 0x20 { pendingCurrency = false }
            }
            index += width
        }
        if cutsWord { tokenStart = -1 }
        endToken(&self)
        // The first `mark` bytes folded alone end as the whole did at the mark, unless what came after
        // changed their last token (`20%`, `20 %`) or went on with it (`2.5`).
        guard let marked = markedCount else { return nil }
        if let open {
            guard open.start == starts[marked - 1], open.length == lengths[marked - 1], open.hash == hashes[marked - 1] else { return nil }
        }
        if marked > 0, flags[marked - 1] != lastFlags { return nil }
        return marked
    }

    private static func lineStartBefore(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, input[position] == 0x20 || input[position] == 0x09 { position -= 1 }
        return position < 0 || input[position] == 0x0A || input[position] == 0x0D
    }

    /// A two-byte UTF-8 sequence: Latin-1 letters folded to ASCII (`é` → `e`, `ß` → `ss`, `œ` → `oe`).
    private static func twoByte(_ lead: UInt8, _ next: UInt8) -> (Class, UInt8, UInt8) {
        if lead == 0xC2 {
            if next == 0xA3 || next == 0xA5 { return (.currency, 0, 0) }
            if next == 0xB7 { return (.sentenceBreak, 0, 0) }
            return (.separator, 0, 0)
        }
        if lead == 0xC3, next >= 0x80, next <= 0xBF {
            let folded = latin1[Int(next - 0x80)]
            if folded.0 == 0 { return (.separator, 0, 0) }
            return (.letter, folded.0, folded.1)
        }
        if lead == 0xC5, next == 0x92 || next == 0x93 { return (.letter, UInt8(ascii: "o"), UInt8(ascii: "e")) }
        // Other letters (Latin Extended, Greek, Cyrillic, …) are kept as written.
        return (.letter, lead, 0)
    }

    /// U+00C0–U+00FF folded: (first byte, second byte or 0); (0, 0) for × and ÷.
    private static let latin1: [(UInt8, UInt8)] = {
        let table = "aaaaaa" + "ae" + "ceeeeiiiidnooooo" + "*" + "ouuuuy" + "th" + "ss" + "aaaaaa" + "ae" + "ceeeeiiiidnooooo" + "*" + "ouuuuy" + "th" + "y"
        var result: [(UInt8, UInt8)] = []
        var bytes = Array(table.utf8)[...]
        // Entries of two letters: Æ æ (ae), Þ þ (th), ß (ss).
        let pairs: Set<Int> = [6, 30, 31, 38, 62]
        for index in 0..<64 {
            if pairs.contains(index) {
                result.append((bytes.removeFirst(), bytes.removeFirst()))
            } else {
                let byte = bytes.removeFirst()
                result.append(byte == UInt8(ascii: "*") ? (0, 0) : (byte, 0))
            }
        }
        return result
    }()
}
