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
}
