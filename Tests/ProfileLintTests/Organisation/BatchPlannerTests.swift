import Foundation
import Testing
@testable import ProfileLint

@Suite struct BatchPlannerTests {
    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planner-\(UUID().uuidString).jsonl").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Streams `text` in chunks of `chunkSize` bytes and returns each record's line and text, plus failures.
    static func records(_ text: String, chunkSize: Int, maximumRecordSize: Int = 1 << 20) throws -> (lines: [(Int, String)], failures: [String]) {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var limits = Limits.default
        limits.maximumRecordSize = maximumRecordSize
        var planner = BatchPlanner(limits: limits)
        planner.chunkSize = chunkSize
        let input = BatchPlanner.PlannedInput(path: path, employee: nil, isJSONLines: true, size: text.utf8.count)
        var lines: [(Int, String)] = []
        var failures: [String] = []
        planner.jobs(for: input, display: "x.jsonl") { job in
            switch job {
            case .jsonLines(let bytes, let display, let firstLine):
                // Lines too long inside one chunk are the reader's to refuse; longer ones the planner's.
                for outcome in JSONLinesReader(limits: limits).read(bytes: bytes, display: display, firstLine: firstLine) {
                    switch outcome {
                    case .success(let input):
                        let line = Int(input.source.split(separator: ":").last ?? "") ?? -1
                        lines.append((line, input.profile.headline.value ?? ""))
                    case .failure(let error):
                        failures.append(error.errorDescription ?? "")
                    }
                }
            case .failure(let error, _):
                failures.append(error.message(in: .english))
            default:
                Issue.record("unexpected job \(job)")
            }
        }
        return (lines, failures)
    }

    @Test(arguments: [1, 3, 7, 64, 1 << 20])
    func chunksKeepWholeLinesAndTheirNumbers(chunkSize: Int) throws {
        let text = "{\"headline\":\"a\"}\n\n{\"headline\":\"bb\"}\r\n   \n{\"headline\":\"ccc\"}"
        let (lines, failures) = try Self.records(text, chunkSize: chunkSize)
        #expect(failures.isEmpty)
        #expect(lines.map(\.0) == [1, 3, 5])
        #expect(lines.map(\.1) == ["a", "bb", "ccc"])
    }

    @Test(arguments: [4, 16, 1 << 20])
    func anOverlongLineIsReportedAndSkipped(chunkSize: Int) throws {
        let long = "{\"headline\":\"" + String(repeating: "x", count: 100) + "\"}"
        let (lines, failures) = try Self.records("{\"headline\":\"a\"}\n" + long + "\n{\"headline\":\"b\"}\n", chunkSize: chunkSize, maximumRecordSize: 50)
        #expect(lines.map(\.1) == ["a", "b"])
        #expect(lines.map(\.0) == [1, 3])
        #expect(failures.count == 1)
        #expect(failures.first?.hasPrefix("x.jsonl:2: line is") == true, "\(failures)")
        #expect(failures.first?.contains("longer than the limit") == true, "\(failures)")
    }

    @Test(arguments: [
        ("a.json", true), ("A.JSON", true), ("batch.jsonl", true), ("x.ndjson", true), ("t.yml", true), ("t.YAML", true),
        ("export.zip", true), ("a.b.json", true), ("notes.txt", false), ("json", false), ("a.", false), ("a.json.bak", false),
        ("résumé.json", true), ("archive.tar.gz", false), ("a.jso", false),
    ])
    func profileFilesAreRecognisedByExtension(name: String, expected: Bool) {
        #expect(BatchPlanner.hasProfileExtension(name) == expected)
        // The same answer as Foundation's, which the planner used to ask.
        #expect(BatchPlanner.profileExtensions.contains((name as NSString).pathExtension.lowercased()) == expected)
    }

    @Test func symbolicLinkLoopsAreReportedOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planner-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "{\"headline\": \"x\"}".write(to: root.appendingPathComponent("a/p.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a/loop").path, withDestinationPath: root.path)
        let (inputs, immediate, _) = BatchPlanner(limits: .default).plan(paths: [root.path], roster: nil)
        #expect(inputs.map { ($0.path as NSString).lastPathComponent } == ["p.json"])
        #expect(immediate.count == 1)
        if case .failure(let error, _) = immediate.first {
            #expect(error.message(in: .english).contains("symbolic link loop"))
        } else {
            Issue.record("expected a failure for the loop")
        }
    }
}
