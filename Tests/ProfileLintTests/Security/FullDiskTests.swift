import Foundation
import Testing

/// A report that cannot be written (here: standard output on `/dev/full`, a disk that is always full)
/// is one error line and exit code 2, never a crash.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
struct FullDiskTests {
    static let cases: [[String]] = [
        ["check", "Fixtures/profiles/jan-jansen-incomplete.json"],
        ["check", "--format", "sarif", "Fixtures/profiles/jan-jansen-incomplete.json"],
        ["batch", "--no-progress", "Fixtures/workforce/batches"],
        ["batch", "--no-progress", "--format", "json", "Fixtures/workforce/batches"],
        ["batch", "--no-progress", "--format", "csv", "Fixtures/workforce/batches"],
        ["rules"],
        ["explain", "headline"],
    ]

    @Test(arguments: cases)
    func writingToAFullDiskIsOneErrorLine(arguments: [String]) throws {
        let command = ([CLIRunner.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ") + " > /dev/full"
        let output = try ExternalTool.run(["sh", "-c", command], in: Repository.root.path)
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.contains("error: standard output: cannot write: no space left on the device"))
        #expect(!output.stderr.contains("Fatal error"))
        #expect(!output.stderr.contains("crashed"))
    }
}
