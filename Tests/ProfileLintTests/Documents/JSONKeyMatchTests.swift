import Testing
@testable import ProfileLint

@Suite struct JSONKeyMatchTests {
    enum Key: String, JSONKey {
        case name, names, certificates, certificatesX, countryCode
        static let table = JSONKeyTable<Key>()
    }

    static func match(_ key: String) throws -> Key? {
        let document = try JSONParser().parse(Array("{\(key):0}".utf8))
        var found: Key?
        document.root.forEachMember { key, _ in found = key.match(Key.self) }
        return found
    }

    @Test(arguments: [
        ("\"name\"", Key.name),
        ("\"names\"", .names),
        ("\"certificates\"", .certificates),
        ("\"certificatesX\"", .certificatesX),
        ("\"countryCode\"", .countryCode),
        // Escaped keys are decoded before they are matched.
        ("\"n\\u0061me\"", .name),
        ("\"certific\\u0061tes\"", .certificates),
    ] as [(String, Key)])
    func keysAreMatchedOnTheirBytes(key: String, expected: Key) throws {
        #expect(try Self.match(key) == expected)
    }

    @Test(arguments: ["\"nam\"", "\"Name\"", "\"name \"", "\"certificatez\"", "\"certificatesXY\"", "\"\"", "\"countryCod\""])
    func otherKeysMatchNothing(key: String) throws {
        #expect(try Self.match(key) == nil)
    }
}
