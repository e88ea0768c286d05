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

    /// The number of characters, counted without grapheme breaking when the text is ASCII without CR
    /// (then every byte is one character), checking sixteen bytes at a time.
    var characterCount: Int {
        // ASCII without carriage returns (CR LF is one character) has a character per byte; text of
        // scalars below U+0300 (Latin letters with their diacritics, as Dutch and French write them,
        // but no combining marks, emoji or CR) a character per scalar.
        var copy = self
        return copy.withUTF8 { buffer in
            if ASCIIScan.isASCIIWithoutCarriageReturn(buffer) { return buffer.count }
            return Self.scalarCountWithoutClusters(buffer) ?? Self.characterCountByWords(buffer)
        }
    }

    /// The number of characters of `bytes` (valid UTF-8), the text cut at the spaces between two
    /// ASCII bytes: a character always ends before such a space and starts after it (no rule of
    /// Unicode's grapheme clusters joins an ASCII space to an ASCII neighbour), so each word is
    /// counted on its own, by scalars when it can be and by grapheme breaking only when it holds
    /// something that may cluster (an emoji, a combining mark).
    static func characterCountByWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        func count(_ range: Range<Int>) -> Int {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            return scalarCountWithoutClusters(word) ?? String(decoding: word, as: UTF8.self).count
        }
        var total = 0
        var start = 0
        var index = 1
        while index + 1 < bytes.count {
            if bytes[index] == 0x20, bytes[index - 1] < 0x80, bytes[index + 1] < 0x80 {
                total += count(start..<index) + 1
                start = index + 1
            }
            index += 1
        }
        return total + count(start..<bytes.count)
    }

    /// The number of scalars of `bytes` (valid UTF-8) when each is a character of its own: no CR
    /// and no scalar from U+0300 up (lead bytes 0xCC and above), where combining marks, joiners,
    /// emoji and the scripts that cluster begin; `nil` otherwise.
    static func scalarCountWithoutClusters(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0 {
                // Eight ASCII bytes: only a CR among them matters.
                let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                if (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0 { return nil }
                index += 8
                continue
            }
            for offset in 0..<8 {
                let byte = bytes[index + offset]
                if byte == 0x0D || byte >= 0xCC { return nil }
                if byte & 0xC0 == 0x80 { continuations += 1 }
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D || byte >= 0xCC { return nil }
            if byte & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
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
