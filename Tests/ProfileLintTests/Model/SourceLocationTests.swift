import Testing
@testable import ProfileLint

@Suite struct SourceLocationTests {
    /// A finding's location is a plain value: file, line, column and path, nothing that keeps the
    /// parsed document alive after the profile is gone.
    @Test func aLocationIsPlainValuesOnly() throws {
        let document = try JSONParser().parse(Array("{\n  \"headline\": \"Planner\"\n}".utf8))
        let headline = try #require(document.root["headline"])
        let location = SourceLocation(file: "p.json", value: headline)
        #expect(Mirror(reflecting: location).children.map(\.label) == ["file", "line", "column", "path"])
        #expect(location == SourceLocation(file: "p.json", line: 2, column: 15, path: "$.headline"))
    }

    /// A recorded field resolves, when asked, to the same location as one worked out at once.
    @Test func aRecordedFieldResolvesToTheSameLocation() throws {
        let document = try JSONParser().parse(Array("{\"positions\": [{\"title\": \"x\"}]}".utf8))
        let position = try #require(document.root["positions"]?.elements.first)
        var map = SourceMap()
        map.record("description", file: "p.json", value: position, missing: ["description"])
        #expect(map.contains("description"))
        #expect(map["description"] == SourceLocation(file: "p.json", line: 1, column: 16, path: "$.positions[0].description"))
        #expect(map["description"] == SourceLocation(file: "p.json", value: position, missing: ["description"]))
        #expect(!map.contains("title"))
    }
}
