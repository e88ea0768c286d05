import Foundation
import Testing

/// Nothing to check is not a pass: an empty folder, a folder of other files, `[]` or blank JSON Lines
/// is one error line and exit 2, and no report is written.
@Suite struct EmptyInputTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("readme-only"), withIntermediateDirectories: true)
        try "Profiles go here.\n".write(to: folder.appendingPathComponent("readme-only/readme.txt"), atomically: true, encoding: .utf8)
        try "[]\n".write(to: folder.appendingPathComponent("array.json"), atomically: true, encoding: .utf8)
        try "\n  \n\n".write(to: folder.appendingPathComponent("blank.jsonl"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: ["empty", "readme-only"])
    func batchOnAFolderWithoutProfilesIsAnError(_ name: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLIRunner.run(["batch", name, "--no-progress", "--output", "report.json", "--format", "json"], in: folder.path)
        #expect(output.status == 2)
        #expect(output.stderr.hasSuffix("error: no profiles found in \(name)\n"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.json").path))
    }

    @Test(arguments: ["array.json", "blank.jsonl"])
    func checkOnAnInputWithoutProfilesIsAnError(_ name: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLIRunner.run(["check", name], in: folder.path)
        #expect(output.status == 2)
        #expect(output.stderr == "error: no profiles found in \(name)\n")
    }

    @Test func checkOnAnEmptyArrayFromStandardInputIsAnError() throws {
        let output = try CLIRunner.run(["check", "-"], stdin: "[]")
        #expect(output.status == 2)
        #expect(output.stderr == "error: no profiles found in <stdin>\n")
    }

    @Test func perEmployeePagesIntoAFileIsOneErrorBeforeAnyWork() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "notes\n".write(to: folder.appendingPathComponent("pages.md"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["batch", Repository.path("Fixtures/profiles"), "--per-employee", "pages.md", "--no-progress"], in: folder.path)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: --per-employee pages.md is a file; give a folder (it is created when missing); see 'profilelint batch --help'\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("pages.md"), encoding: .utf8) == "notes\n")
    }
}
