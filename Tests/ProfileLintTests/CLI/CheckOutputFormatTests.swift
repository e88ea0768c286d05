import Foundation
import Testing
@testable import ProfileLint

@Suite struct CheckOutputFormatTests {
    /// `check` and `batch` offer exactly their reporters in the registry, each described.
    @Test(arguments: ["check", "batch"])
    func helpListsEveryReporter(command: String) throws {
        let reporters: [any Reporter.Type] = command == "check" ? ReportersList.check.map { $0 } : ReportersList.workforce.map { $0 }
        let output = try CLIRunner.run([command, "--help"])
        // Help wraps at 80 columns; compare with the line breaks and indentation folded away.
        let help = output.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(help.contains("(values: \(reporters.map { $0.identifier }.joined(separator: ", ")))"))
        #expect(help.contains("(default: the one --output's extension names, else text)"))
        for reporter in reporters {
            #expect(help.contains("\(reporter.identifier) \(reporter.description)"), "\(reporter.identifier) is not described")
        }
    }

    @Test func unknownFormatIsAUsageError() throws {
        let output = try CLIRunner.run(["check", "--format", "xml", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--format"))
    }

    @Test(arguments: ReportersList.check.map { $0.identifier })
    func formatPrintsWhatItsReporterBuilds(identifier: String) throws {
        let file = "Fixtures/profiles/pieter-bakker-advanced.json"
        let output = try CLIRunner.run(["check", "--format", identifier, file])
        #expect(output.status == 0)
        let reporter = try #require(ReportersList.checkReporter(identifier: identifier)).init(options: ReporterOptions())
        let rules = try RuleLoader().loadDefaultRules()
        let input = try #require(try InputReader().read(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.path(file)))), display: file).first?.get())
        let report = Linter(rules: rules).lint(input.profile, source: input.source, format: input.format)
        #expect(output.stdout == reporter.report(CheckRun(profiles: [report], errors: [], rules: rules, language: .english)))
    }

    @Test func outputWritesTheReportToAFileInsteadOfStandardOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("reports/profilelint.sarif").path
        let output = try CLIRunner.run(["check", "--format", "sarif", "--output", target, "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 1, "the exit code still reflects the findings")
        #expect(output.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path)
        #expect(leftovers == ["profilelint.sarif"], "no temporary file is left behind")
    }

    @Test func outputToAnUnwritablePlaceIsOneErrorLineAndExitTwo() throws {
        let output = try CLIRunner.run(["check", "--output", "/proc/profilelint/report.txt", "Fixtures/profiles/sanne-de-vries-all-star.json"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("error: /proc/profilelint/report.txt: cannot write"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test func githubFormatAnnotatesFindingsWithTheirLocation() throws {
        let output = try CLIRunner.run(["check", "--format", "github", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("::error file=Fixtures/profiles/jan-jansen-incomplete.json,line=3,col=15,title=profilelint headline::The headline only repeats the job title.%0A"))
    }

    @Test func junitFormatOfAnUnreadableInputHasAnErrorTestcase() throws {
        let output = try CLIRunner.run(["check", "--format", "junit", "-"], stdin: "{\"headline\": 42}")
        #expect(output.status == 2)
        #expect(output.stdout.contains("<testsuite name=\"-\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">"))
        #expect(output.stdout.contains("<error message=\"&lt;stdin&gt;:1:14: expected a string but found a number (at $.headline)\" type=\"input-error\">"))
    }
}
