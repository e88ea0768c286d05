import Testing
@testable import ProfileLint

@Suite struct JSONDuplicateKeyTests {
    static func duplicate(in text: String) throws -> String? {
        let document = try JSONParser().parse(Array(text.utf8))
        return document.root.firstDuplicateKey()?.string
    }

    @Test(arguments: [
        ("{}", nil),
        ("{\"a\":1}", nil),
        ("{\"a\":1,\"b\":{\"a\":2},\"c\":[{\"a\":3}]}", nil),
        ("{\"a\":1,\"b\":2,\"a\":3}", "a"),
        ("{\"x\":[1,2],\"y\":{\"z\":1},\"y\":0}", "y"),
        ("{\"\\u0061\":1,\"a\":2}", "a"),
    ] as [(String, String?)])
    func duplicateKeysAreFoundAtTheirLevelOnly(text: String, expected: String?) throws {
        #expect(try Self.duplicate(in: text) == expected)
    }

    /// Keys of one length with the same first and last bytes share a filter bit; they are then
    /// compared in full, so a near miss is no repeat and a real repeat is still found.
    @Test(arguments: [
        (#"{"axb":1,"ayb":2,"azb":3}"#, nil),
        (#"{"axb":1,"ayb":2,"axb":3}"#, "axb"),
        (#"{"":1,"q":2,"":3}"#, ""),
    ] as [(String, String?)])
    func keysThatShareTheFilterAreComparedInFull(text: String, expected: String?) throws {
        #expect(try Self.duplicate(in: text) == expected)
    }

    @Test func largeObjectsUseASet() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(try Self.duplicate(in: "{\(members)}") == nil)
        #expect(try Self.duplicate(in: "{\(members),\"k7\":0}") == "k7")
    }
}

@Suite struct RepeatedKeyReadingTests {
    static func document(_ text: String) throws -> JSONDocument {
        try JSONParser().parse(Array(text.utf8))
    }

    @Test func everyRepeatIsPairedWithTheOccurrenceBeforeIt() throws {
        let root = try Self.document(#"{"a":1,"b":2,"a":3,"a":4}"#).root
        #expect(root.repeatedKeys().map { [$0.earlier.offset, $0.repeated.offset] } == [[1, 13], [13, 19]])
    }

    @Test func readingWithLastWinsSkipsEveryEarlierOccurrence() throws {
        let root = try Self.document(#"{"a":1,"b":2,"a":3}"#).root
        var read: [String] = []
        root.forEachMember(lastWins: true) { key, value in read.append("\(key.string ?? "")=\(value.int ?? 0)") }
        #expect(read == ["b=2", "a=3"])
        #expect(root.lastMember("a")?.int == 3)
    }

    @Test func aRepeatedKeyInAProfileJSONIsAWarningAndTheLastValueCounts() throws {
        let profile = try FixtureInput.read("Fixtures/hostile/duplicate-keys.json").profile
        #expect(profile.headline == .present("Second"))
        #expect(profile.warnings.map(\.code) == ["duplicate-key"])
        let nested = try FixtureInput.read("Fixtures/hostile/duplicate-keys-nested.json").profile
        #expect(nested.positions.value?.first?.company == "C")
    }

    @Test func aRepeatedKeyInConfigurationIsStillAnError() {
        #expect(throws: ProfileLintError.self) {
            try ConfigurationLoader.parse("{\"organisation\": {\"name\": \"A\"}, \"organisation\": {\"name\": \"B\"}}", file: "config.yml")
        }
    }
}
