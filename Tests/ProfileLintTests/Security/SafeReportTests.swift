import Foundation
import Testing
@testable import ProfileLint

/// Reports are safe to open and share: profile text is escaped in HTML and neutralised in CSV,
/// reports are replaced atomically, and inputs are never written to. All through the built binary.
@Suite struct SafeReportTests {
    /// Markup that runs script when a page includes it unescaped; each carries its own number so
    /// that the test can tell which field leaked.
    static func script(_ number: Int) -> String { "<script>alert(\(number))</script>" }
    static func attributeBreak(_ number: Int) -> String { "\"><img src=x onerror=alert(\(number))>" }

    /// Writes `profiles` (file name → JSON object) into a new folder.
    static func folder(_ name: String, profiles: [String: [String: Any]]) throws -> URL {
        let folder = try SecurityRunner.temporaryFolder(name)
        for (file, profile) in profiles {
            let data = try JSONSerialization.data(withJSONObject: profile, options: [.sortedKeys])
            try data.write(to: folder.appendingPathComponent(file))
        }
        return folder
    }

    // MARK: - HTML

    @Test func profileTextAppearsOnlyEscapedInTheHTMLReport() throws {
        let profiles: [String: [String: Any]] = [
            "first.json": [
                "name": Self.script(11), "headline": "Planner", "department": Self.script(12),
                "positions": [["company": Self.script(13), "title": "Planner", "start": "2020"]],
                "groups": [Self.script(14)],
            ],
            "second.json": [
                "name": Self.attributeBreak(21), "headline": "Driver", "department": Self.attributeBreak(22),
                "positions": [["company": Self.attributeBreak(23), "title": "Driver", "start": "2021"]],
                "groups": [Self.attributeBreak(24)],
            ],
        ]
        let folder = try Self.folder("html", profiles: profiles)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A broken profile whose file name and error message (a date that is not one) carry markup too.
        let brokenName = "broken\(Self.attributeBreak(31)).json"
        try Data(#"{"headline": "x", "positions": [{"company": "x", "start": "<script>alert(32)</script>"}]}"#.utf8)
            .write(to: folder.appendingPathComponent(brokenName))

        let report = folder.appendingPathComponent("out/report.html").path
        let output = try SecurityRunner.run(["batch", "--format", "html", "--output", report, "."], in: folder.path)
        #expect(output.status == 2, "the broken profile makes the exit code 2: \(output.stderr)")
        let html = try String(contentsOfFile: report, encoding: .utf8)

        // No markup from the profiles made it into the page as markup.
        #expect(!html.contains("<script"), "a <script> element in the report")
        #expect(!html.contains("<img"), "an <img> element in the report")
        // Every field was shown, escaped: names, departments, companies (employer spellings, as no
        // organisation is configured), groups, the broken file's name and its error message.
        for number in [11, 12, 13, 14] {
            #expect(html.contains("&lt;script&gt;alert(\(number))&lt;/script&gt;"), "field \(number) is not in the report, escaped")
        }
        for number in [21, 22, 23, 24, 31] {
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(\(number))&gt;"), "field \(number) is not in the report, escaped")
        }
        #expect(html.contains("&lt;script&gt;alert(32)&lt;/script&gt;"), "the error message is not in the report, escaped")
    }

    // MARK: - CSV

    @Test func formulaeInProfileTextAreNeutralisedInTheCSVReport() throws {
        let hyperlink = #"=HYPERLINK("http://evil.example","click")"#
        let profiles: [String: [String: Any]] = [
            "formula.json": [
                "name": hyperlink, "employee_id": "@SUM(1+1)", "department": "+cmd|' /C calc'!A0", "headline": "-2+3",
                "positions": [["company": "=1+1", "title": "Planner", "start": "2020"]],
            ],
        ]
        let folder = try Self.folder("csv", profiles: profiles)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SecurityRunner.run(["batch", "--format", "csv", "."], in: folder.path)
        #expect(output.status == 0, "\(output.stderr)")
        // Read back with the project's CSV reader, which knows nothing about the writer.
        let records = try CSVReader(delimiter: .comma).read(bytes: Array(output.stdout.utf8), file: "report.csv")
        try #require(records.count == 2, "\(output.stdout)")
        let header = records[0].fields
        let row = records[1].fields
        let name = try #require(header.firstIndex(of: "name"))
        #expect(row[name] == "'" + hyperlink, "the name is kept, behind a quote")
        let id = try #require(header.firstIndex(of: "employee_id"))
        #expect(row[id] == "'@SUM(1+1)")
        let department = try #require(header.firstIndex(of: "department"))
        #expect(row[department] == "'+cmd|' /C calc'!A0")
        for cell in row {
            guard let first = cell.unicodeScalars.first else { continue }
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "cell starts a formula: \(cell)")
        }
    }

    // MARK: - Atomic writes

    /// The files in `folder`, sorted.
    static func listing(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func inode(_ path: String) -> UInt64? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return UInt64(status.st_ino)
    }

