import Testing
@testable import ProfileLint

@Suite struct SourceLocationTests {
    /// A finding's location is a plain value: file, line, column, path and (for a PDF) page, nothing
    /// that keeps the parsed document alive after the profile is gone.
    @Test func aLocationIsPlainValuesOnly() throws {
        let document = try JSONParser().parse(Array("{\n  \"headline\": \"Planner\"\n}".utf8))
        let headline = try #require(document.root["headline"])
        let location = SourceLocation(file: "p.json", value: headline)
        #expect(Mirror(reflecting: location).children.map(\.label) == ["file", "line", "column", "path", "page"])
        #expect(location == SourceLocation(file: "p.json", line: 2, column: 15, path: "$.headline"))
    }

    /// A page of a PDF, which has no lines, is shown as `file:page N`; a line, when there is one, wins.
    @Test func aPageIsShownWhenThereIsNoLine() {
        #expect(SourceLocation(file: "Profile.pdf", path: "Experience", page: 2).description == "Profile.pdf:page 2")
        #expect(SourceLocation(file: "p.json", line: 3, column: 1, page: 2).description == "p.json:3:1")
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
