/// The texts of one profile that a program's text checks read, each folded once and its language
/// told once, however many checks read it (the About and the role description are read by several).
///
/// Lives in temporary (stack) memory for one evaluation (``withTexts(_:on:_:)``); a text is folded
/// on first use, so a check that is never reached costs no folding. A field's first characters,
/// when the whole field is read too, are the first tokens of the whole, folded in the same pass.
struct FoldedTexts {
    /// A text a check reads: a field, whole or its first characters.
    struct Key: Sendable, Equatable {
        var field: ProfileField
        var prefix: Int?
    }

    // Only pointers, so that passing it to each check costs no reference counting.
    private let keys: UnsafeBufferPointer<Key>
    /// Per text: where its memory starts in `bytes`, and in the token arrays.
    private let byteStarts: UnsafeMutableBufferPointer<Int>
    private let tokenStarts: UnsafeMutableBufferPointer<Int>
    /// Per text: the whole text of the same field when this one is its first characters, or -1;
    /// for a whole text, how many of its tokens those first characters are (-1: not known, -2: fold them alone).
    private let wholes: UnsafeMutableBufferPointer<Int>
    private let prefixCounts: UnsafeMutableBufferPointer<Int>
    /// Per text: 0 not folded yet, 1 folded; its language, -2 not told yet, -1 none.
    private let folded: UnsafeMutableBufferPointer<Int8>
    private let languages: UnsafeMutableBufferPointer<Int8>
    private let texts: UnsafeMutableBufferPointer<FoldedText>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let positions: UnsafeMutableBufferPointer<Int32>
    private let hashes: UnsafeMutableBufferPointer<UInt64>
    private let flags: UnsafeMutableBufferPointer<FoldedText.Flags>

    /// Calls `body` with room for the texts of `keys` on `profile`, folded as they are asked for.
    static func withTexts<Result>(_ keys: UnsafeBufferPointer<Key>, on profile: ProfileView, _ body: (FoldedTexts) -> Result) -> Result {
        let count = keys.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: count * 4 + 2) { starts in
            let wholes = UnsafeMutableBufferPointer(rebasing: starts[(count * 2 + 2)..<(count * 3 + 2)])
            let prefixCounts = UnsafeMutableBufferPointer(rebasing: starts[(count * 3 + 2)...])
            for (index, key) in keys.enumerated() {
                prefixCounts[index] = -1
                wholes[index] = key.prefix == nil ? -1 : (keys.firstIndex { $0.field == key.field && $0.prefix == nil } ?? -1)
            }
            var byteCount = 0
            var tokenCount = 0
            for (index, key) in keys.enumerated() {
                starts[index] = byteCount
                starts[count + 1 + index] = tokenCount
                let size = profile.state(of: key.field) == .present ? profile.text(of: key.field).utf8.count + 1 : 1
                byteCount += size
                tokenCount += FoldedText.tokenCapacity(bytes: size)
            }
            starts[count] = byteCount
            starts[count * 2 + 1] = tokenCount
            // One block for the rest, its parts in falling alignment: hashes, texts, positions, states, flags, bytes.
            let textsOffset = tokenCount * MemoryLayout<UInt64>.stride
            let positionsOffset = textsOffset + count * MemoryLayout<FoldedText>.stride
            let statesOffset = positionsOffset + tokenCount * 2 * MemoryLayout<Int32>.stride
            let flagsOffset = statesOffset + count * 2
            let bytesOffset = flagsOffset + tokenCount * MemoryLayout<FoldedText.Flags>.stride
            let size = bytesOffset + byteCount
            return withUnsafeTemporaryAllocation(byteCount: size, alignment: max(MemoryLayout<UInt64>.alignment, MemoryLayout<FoldedText>.alignment)) { raw in
                func part<T>(_ offset: Int, _ type: T.Type, _ count: Int) -> UnsafeMutableBufferPointer<T> {
                    UnsafeMutableRawBufferPointer(rebasing: raw[offset..<(offset + count * MemoryLayout<T>.stride)]).bindMemory(to: T.self)
                }
                let states = part(statesOffset, Int8.self, count * 2)
                states.initialize(repeating: 0)
                for index in 0..<count { states[count + index] = -2 }
                let texts = FoldedTexts(keys: keys,
                                        byteStarts: UnsafeMutableBufferPointer(rebasing: starts[0...count]),
                                        tokenStarts: UnsafeMutableBufferPointer(rebasing: starts[(count + 1)..<(count * 2 + 2)]),
                                        wholes: wholes, prefixCounts: prefixCounts,
                                        folded: UnsafeMutableBufferPointer(rebasing: states[0..<count]),
                                        languages: UnsafeMutableBufferPointer(rebasing: states[count...]),
                                        texts: part(textsOffset, FoldedText.self, count), bytes: part(bytesOffset, UInt8.self, byteCount),
                                        positions: part(positionsOffset, Int32.self, tokenCount * 2), hashes: part(0, UInt64.self, tokenCount),
                                        flags: part(flagsOffset, FoldedText.Flags.self, tokenCount))
                return body(texts)
            }
        }
    }

    /// Text `index` of the keys on `profile` (the profile the texts were made for), folded (once).
    func text(_ index: Int, of profile: ProfileView) -> FoldedText {
        if folded[index] != 0 { return texts[index] }
        let whole = wholes[index]
        if whole >= 0 {
            let wholeText = text(whole, of: profile)
            if prefixCounts[whole] >= 0 { return store(wholeText.prefix(prefixCounts[whole]), at: index) }
        }
        let key = keys[index]
        // The first of this field's prefixes that is read too, to fold with it.
        let mark = key.prefix == nil ? wholes.firstIndex(of: index).flatMap { keys[$0].prefix } : nil
        let byteRange = byteStarts[index]..<byteStarts[index + 1]
        let tokenStart = tokenStarts[index]
        let tokenCount = tokenStarts[index + 1] - tokenStart
        let (text, marked) = FoldedText.folding(profile.text(of: key.field), limit: key.prefix, mark: mark,
                                      bytes: UnsafeMutableBufferPointer(rebasing: bytes[byteRange]),
                                      positions: UnsafeMutableBufferPointer(rebasing: positions[(tokenStart * 2)..<((tokenStart + tokenCount) * 2)]),
                                      hashes: UnsafeMutableBufferPointer(rebasing: hashes[tokenStart..<(tokenStart + tokenCount)]),
                                      flags: UnsafeMutableBufferPointer(rebasing: flags[tokenStart..<(tokenStart + tokenCount)]))
        if mark != nil { prefixCounts[index] = marked ?? -2 }
        return store(text, at: index)
    }

    private func store(_ text: FoldedText, at index: Int) -> FoldedText {
        texts.baseAddress.map { ($0 + index).initialize(to: text) }
        folded[index] = 1
        return text
    }

    /// The index in `detector`'s languages (always the same detector) of text `index`'s language
    /// (told once), or `nil`.
    func language(_ index: Int, of profile: ProfileView, _ detector: LanguageDetector) -> Int? {
        var told = languages[index]
        if told == -2 {
            told = detector.language(of: text(index, of: profile)).map { Int8($0) } ?? -1
            languages[index] = told
        }
        return told < 0 ? nil : Int(told)
    }
}