    @Test(arguments: [
        // Arguments that do not validate.
        ["check", "--min-score", "200", "Fixtures/profiles/jan-jansen-incomplete.json"],
        // A rules folder that does not exist.
        ["check", "--rules", "/nonexistent/rules", "Fixtures/profiles/jan-jansen-incomplete.json"],
        // A configuration that is broken.
        ["check", "--config", "Fixtures/hostile/yaml-billion-laughs.yaml", "Fixtures/profiles/jan-jansen-incomplete.json"],
        // A baseline that cannot be read, after the roster was.
        ["batch", "--roster", "Fixtures/workforce/roster.csv", "--baseline", "Fixtures/hostile/truncated.json"],
    ])
    func aFailedRunLeavesTheExistingReportIntact(_ arguments: [String]) throws {
        let folder = try SecurityRunner.temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.txt").path
        try Data("the previous report\n".utf8).write(to: URL(fileURLWithPath: report))
        let output = try SecurityRunner.run(arguments + ["--output", report])
        #expect(output.status == 2, "\(output.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "the previous report\n")
        #expect(Self.listing(folder) == ["report.txt"], "files left behind: \(Self.listing(folder))")
    }

    @Test(arguments: [["check", "Fixtures/profiles/jan-jansen-incomplete.json"], ["batch", "--format", "json", "Fixtures/profiles"]])
    func aReportThatCannotBeRenamedIntoPlaceLeavesNothingBehind(_ arguments: [String]) throws {
        // The target is a folder: the report is written to a temporary file, and renaming it fails.
        let folder = try SecurityRunner.temporaryFolder("rename")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: target.appendingPathComponent("inside.txt"))
        let output = try SecurityRunner.run(arguments + ["--output", target.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("\(target.path): cannot write"), "\(output.stderr)")
        #expect(Self.listing(folder) == ["report"], "files left behind: \(Self.listing(folder))")
        #expect(Self.listing(target) == ["inside.txt"])
    }

    @Test(arguments: [["check", "--format", "json", "Fixtures/profiles/jan-jansen-incomplete.json"],
                      ["batch", "--format", "json", "Fixtures/profiles"],
                      ["batch", "--format", "csv", "Fixtures/profiles"]])
    func aSuccessfulRunReplacesTheReportByRenaming(_ arguments: [String]) throws {
        let folder = try SecurityRunner.temporaryFolder("replace")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        try Data("the previous report\n".utf8).write(to: URL(fileURLWithPath: report))
        let before = try #require(Self.inode(report))
        let output = try SecurityRunner.run(arguments + ["--output", report])
        #expect((0...1).contains(output.status), "\(output.stderr)")
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text != "the previous report\n" && !text.isEmpty)
        // A new file renamed over the old one, never the old file rewritten in place: a reader that
        // has the old report open keeps reading the whole old report.
        #expect(Self.inode(report) != before)
        #expect(Self.listing(folder) == ["report.json"], "files left behind: \(Self.listing(folder))")
    }

    // MARK: - Inputs are read-only

    /// Content, modification time, mode and inode of every file under `folder`, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let relative = enumerator.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            let mtime = "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
            var content = "folder"
            if status.st_mode & S_IFMT == S_IFREG {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                // FNV-1a over the bytes: a change in any byte changes the fingerprint.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                content = "\(data.count) bytes, FNV-1a \(String(hash, radix: 16))"
            }
            result[relative] = "\(content) mtime \(mtime) mode \(status.st_mode) inode \(status.st_ino)"
        }
        return result
    }

    @Test func checkAndBatchNeverWriteToTheirInputs() throws {
        let folder = try SecurityRunner.temporaryFolder("inputs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("Fixtures")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in ["profiles", "linkedin", "json-resume", "batches", "workforce"] {
            try FileManager.default.copyItem(atPath: Repository.path("Fixtures/\(name)"), toPath: inputs.appendingPathComponent(name).path)
        }
        let outputs = try SecurityRunner.temporaryFolder("outputs")
        defer { try? FileManager.default.removeItem(at: outputs) }
        let before = try Self.snapshot(inputs)
        #expect(before.count > 50, "the copy holds the fixtures")

        let checked = ["Fixtures/profiles/sanne-de-vries-all-star.json", "Fixtures/profiles/empty-template.yaml",
                       "Fixtures/linkedin/sanne-de-vries", "Fixtures/linkedin/sanne-de-vries.zip", "Fixtures/linkedin/2018-style",
                       "Fixtures/json-resume/sanne-de-vries.resume.json", "Fixtures/batches/mixed.jsonl"]
        for format in ["text", "json", "sarif"] {
            let output = try SecurityRunner.run(["check", "--format", format, "--output", outputs.appendingPathComponent("check.\(format)").path] + checked,
                                                in: folder.path)
            #expect((0...2).contains(output.status) && !output.signalled)
        }
        for format in ["text", "json", "csv", "html"] {
            let output = try SecurityRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                                                 "--format", format, "--output", outputs.appendingPathComponent("batch.\(format)").path,
                                                 "--per-employee", outputs.appendingPathComponent("pages-\(format)").path,
                                                 "Fixtures/workforce/batches", "Fixtures/linkedin", "Fixtures/profiles"],
                                                in: folder.path)
            #expect(output.status == 2, "E036 is broken on purpose: \(output.stderr.prefix(500))")
        }
        #expect(!Self.listing(outputs.appendingPathComponent("pages-json")).isEmpty, "the runs wrote their reports elsewhere")

        let after = try Self.snapshot(inputs)
        #expect(Set(after.keys) == Set(before.keys), "files appeared or vanished: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
        for (path, state) in before where after[path] != state {
            Issue.record("\(path) changed: \(state) → \(after[path] ?? "gone")")
        }
    }
}
