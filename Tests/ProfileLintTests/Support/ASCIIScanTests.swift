import Testing
@testable import ProfileLint

/// The vector byte scans (`CProfileLintScan`) against their one-byte-at-a-time definitions, on
/// random buffers of every length around the sixteen-byte blocks and at every alignment.
/// (`.ci/check-scan-arches` runs the same comparison on the NEON and portable paths.)
@Suite struct ASCIIScanTests {
    static func isSpecial(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x80 }

    @Test func scansAgreeWithTheirDefinitions() {
        var random = SeededGenerator(seed: 2026)
        // What the random buffers exercised: where in a sixteen-byte block the first special byte was,
        // whether a buffer had none, and both answers of the ASCII check. A generator that stopped
        // reaching a case would make the comparison pass without testing it.
        var specialAtBlockOffset = Set<Int>()
        var sawNoSpecial = false
        var asciiAnswers = Set<Bool>()
        for _ in 0..<20_000 {
            let count = Int.random(in: 0..<80, using: &random)
            let offset = Int.random(in: 0..<16, using: &random)
            // Mostly plain printable ASCII, so that the special bytes land anywhere in a block.
            let bytes = (0..<(offset + count)).map { _ in
                Int.random(in: 0..<40, using: &random) == 0 ? UInt8.random(in: 0...255, using: &random) : UInt8.random(in: 0x20...0x7E, using: &random)
            }
            bytes.withUnsafeBufferPointer { all in
                let buffer = UnsafeBufferPointer(rebasing: all[offset...])
                #expect(ASCIIScan.firstSpecial(buffer) == (buffer.firstIndex(where: Self.isSpecial) ?? buffer.count))
                let isASCII = buffer.allSatisfy { $0 < 0x80 && $0 != 0x0D }
                #expect(ASCIIScan.isASCIIWithoutCarriageReturn(buffer) == isASCII)
                asciiAnswers.insert(isASCII)
                if let first = buffer.firstIndex(where: Self.isSpecial) {
                    specialAtBlockOffset.insert(first % 16)
                } else {
                    sawNoSpecial = true
                }
            }
        }
        #expect(specialAtBlockOffset == Set(0..<16), "a special byte was never first at some offset of a block")
        #expect(sawNoSpecial)
        #expect(asciiAnswers == [true, false])
    }

    @Test func characterCountCountsGraphemesWhenTheTextIsNotPlainASCII() {
        #expect("plain ascii text that is longer than sixteen bytes".characterCount == 50)
        #expect("line\r\nbreak".characterCount == 10)
        #expect("café au lait, crème brûlée".characterCount == 26)
        #expect("👩‍💻 engineer".characterCount == 10)
        #expect("".characterCount == 0)
    }

    /// Latin text with diacritics is counted by scalars; the words that hold something that can
    /// cluster (combining marks, emoji, joiners, CR LF) by grapheme breaking. Both the count and
    /// where the first characters end agree with `String` everywhere.
    @Test(arguments: ["Coördinatie van één efficiënt team, à l'équipe réseau: qualité!", "Zoë Müller · Straße", "ǅ ɐ ʰ ˿ \u{00AD}\u{0085}",
                      "e\u{0301}t\u{0301}e\u{0301} combined", "mañana\r\ntarde", "data 🚚 logistics", "🇧🇪 België", "ÆØÅ æøå œ Ÿ",
                      "a long Dutch text about planning and logistics in the Benelux, with één ë and more ü than sixteen bytes",
                      "café\r", "\u{02FF}\u{0300}x", "x\u{02FF}", "data 🚚 logistics é", "x \u{0301}y", "🇧🇪 🇳🇱 🇧", "a\u{0600} b",
                      "© \u{200D}🚀 ok", "👩‍💻 café au lait ✅", " 🚀", "🚀 ", "é 👍🏽 e\u{0301} \r\n x",
                      "a plain ASCII run of more than sixteen bytes before an emoji 🚀 and after it another long plain run"])
    func characterCountAgreesWithGraphemeCounting(text: String) {
        #expect(text.characterCount == text.count)
        Self.expectOffsetsAgree(text)
    }

    /// `utf8Offset(afterCharacters:)` is where `String.index(_:offsetBy:)` puts the end of the first
    /// `limit` characters, for every limit up to one past the text's length.
    static func expectOffsetsAgree(_ text: String) {
        for limit in 0...(text.count + 1) {
            let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) ?? text.endIndex
            #expect(text.utf8Offset(afterCharacters: limit) == text.utf8.distance(from: text.utf8.startIndex, to: end),
                    "limit \(limit) of \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Random texts of ASCII, Latin letters, combining marks, emoji, joiners, flags and CR LF: the
    /// character count and where the first characters end agree with `String`, and the loose form
    /// of Latin text with lower-casing and splitting the whole text.
    @Test func characterWalkAndLatinLooseFormsAgreeOnRandomTexts() {
        let pieces = ["a", "Z", " ", "  ", "é", "Ë", "ß", "İ", "ǅ", "\u{0301}", "🚀", "\u{200D}", "👍🏽", "🇧", "🇪", "\r", "\n", "\r\n", "-", ".",
                      "7", "½", "©", "\u{00A0}", "\u{0600}", "ŉ", "µ", "ÿ", "planning and logistics "]
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.characterCount == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            Self.expectOffsetsAgree(text)
            if let latin = LooseLatin.comparable(text) {
                #expect(latin == text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " "),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
