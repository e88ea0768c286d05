import Foundation
import Testing
@testable import ProfileLint

@Suite struct JSONLineWriterTests {
    @Test(arguments: ["plain", "quote \" and \\ backslash", "new\nline\r\ttab", "\u{01}\u{1F}", "line\u{2028}separator\u{2029}", "é ✓ 🚀", ""])
    func stringsRoundTripThroughAJSONParser(text: String) throws {
        let writer = JSONLineWriter()
        writer.raw(#"{"text":"#)
        writer.string(text)
        writer.raw(#","number":"#)
        writer.int(42)
        writer.raw(#","missing":"#)
        writer.string(nil)
        writer.raw("}")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(writer.text.utf8)) as? [String: Any])
        #expect(parsed["text"] as? String == text)
        #expect(parsed["number"] as? Int == 42)
        #expect(parsed["missing"] is NSNull)
        #expect(!writer.text.contains("\u{2028}") && !writer.text.contains("\n"))
    }

    @Test func employeeEntriesMatchTheTreeRendering() throws {
        let record = EmployeeRecord.failed(InputError(source: "a.json", message: "a.json:1:1: \"bad\"\n"), id: "E1", name: "Ann <A>", department: nil)
        let line = WorkforceJSONReporter().employee(record)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(parsed["id"] as? String == "E1")
        #expect(parsed["name"] as? String == "Ann <A>")
        #expect(parsed["department"] is NSNull)
        #expect(parsed["status"] as? String == "error")
        #expect(parsed["error"] as? String == "a.json:1:1: \"bad\"\n")
        #expect((parsed["suggestions"] as? [Any])?.isEmpty == true)
    }
}
