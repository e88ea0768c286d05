import Foundation
import Testing

/// The built binary against the hostile-input corpus in `Fixtures/hostile` (see `generate.py` there):
/// each input is refused with exit code 2 and exactly one line on standard error that names the
/// input and what is wrong, within a time bound and without crashing; a batch over all of them
/// records every one and still scores the good profile next to them.
@Suite struct HostileInputTests {
    /// The most one hostile input may take (the 100 MB cases take well under a second in release).
    static let timeBound: Duration = .seconds(20)

    /// Checks one refused input: exit 2, one `error:` line naming `name` and saying `expected`.
    static func expectRefused(_ output: SecurityRunner.Output, name: String, expected: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!output.signalled, "killed by signal \(output.status)", sourceLocation: sourceLocation)
        #expect(output.status == 2, "exit status \(output.status); stderr: \(output.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(output.errorLines.count == 1, "expected one line on stderr, got: \(output.stderr.prefix(2000))", sourceLocation: sourceLocation)
        let line = String(output.errorLines.first ?? "")
        #expect(line.hasPrefix("error: "), "\(line)", sourceLocation: sourceLocation)
        #expect(line.contains(name), "the error does not name \(name): \(line)", sourceLocation: sourceLocation)
        #expect(line.contains(expected), "the error does not say '\(expected)': \(line)", sourceLocation: sourceLocation)
        #expect(line.count < 1000, "the error line is \(line.count) characters long", sourceLocation: sourceLocation)
        for marker in SecurityRunner.crashMarkers {
            #expect(!output.stderr.contains(marker), "stderr shows a crash (\(marker))", sourceLocation: sourceLocation)
        }
        #expect(output.duration < timeBound, "took \(output.duration)", sourceLocation: sourceLocation)
    }

    @Test(arguments: HostileCorpus.all)
    func checkRefusesHostileInputWithOneLine(_ hostile: HostileCase) throws {
        try HostileCorpus.requireGenerated()
        let output = try SecurityRunner.run(["check", "--config", HostileCorpus.configuration, hostile.path])
        Self.expectRefused(output, name: hostile.path, expected: hostile.expected)
    }

    /// A key repeated in a profile is the one decision the corpus reverses: people's files have them
    /// (`"languages": []` twice), so the profile is read with a warning naming both places, and the last
    /// value counts as in `JSON.parse`. Configuration and rule files still refuse them.
    @Test(arguments: HostileCorpus.warned)
    func checkReadsAProfileWithARepeatedKeyWithOneWarning(_ hostile: HostileCase) throws {
        let output = try SecurityRunner.run(["check", "--config", HostileCorpus.configuration, hostile.path])
        #expect(!output.signalled)
        #expect(output.status == 1, "scored, with rules failing: \(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        #expect(output.stdout.contains(hostile.expected), "\(output.stdout.prefix(2000))")
    }

    /// A UTF-8 byte order mark is accepted (Windows editors write one): the decision is that it is
    /// not an error, so the profile behind it is scored. A UTF-16 BOM is an error (see the corpus).
    @Test func utf8ByteOrderMarkIsAcceptedAndTheProfileScored() throws {
        let folder = try SecurityRunner.temporaryFolder("bom")
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json")))
        let path = folder.appendingPathComponent("bom.json").path
        try (Data([0xEF, 0xBB, 0xBF]) + profile).write(to: URL(fileURLWithPath: path))
        let output = try SecurityRunner.run(["check", "--format", "json", path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let profiles = try #require(report["profiles"] as? [[String: Any]])
        #expect(profiles.first?["score"] as? Int == 100)
    }

    @Test func symbolicLinkLoopsAreRefused() throws {
        let folder = try SecurityRunner.temporaryFolder("loop")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file that is a link to itself, and a folder whose child links back to it.
        let selfLoop = folder.appendingPathComponent("self-loop.json").path
        try FileManager.default.createSymbolicLink(atPath: selfLoop, withDestinationPath: "self-loop.json")
        let loopFolder = folder.appendingPathComponent("loop")
        try FileManager.default.createDirectory(at: loopFolder.appendingPathComponent("inner"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: loopFolder.appendingPathComponent("inner/back").path, withDestinationPath: "..")

        Self.expectRefused(try SecurityRunner.run(["check", selfLoop]), name: "self-loop.json", expected: "cannot read")
        Self.expectRefused(try SecurityRunner.run(["check", loopFolder.path]), name: "loop", expected: "unrecognised input")
        let batch = try SecurityRunner.run(["batch", loopFolder.path])
        Self.expectRefused(batch, name: "inner/back", expected: "symbolic link loop")
    }

    /// A file that cannot be read. As root, mode 000 does not stop reading, so the binary runs as
    /// `nobody` (setpriv); without setpriv the case is skipped, visibly, with the reason.
    @Test(.enabled(if: SecurityRunner.canDropRoot, "running as root without setpriv: mode 000 cannot be made unreadable"))
    func unreadableFileIsRefused() throws {
        let folder = try SecurityRunner.temporaryFolder("unreadable")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("unreadable.json").path
        try Data(#"{"headline": "Secret"}"#.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let output = try SecurityRunner.run(["check", path], privileges: .unprivileged)
        Self.expectRefused(output, name: "unreadable.json", expected: "cannot read: permission denied")
    }

    /// Folder-shaped and device-shaped inputs: a folder named `.json` and a named pipe (which must not
    /// hang waiting for a writer).
    @Test func foldersAndPipesNamedJSONAreRefused() throws {
        let folder = try SecurityRunner.temporaryFolder("shapes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = folder.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        Self.expectRefused(try SecurityRunner.run(["check", directory.path]), name: "folder.json", expected: "unrecognised input")
        let pipe = folder.appendingPathComponent("pipe.json").path
        try #require(mkfifo(pipe, 0o644) == 0, "mkfifo failed: \(String(cString: strerror(errno)))")
        Self.expectRefused(try SecurityRunner.run(["check", pipe]), name: "pipe.json", expected: "not a regular file")
    }

    /// Inputs that once crashed a fuzz harness now end normally: a report or one error line.
    @Test func fuzzRegressionsNoLongerCrash() throws {
        let inputs = HostileCorpus.fuzzRegressions
        let rules = HostileCorpus.ruleRegressions
        #expect(!(inputs + rules).isEmpty, "Fixtures/hostile/fuzz-regressions holds the fuzzers' crashes")
        for input in inputs {
            let output = try SecurityRunner.run(["check", "--config", HostileCorpus.configuration, input])
            Self.expectEndedNormally(output, input: input)
        }
        // A rule file is loaded from a folder of its own (its file name must be its id).
        for rule in rules {
            let folder = try SecurityRunner.temporaryFolder("rule")
            defer { try? FileManager.default.removeItem(at: folder) }
            let name = (rule as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: Repository.path(rule), toPath: folder.appendingPathComponent(name).path)
            let asRule = try SecurityRunner.run(["check", "--rules", folder.path, "Fixtures/profiles/jan-jansen-incomplete.json"])
            Self.expectEndedNormally(asRule, input: rule)
            let asConfiguration = try SecurityRunner.run(["check", "--config", rule, "Fixtures/profiles/jan-jansen-incomplete.json"])
            Self.expectEndedNormally(asConfiguration, input: rule)
        }
    }

    static func expectEndedNormally(_ output: SecurityRunner.Output, input: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!output.signalled, "\(input): killed by signal \(output.status)", sourceLocation: sourceLocation)
        #expect((0...2).contains(output.status), "\(input): exit status \(output.status)", sourceLocation: sourceLocation)
        if output.status == 2 {
            #expect(output.errorLines.count == 1, "\(input): \(output.stderr.prefix(2000))", sourceLocation: sourceLocation)
        }
        for marker in SecurityRunner.crashMarkers {
            #expect(!output.stderr.contains(marker), "\(input): stderr shows a crash (\(marker))", sourceLocation: sourceLocation)
        }
        #expect(output.duration < timeBound, "\(input): took \(output.duration)", sourceLocation: sourceLocation)
    }

    /// `batch` over every hostile input plus one good profile: each bad input is listed as an error,
    /// the good profile is scored, and the exit code is 2.
    @Test func batchRecordsEveryHostileInputAndScoresTheGoodProfile() throws {
        try HostileCorpus.requireGenerated()
        let folder = try SecurityRunner.temporaryFolder("batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder search reads the profile extensions only, so the PDFs are named one by one, as a user
        // would, from a folder of their own that is not searched.
        let named = try SecurityRunner.temporaryFolder("batch-named")
        defer { try? FileManager.default.removeItem(at: named) }
        var namedPaths: [String] = []
        let fileManager = FileManager.default
        for hostile in HostileCorpus.all {
            let isNamed = hostile.name.lowercased().hasSuffix(".pdf")
            let link = (isNamed ? named : folder).appendingPathComponent(hostile.name).path
            try fileManager.createSymbolicLink(atPath: link, withDestinationPath: Repository.path(hostile.path))
            if isNamed { namedPaths.append(link) }
        }
        try fileManager.copyItem(atPath: Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json"),
                                 toPath: folder.appendingPathComponent("good-profile.json").path)
        // The cases made at run time: a link loop, a link to itself, and (where it can be) an unreadable file.
        try fileManager.createDirectory(at: folder.appendingPathComponent("loop/inner"), withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("loop/inner/back").path, withDestinationPath: "..")
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("self-loop.json").path, withDestinationPath: "self-loop.json")
        var expectedErrors = HostileCorpus.all.map { ($0.name, $0.expected) }
        expectedErrors += [("loop/inner/back", "symbolic link loop"), ("self-loop.json", "broken symbolic link")]
        if SecurityRunner.canDropRoot {
            let unreadable = folder.appendingPathComponent("unreadable.json").path
            try Data(#"{"headline": "Secret"}"#.utf8).write(to: URL(fileURLWithPath: unreadable))
            try fileManager.setAttributes([.posixPermissions: 0], ofItemAtPath: unreadable)
            expectedErrors.append(("unreadable.json", "permission denied"))
        }

        let output = try SecurityRunner.run(["batch", "--config", HostileCorpus.configuration, "--format", "json", "--jobs", "2", folder.path] + namedPaths,
                                            privileges: .unprivileged)
        #expect(!output.signalled)
        #expect(output.status == 2, "\(output.stderr.prefix(3000))")
        #expect(output.duration < .seconds(60), "took \(output.duration)")
        for marker in SecurityRunner.crashMarkers {
            #expect(!output.stderr.contains(marker), "stderr shows a crash (\(marker))")
        }
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stderr.prefix(3000))")
        let errors = try #require(report["errors"] as? [[String: Any]])
        let messages = errors.compactMap { $0["message"] as? String }
        for (name, expected) in expectedErrors {
            #expect(messages.contains { $0.contains("/\(name)") && $0.contains(expected) }, "no error for \(name) saying '\(expected)'")
            #expect(output.errorLines.contains { $0.contains("/\(name)") && $0.contains(expected) }, "stderr does not list \(name)")
        }
        // One line on stderr per error, nothing else.
        #expect(output.errorLines.count == errors.count, "\(output.stderr.prefix(3000))")
        #expect(output.errorLines.allSatisfy { $0.hasPrefix("error: ") })
        let employees = try #require(report["employees"] as? [[String: Any]])
        let good = try #require(employees.first { ($0["source"] as? String ?? $0["id"] as? String ?? "").hasSuffix("good-profile.json") },
                                "the good profile is not in the report")
        #expect(good["status"] as? String == "scored")
        #expect(good["score"] as? Int == 100)
    }

    /// Peak memory of the biggest cases, measured with GNU time: a 100 MB string stays far below
    /// the documented bound of 1.5 GB, and a ZIP bomb that expands to 1 GiB never expands.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "GNU time (/usr/bin/time) is not installed"),
          arguments: [("string-100mb.json", 1536), ("zip-bomb.zip", 256), ("zip-bomb-lying.zip", 256)])
    func peakMemoryStaysBounded(_ name: String, megabytes: Int) throws {
        try HostileCorpus.requireGenerated()
        let path = "\(HostileCorpus.folder)/.generated/\(name)"
        let measurement = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-rss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: measurement) }
        let result = try ExternalTool.run(["/usr/bin/time", "-f", "%M", "-o", measurement, CLIRunner.executable.path, "check", path],
                                          in: Repository.root.path)
        #expect(result.status == 2, "\(result.stderr.prefix(2000))")
        let text = try String(contentsOfFile: measurement, encoding: .utf8)
        let kilobytes = try #require(text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, "GNU time wrote: \(text)")
        #expect(kilobytes > 0)
        #expect(kilobytes < megabytes * 1024, "peak RSS \(kilobytes / 1024) MB for \(name); bound \(megabytes) MB")
    }
}
