import CProfileLintScan

extension String {
    /// The string without leading and trailing white space and newlines (Foundation-free).
    func trimmingWhitespace() -> String {
        // Fast path: printable ASCII at both ends means there is nothing to trim.
        var copy = self
        let untouched = copy.withUTF8 { buffer -> Bool in
            guard let first = buffer.first, let last = buffer.last else { return false }
            return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
        }
        if untouched { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// The text with every occurrence of `target` replaced by `replacement`, compared byte for byte.
    ///
    /// For the placeholders of messages (`{phrase}`, `{field}`), filled in for every profile:
    /// Foundation's `replacingOccurrences(of:with:)` goes through `NSString` on Linux, at a cost of
    /// thousands of instructions a call. A text without `target` is returned as it is.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self
        var target = target
        return text.withUTF8 { bytes -> String in
            target.withUTF8 { pattern -> String in
                guard !pattern.isEmpty, bytes.count >= pattern.count else { return self }
                func occurs(at start: Int) -> Bool {
                    for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
                    return true
                }
                var start = 0
                while start <= bytes.count - pattern.count, !occurs(at: start) { start += 1 }
                guard start <= bytes.count - pattern.count else { return self }
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count + replacement.utf8.count)
                var copied = 0
                while start <= bytes.count - pattern.count {
                    guard occurs(at: start) else {
                        start += 1
                        continue
                    }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                    result.append(contentsOf: replacement.utf8)
                    start += pattern.count
                    copied = start
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// The UTF-8 offset just after the first occurrence of `needle` (ASCII, written in lower case),
    /// ignoring the case of ASCII letters, or `nil`. For the URLs and network names importers and
    /// checks look into: `lowercased().contains(…)` would lower-case the whole text first, and
    /// Foundation's `range(of:)` is slow on Linux.
    func endOfASCIICaseInsensitive(_ needle: StaticString) -> Int? {
        var copy = self
        return copy.withUTF8 { Self.endOfASCIICaseInsensitive(needle, in: $0) }
    }

    /// Whether the text holds `needle` (ASCII, written in lower case), ignoring the case of ASCII letters.
    func containsASCIICaseInsensitive(_ needle: StaticString) -> Bool {
        endOfASCIICaseInsensitive(needle) != nil
    }

    /// ``endOfASCIICaseInsensitive(_:)`` on UTF-8 bytes.
    static func endOfASCIICaseInsensitive(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        needle.withUTF8Buffer { pattern -> Int? in
            guard !pattern.isEmpty else { return 0 }
            guard bytes.count >= pattern.count else { return nil }
            for start in 0...(bytes.count - pattern.count) {
                var offset = 0
                while offset < pattern.count {
                    let byte = bytes[start + offset]
                    guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == pattern[offset] else { break }
                    offset += 1
                }
                if offset == pattern.count { return start + offset }
            }
            return nil
        }
    }

    /// The number of characters (grapheme clusters, as LinkedIn counts them), without grapheme
    /// breaking except in the words that hold something that may cluster (``CharacterWalk``).
    var characterCount: Int {
        var copy = self
        return copy.withUTF8 { CharacterWalk.walk($0, limit: .max).count }
    }

    /// The UTF-8 offset where the first `limit` characters end; the whole length when the text has
    /// no more than `limit`.
    func utf8Offset(afterCharacters limit: Int) -> Int {
        var copy = self
        return copy.withUTF8 { CharacterWalk.walk($0, limit: limit).end }
    }

    /// Lower-cased words of letters and digits joined by single spaces, for comparing texts loosely.
    var looselyComparable: String {
        var copy = self
        let ascii = copy.withUTF8 { buffer -> String? in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(buffer.count)
            var pendingSpace = false
            for byte in buffer {
                guard byte < 0x80 else { return nil }
                let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if isWordByte {
                    if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        if let ascii { return ascii }
        return LooseLatin.comparable(self) ?? lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// Whether `looselyComparable` gives the same text for both strings; for ASCII texts (headlines
    /// and job titles, mostly) it is worked out on the bytes, without building either.
    func looselyEquals(_ other: String) -> Bool {
        var left = self
        var right = other
        let equal = left.withUTF8 { a in right.withUTF8 { b in LooseWords.equal(a, b) } }
        return equal ?? (looselyComparable == other.looselyComparable)
    }

    /// Whether `looselyComparable` is empty: the text has no letter or digit.
    var hasNoLooseWords: Bool {
        var copy = self
        let ascii = copy.withUTF8 { buffer -> Bool? in
            for byte in buffer {
                guard byte < 0x80 else { return nil }
                if LooseWords.isWordByte(byte) { return false }
            }
            return true
        }
        return ascii ?? looselyComparable.isEmpty
    }

    init(format4 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    init(twoDigits value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }

    /// The Levenshtein distance to `other`, for "did you mean" suggestions.
    func editDistance(to other: String) -> Int {
        let a = Array(self.lowercased())
        let b = Array(other.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The closest of `candidates` when it is close enough to be a likely typo (for "did you mean").
    public func closest(in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(to: candidate)
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = Swift.max(1, Swift.min(3, count / 3))
        return best.1 <= allowed ? best.0 : nil
    }
}

/// `String.looselyComparable` for text whose scalars are all below U+0300 (Latin letters with their
/// diacritics, as Dutch and French write them): there every scalar is a character of its own, so
/// each is lower-cased and told a letter or digit by a table worked out once from `Character`
/// itself, instead of lower-casing and splitting the whole text as characters.
enum LooseLatin {
    /// For each scalar below U+0300: whether it is a letter or digit once lower-cased, and its lower-case
    /// UTF-8; `nil` for one whose lower case is not one character (none, as Unicode stands).
    static let table: [(word: Bool, lower: [UInt8])?] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let lowered = String(Character(scalar)).lowercased()
        guard lowered.count == 1, let character = lowered.first else { return nil }
        return (character.isLetter || character.isNumber, Array(lowered.utf8))
    }

    static func comparable(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x300, let entry = table[Int(scalar.value)] else { return nil }
            guard entry.word else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: entry.lower)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The bytes of `String.looselyComparable` for ASCII text, produced one at a time.
enum LooseWords {
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether two ASCII texts have the same loose form; `nil` when either is not ASCII.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isASCII(a), isASCII(b) else { return nil }
        var left = Cursor(a)
        var right = Cursor(b)
        while true {
            let x = left.next()
            let y = right.next()
            if x != y { return false }
            if x == nil { return true }
        }
    }

    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= buffer.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < buffer.count {
            if buffer[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Lower-cased word bytes, with one space between words and none at either end.
    struct Cursor {
        let buffer: UnsafeBufferPointer<UInt8>
        var index = 0
        var pendingSpace = false
        var started = false

        init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func next() -> UInt8? {
            while index < buffer.count {
                let byte = buffer[index]
                guard LooseWords.isWordByte(byte) else {
                    pendingSpace = true
                    index += 1
                    continue
                }
                if pendingSpace, started {
                    pendingSpace = false
                    return 0x20
                }
                pendingSpace = false
                started = true
                index += 1
                return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return nil
        }
    }
}

/// Counts the characters of UTF-8 text, or finds where its first characters end, without grapheme
/// breaking where it cannot matter.
///
/// A scalar below U+0300 other than CR is a character of its own (no rule of Unicode's grapheme
/// clusters joins it to a neighbour), so runs of such scalars are counted by their lead bytes,
/// sixteen bytes at a time (`pl_first_cluster_byte`). Where a byte that may cluster appears (CR, or
/// a scalar from U+0300 up: combining marks, joiners, emoji), the word around it is counted by
/// `String.count`: the text cut at the spaces between two ASCII bytes, where a character always
/// ends before the space and starts after it.
enum CharacterWalk {
    /// The characters of `bytes` (valid UTF-8) up to `limit` of them, and the offset where the last
    /// of those ends (`bytes.count` when the text has no more).
    static func walk(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (count: Int, end: Int) {
        guard let base = bytes.baseAddress, limit > 0 else { return (0, 0) }
        let total = bytes.count
        // ASCII without CR, most texts, has a character per byte.
        if ASCIIScan.isASCIIWithoutCarriageReturn(bytes) { return (min(limit, total), min(limit, total)) }
        var counted = 0
        var index = 0
        // Where the next word starts at the earliest: after the last word counted whole.
        var floor = 0
        while true {
            var tails = 0
            let stop = index + pl_first_cluster_byte(base + index, total - index, &tails)
            // The scalars before the word that holds `stop` are characters; that word is counted whole.
            let start = stop == total ? total : wordStart(bytes, before: stop, floor: floor)
            var wordTails = 0
            var byte = start
            while byte < stop {
                if bytes[byte] & 0xC0 == 0x80 { wordTails += 1 }
                byte += 1
            }
            let scalars = start - index - (tails - wordTails)
            if counted + scalars >= limit { return (limit, scalarEnd(bytes, from: index, scalars: limit - counted)) }
            counted += scalars
            guard stop < total else { return (counted, total) }
            let end = wordEnd(bytes, after: stop)
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            let characters = word.count
            if counted + characters >= limit {
                let last = word.index(word.startIndex, offsetBy: limit - counted)
                return (limit, start + word.utf8.distance(from: word.startIndex, to: last))
            }
            counted += characters
            guard end < total else { return (counted, total) }
            // The space after the word is counted with the next run.
            index = end
            floor = end + 1
        }
    }

    /// Whether the byte at `index` is a space between two ASCII bytes, where words are cut.
    @inline(__always)
    private static func isCut(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index >= 1 && index + 1 < bytes.count && bytes[index] == 0x20 && bytes[index - 1] < 0x80 && bytes[index + 1] < 0x80
    }

    /// Where the word holding byte `stop` starts: after the last cut before it, and not before `floor`.
    private static func wordStart(_ bytes: UnsafeBufferPointer<UInt8>, before stop: Int, floor: Int) -> Int {
        var index = stop - 1
        while index >= floor {
            if isCut(bytes, index) { return index + 1 }
            index -= 1
        }
        return floor
    }

    /// Where the word holding byte `stop` ends: at the first cut after it, or at the end.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, after stop: Int) -> Int {
        var index = stop + 1
        while index + 1 < bytes.count {
            if isCut(bytes, index) { return index }
            index += 1
        }
        return bytes.count
    }

    /// The offset after the first `scalars` scalars from `start` (at least one of them there).
    private static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int) -> Int {
        var leads = 0
        var index = start
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if leads == scalars { return index }
                leads += 1
            }
            index += 1
        }
        return bytes.count
    }
}
