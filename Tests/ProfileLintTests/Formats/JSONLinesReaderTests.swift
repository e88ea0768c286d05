import Foundation
import Testing
@testable import ProfileLint

@Suite struct JSONLinesReaderTests {
    static let batch = "Fixtures/batches/mixed.jsonl"

    /// The batch's lines, read independently of the reader: (line number, text) of each non-blank line.
    private func lines() throws -> [(number: Int, text: String)] {
        try FixtureInput.text(Self.batch).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { ($0.offset + 1, String($0.element)) }
    }

    /// Line numbers of the lines Foundation parses, with the name each carries (own format or JSON Resume).
    private func goodLines() throws -> [(number: Int, name: String, isResume: Bool)] {
        try lines().compactMap { number, text in
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
            if let basics = object["basics"] as? [String: Any] { return (number, basics["name"] as? String ?? "", true) }
            return (number, object["name"] as? String ?? "", false)
        }
    }

    @Test func mixedBatchReadsEveryGoodLineAndReportsTheBadOneOnItsOwn() throws {
        let display = Repository.path(Self.batch)
        let outcomes = InputReader().read(path: display)
        let good = try goodLines()
        let all = try lines()
        #expect(good.count == 4 && all.count == 5, "the fixture has four good lines and one bad one")
        #expect(outcomes.count == all.count)
        let inputs = outcomes.compactMap { try? $0.get() }
        #expect(inputs.map(\.source) == good.map { "\(display):\($0.number)" })
        #expect(inputs.map(\.format) == good.map { $0.isResume ? InputFormat.jsonResume : .profile })
        #expect(inputs.map(\.profile.name.value) == good.map(\.name))
        let errors = outcomes.compactMap { outcome -> ProfileLintError? in
            if case .failure(let error) = outcome { return error }
            return nil
        }
        #expect(errors.count == 1)
        let bad = try #require(all.first { line in !good.contains { $0.number == line.number } })
        let column = try #require(bad.text.firstIndex(of: "}")).utf16Offset(in: bad.text) + 1
        #expect(errors.first?.errorDescription == ProfileLintError.malformedInput(location: SourceLocation(file: display, line: bad.number, column: column),
                                                                                  reason: .detail("invalid JSON: expected a value but found '}'")).errorDescription)
    }

    @Test func locationsInARecordUseTheLineNumbersOfTheFile() throws {
        let display = Repository.path(Self.batch)
        let inputs = InputReader().read(path: display).compactMap { try? $0.get() }
        let last = try #require(inputs.last)
        let line = try #require(try lines().last)
        #expect(last.source == "\(display):\(line.number)")
        for (field, location) in last.profile.sourceMap {
            #expect(location.line == line.number, "\(field) is at \(location)")
        }
    }

    @Test func recordSourcesReadAsInterpolationWouldWriteThem() {
        for (display, line) in [("batch.jsonl", 1), ("a/b c/ë.jsonl", 9), ("x", 10), ("<stdin>", 1_234_567), ("", 0), ("neg", -42)] {
            #expect(JSONLinesReader.source(display, line: line) == "\(display):\(line)")
        }
    }

    @Test func blankLinesAreSkippedButStillCounted() {
        let text = "\n{\"name\": \"A\", \"headline\": \"x\"}\n\n   \n{\"basics\": {\"name\": \"B\"}}\n"
        let outcomes = JSONLinesReader().read(bytes: Array(text.utf8), display: "team.jsonl")
        #expect(outcomes.compactMap { try? $0.get().source } == ["team.jsonl:2", "team.jsonl:5"])
    }

    @Test func overlongLineIsRefusedWithItsLineAndTheOthersAreStillRead() {
        let limits = Limits(maximumFileSize: 1 << 20, maximumUncompressedSize: 1 << 20, maximumDepth: 16, maximumRecordSize: 64)
        let long = "{\"name\": \"" + String(repeating: "x", count: 100) + "\", \"headline\": \"y\"}"
        let text = "{\"name\": \"A\", \"headline\": \"x\"}\n" + long + "\n{\"name\": \"C\", \"headline\": \"z\"}\n"
        let outcomes = JSONLinesReader(limits: limits).read(bytes: Array(text.utf8), display: "team.jsonl")
        #expect(outcomes.count == 3)
        #expect(outcomes.compactMap { try? $0.get().profile.name.value } == ["A", "C"])
        guard case .failure(let error) = outcomes[1] else {
            Issue.record("expected the long line to fail")
            return
        }
        #expect(error.errorDescription == "team.jsonl:2: line is \(long.utf8.count) bytes, longer than the limit of 64 bytes (limits.max_record_size)")
    }

    @Test func recordThatIsNoProfileIsAnErrorOfItsOwnLine() {
        let text = "{\"name\": \"A\", \"headline\": \"x\"}\n[1, 2]\n{\"unrelated\": true}\n"
        let outcomes = JSONLinesReader().read(bytes: Array(text.utf8), display: "team.jsonl")
        #expect(outcomes.count == 3)
        #expect((try? outcomes[0].get())?.profile.name == .present("A"))
        guard case .failure(let array) = outcomes[1], case .failure(let unrelated) = outcomes[2] else {
            Issue.record("expected errors on lines 2 and 3")
            return
        }
        #expect(array.errorDescription == "team.jsonl:2:1: expected a profile object but found an array (at $)")
        #expect(unrelated == .unrecognisedFormat(path: "team.jsonl:3", expected: InputReader.expectedFormats), "the error names the record's line")
    }

    @Test func checkOfTheMixedBatchReportsEveryGoodLineAndOneErrorLine() throws {
        let output = try CLIRunner.run(["check", Self.batch])
        #expect(output.status == 2)
        let bad = try #require(try lines().first { line in try !goodLines().contains { $0.number == line.number } })
        let column = try #require(bad.text.firstIndex(of: "}")).utf16Offset(in: bad.text) + 1
        #expect(output.stderr == "error: \(Self.batch):\(bad.number):\(column): invalid JSON: expected a value but found '}'\n")
        for line in try goodLines() {
            #expect(output.stdout.contains("\(Self.batch):\(line.number) (\(line.name))\n"), "line \(line.number) is not reported")
        }
        #expect(output.stdout.contains("\(try goodLines().count) profiles, average score"))
        #expect(output.stdout.contains("1 input could not be read"))
    }
}
