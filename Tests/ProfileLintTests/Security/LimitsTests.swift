import Foundation
import Testing

/// Every limit of `limits:` in `.profilelint.yml` is enforced where input is read, and a normal
/// input that exceeds a small configured limit fails with one line naming the configuration key.
@Suite struct LimitsTests {
    /// Runs `profilelint arguments` with a configuration whose `limits:` are `limits`.
    static func run(limits: String, _ arguments: [String]) throws -> SecurityRunner.Output {
        let folder = try SecurityRunner.temporaryFolder("limits")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent("profilelint.yml").path
        try Data("limits:\n\(limits)\n".utf8).write(to: URL(fileURLWithPath: configuration))
        return try SecurityRunner.run([arguments[0], "--config", configuration] + arguments.dropFirst())
    }

    /// Exit 2 and every line on stderr an error that names `key`.
    static func expectRejected(_ output: SecurityRunner.Output, naming key: String, lines: Int = 1,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(output.status == 2, "exit \(output.status): \(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.errorLines.count == lines, "\(output.stderr)", sourceLocation: sourceLocation)
        for line in output.errorLines {
            #expect(line.hasPrefix("error: ") && line.contains("(\(key))"), "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func maxFileSizeRefusesALargerProfile() throws {
        let output = try Self.run(limits: "  max_file_size: 1KB", ["check", "Fixtures/profiles/sanne-de-vries-all-star.json"])
        Self.expectRejected(output, naming: "limits.max_file_size")
        #expect(output.stderr.contains("sanne-de-vries-all-star.json: file is 2.4 KB, larger than the limit of 1.0 KB"))
        // A smaller profile is still read.
        let small = try Self.run(limits: "  max_file_size: 1KB", ["check", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(small.status == 1, "\(small.stderr)")
    }

    @Test func maxFileSizeAppliesToExportFilesRostersAndBatches() throws {
        let export = try Self.run(limits: "  max_file_size: 200B", ["check", "Fixtures/linkedin/profile-only"])
        Self.expectRejected(export, naming: "limits.max_file_size")
        #expect(export.stderr.contains("Fixtures/linkedin/profile-only/Profile.csv: file is"))

        let roster = try Self.run(limits: "  max_file_size: 1KB", ["batch", "--roster", "Fixtures/workforce/roster.csv"])
        Self.expectRejected(roster, naming: "limits.max_file_size")
        #expect(roster.stderr.contains("roster.csv: file is"))

        let batch = try Self.run(limits: "  max_file_size: 1KB", ["batch", "--format", "json", "Fixtures/profiles"])
        #expect(batch.status == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as? [String: Any])
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.count == 2, "the two profiles over 1 KB: \(errors)")
        #expect(errors.allSatisfy { ($0["message"] as? String)?.contains("(limits.max_file_size)") == true })
    }

    /// JSON Lines files are streamed by `batch`, one record at a time, so only the record limit
    /// applies to them there; `check` reads the whole file and applies the file limit.
    @Test func batchStreamsJSONLinesBeyondTheFileSizeLimit() throws {
        let check = try Self.run(limits: "  max_file_size: 1KB", ["check", "Fixtures/batches/mixed.jsonl"])
        Self.expectRejected(check, naming: "limits.max_file_size")
        let batch = try Self.run(limits: "  max_file_size: 1KB", ["batch", "--format", "json", "Fixtures/batches/mixed.jsonl"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as? [String: Any], "\(batch.stderr)")
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(!errors.contains { ($0["message"] as? String)?.contains("max_file_size") == true })
        let summary = try #require(report["summary"] as? [String: Any])
        #expect((summary["scored"] as? Int ?? 0) > 0)
    }

    /// Standard input is read up to the limit and no further: an endless stream ends the run with one
    /// error instead of filling the memory (it was read to its end before the limit was checked).
    @Test func standardInputIsReadOnlyUpToTheFileSizeLimit() throws {
        let folder = try SecurityRunner.temporaryFolder("stdin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent("profilelint.yml").path
        try Data("limits:\n  max_file_size: 1KB\n".utf8).write(to: URL(fileURLWithPath: configuration))
        let result = try ExternalTool.run(["timeout", "20", "bash", "-c", #"cat /dev/zero | "$0" check --config "$1" -"#,
                                           CLIRunner.executable.path, configuration])
        #expect(result.status == 2, "exit \(result.status) (124: still reading after 20 s): \(result.stderr)")
        #expect(result.stderr == "error: <stdin>: input is larger than the limit of 1.0 KB (limits.max_file_size)\n", "\(result.stderr)")
    }

    @Test func maxUncompressedSizeRefusesAnExportArchive() throws {
        let output = try Self.run(limits: "  max_uncompressed_size: 4KB", ["check", "Fixtures/linkedin/sanne-de-vries.zip"])
        Self.expectRejected(output, naming: "limits.max_uncompressed_size")
        #expect(output.stderr.contains("sanne-de-vries.zip: the export's files declare"))
        let enough = try Self.run(limits: "  max_uncompressed_size: 64KB", ["check", "Fixtures/linkedin/sanne-de-vries.zip"])
        #expect(enough.status == 0, "\(enough.stderr)")
    }

    @Test(arguments: ["Fixtures/profiles/sanne-de-vries-all-star.json", "Fixtures/json-resume/sanne-de-vries.resume.json"])
    func maxDepthRefusesDeeperJSON(_ path: String) throws {
        let output = try Self.run(limits: "  max_depth: 2", ["check", path])
        Self.expectRejected(output, naming: "limits.max_depth")
        #expect(output.stderr.contains("nesting deeper than 2 levels"))
    }

    @Test func maxDepthRefusesDeeperYAMLRulesAndProfiles() throws {
        let folder = try SecurityRunner.temporaryFolder("depth")
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("deep.yaml").path
        try Data("headline: x\npositions:\n  - company: Acme\n    title: Engineer\n".utf8).write(to: URL(fileURLWithPath: profile))
        let yaml = try Self.run(limits: "  max_depth: 2", ["check", profile])
        Self.expectRejected(yaml, naming: "limits.max_depth")
        // Rule files are read with the configured limits too: every default rule nests deeper than 1.
        let rules = try Self.run(limits: "  max_depth: 1", ["check", "--rules", "Rules", "Fixtures/profiles/jan-jansen-incomplete.json"])
        Self.expectRejected(rules, naming: "limits.max_depth")
        #expect(rules.stderr.contains("Rules/"))
    }

    @Test func maxRecordSizeRefusesLongCSVRecordsAndJSONLines() throws {
        let csv = try Self.run(limits: "  max_record_size: 128B", ["check", "Fixtures/linkedin/profile-only"])
        Self.expectRejected(csv, naming: "limits.max_record_size")
        #expect(csv.stderr.contains("Fixtures/linkedin/profile-only/Profile.csv:1: the record starting on this line is longer than the limit of 128 bytes"))

        // Each long line of a JSON Lines file is its own error; the file has five, all longer than 64 bytes.
        let lines = try Self.run(limits: "  max_record_size: 64B", ["check", "Fixtures/batches/mixed.jsonl"])
        Self.expectRejected(lines, naming: "limits.max_record_size", lines: 5)

        // The batch path streams the file in chunks and applies the same limit to each line.
        let batch = try Self.run(limits: "  max_record_size: 64B", ["batch", "--format", "json", "Fixtures/batches/mixed.jsonl"])
        #expect(batch.status == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as? [String: Any])
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.count == 5)
        #expect(errors.allSatisfy { ($0["message"] as? String)?.contains("(limits.max_record_size)") == true })
    }

    @Test(arguments: [
        ("  max_file_size: 0", "limits.max_file_size", "expected a size such as 256MB or 1GB"),
        ("  max_file_size: lots", "limits.max_file_size", "expected a size such as 256MB or 1GB"),
        ("  max_uncompressed_size: -1GB", "limits.max_uncompressed_size", "expected a size such as 256MB or 1GB"),
        ("  max_depth: 0", "limits.max_depth", "expected a whole number from 1 to 10000"),
        ("  max_depth: 100001", "limits.max_depth", "expected a whole number from 1 to 10000"),
        ("  max_record_size: 99999999999999999999GB", "limits.max_record_size", "expected a size such as 256MB or 1GB"),
    ])
    func invalidLimitsAreConfigurationErrors(_ limits: String, key: String, reason: String) throws {
        let output = try Self.run(limits: limits, ["check", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 2)
        #expect(output.errorLines.count == 1, "\(output.stderr)")
        #expect(output.stderr.contains("invalid configuration, key '\(key)': \(reason)"), "\(output.stderr)")
    }

    @Test func unknownLimitKeysWarnWithASuggestion() throws {
        let output = try Self.run(limits: "  max_file_sise: 1KB", ["check", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 1, "the run goes on with the default limits")
        #expect(output.stderr.contains("warning: unknown key 'limits.max_file_sise'; did you mean 'max_file_size'?"), "\(output.stderr)")
    }
}
