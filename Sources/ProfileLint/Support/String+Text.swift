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

    /// The number of characters, counted without grapheme breaking when the text is ASCII without CR
    /// (then every byte is one character), checking sixteen bytes at a time.
    var characterCount: Int {
        // ASCII without carriage returns (CR LF is one character) has a character per byte.
        var copy = self
        let simple = copy.withUTF8 { ASCIIScan.isASCIIWithoutCarriageReturn($0) }
        return simple ? utf8.count : count
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
        return lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
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
