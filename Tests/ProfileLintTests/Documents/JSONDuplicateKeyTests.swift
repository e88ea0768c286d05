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

    @Test func largeObjectsUseASet() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(try Self.duplicate(in: "{\(members)}") == nil)
        #expect(try Self.duplicate(in: "{\(members),\"k7\":0}") == "k7")
    }
}
