extension String {
    /// The string without leading and trailing white space and newlines (Foundation-free).
    func trimmingWhitespace() -> String {
        // Fast path: printable ASCII at both ends means there is nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// The number of characters, counted without grapheme breaking when the text is ASCII without CR.
    var characterCount: Int {
        var isSimple = true
        for byte in utf8 where byte >= 0x80 || byte == 0x0D {
            isSimple = false
            break
        }
        return isSimple ? utf8.count : count
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

    /// The closest of `candidates` when it is close enough to be a likely typo.
    func closest(in candidates: some Sequence<String>) -> String? {
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
