import Foundation
import Testing

/// `--output`: `-` is standard output, the format follows the extension when `--format` is absent,
/// and both commands say what they wrote.
@Suite struct OutputOptionTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-output-option-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: ["check", "batch"])
    func aDashIsStandardOutput(command: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLIRunner.run([command, Repository.path("Fixtures/profiles/jan-jansen-incomplete.json"), "--output", "-", "--format", "json"],
                                       in: folder.path)
        #expect(output.stdout.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        #expect(!output.stderr.contains("wrote"))
    }

    @Test(arguments: [
        ("check", "report.sarif", "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif", "wrote report.sarif (1 profile)"),
        ("check", "report.xml", "<?xml", "wrote report.xml (1 profile)"),
        ("check", "report.json", "{\n  \"profiles\"", "wrote report.json (1 profile)"),
        ("batch", "report.html", "<!DOCTYPE html>", "wrote report.html (1 employee)"),
        ("batch", "report.csv", "employee_id,", "wrote report.csv (1 employee)"),
    ])
    func theFormatFollowsTheExtensionAndTheWriteIsAnnounced(command: String, file: String, start: String, announcement: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLIRunner.run([command, Repository.path("Fixtures/profiles/jan-jansen-incomplete.json"), "--output", file] +
                                       (command == "batch" ? ["--no-progress"] : []), in: folder.path)
        let written = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        #expect(written.hasPrefix(start), "\(written.prefix(200))")
        #expect(output.stderr.contains(announcement + "\n"), "\(output.stderr)")
        #expect(output.stdout == "")
    }

    @Test func anExplicitFormatWinsOverTheExtension() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLIRunner.run(["check", Repository.path("Fixtures/profiles/jan-jansen-incomplete.json"), "--output", "report.json", "--format", "text"],
                              in: folder.path)
        let written = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(written.contains("score 29/100"))
    }
}
