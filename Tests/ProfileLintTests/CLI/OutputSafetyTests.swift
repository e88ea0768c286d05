import Foundation
import Testing
@testable import ProfileLint

/// Inputs are only read: an `--output` that is an input, under any name, is refused before any work.
@Suite struct OutputSafetyTests {
    /// A folder with `jan.json`, a link `link.json` to it, a `profiles/` folder and a roster naming a profile.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-output-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        try manager.copyItem(atPath: Repository.path("Fixtures/profiles/jan-jansen-incomplete.json"), toPath: folder.appendingPathComponent("jan.json").path)
        try manager.copyItem(atPath: Repository.path("Fixtures/profiles/pieter-bakker-advanced.json"),
                             toPath: folder.appendingPathComponent("profiles/E001.json").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: "jan.json")
        try "employee_id,name,department,profile\nE002,Jan Jansen,Sales,jan.json\n"
            .write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: [
        (["check", "jan.json", "--output", "jan.json"], "it is the input jan.json"),
        (["check", "jan.json", "--output", "link.json"], "it is the input jan.json"),
        (["check", "link.json", "--output", "./jan.json"], "it is the input link.json"),
        (["batch", "profiles", "--output", "profiles/E001.json"], "it is inside the input folder profiles"),
        (["batch", "profiles", "--output", "profiles/report.json"], "it is inside the input folder profiles"),
        (["batch", "--roster", "roster.csv", "--output", "jan.json"], "jan.json, which would be overwritten"),
        (["batch", "profiles", "--roster", "roster.csv", "--output", "roster.csv"], "it is the input roster.csv"),
    ])
    func anOutputThatIsAnInputIsRefusedAndTheInputKept(arguments: [String], reason: String) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: folder.appendingPathComponent("jan.json"))
        let rosterBefore = try Data(contentsOf: folder.appendingPathComponent("roster.csv"))
        let output = try CLIRunner.run(arguments + (arguments[0] == "batch" ? ["--no-progress"] : []), in: folder.path)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        let errors = output.stderr.split(separator: "\n").filter { !$0.hasPrefix("note: ") }
        #expect(errors.count == 1, "\(output.stderr)")
        #expect(errors.first?.hasPrefix("error: ") == true)
        #expect(errors.first?.contains(reason) == true, "\(output.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("jan.json")) == before)
        #expect(try Data(contentsOf: folder.appendingPathComponent("roster.csv")) == rosterBefore)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("profiles/report.json").path))
    }

    @Test func anOutputBesideTheInputsIsWritten() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLIRunner.run(["check", "jan.json", "--output", "report.txt"], in: folder.path)
        #expect(output.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.txt").path))
        // A page in the profiles folder is not read as a profile by the next run, so it is allowed.
        let page = try CLIRunner.run(["batch", "profiles", "--format", "html", "--output", "profiles/report.html", "--no-progress"], in: folder.path)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("profiles/report.html").path))
    }
}
