import Foundation
import Testing
@testable import ProfileLint

/// Every `batch` format in every language, compared with golden files: the README's quick start
/// (the invented Acme Logistics workforce with its roster and configuration) plus a baseline, run
/// through the built binary as users run it, so the streamed framing of the JSON and CSV reports is
/// covered too. The reports carry their day, fixed here with `SOURCE_DATE_EPOCH` (2 December 2026),
/// and the baseline's (2 November 2026); otherwise the version is the only thing that changes between
/// releases. `PROFILELINT_REGENERATE=1 swift test --filter WorkforceReporterGoldenTests` rewrites the goldens.
@Suite struct WorkforceReporterGoldenTests {
    /// The languages with goldens; a new language is one more value here (and its golden files).
    static let languages = ["en", "nl", "fr"]
    static let folder = "Tests/ProfileLintTests/Reporters/Golden"
    static let arguments = BatchCommandTests.arguments + ["--baseline", folder + "/batch.baseline-input.json"]
    /// 2026-12-02T09:00:00Z, so the reports' date does not change with the day the tests run.
    static let environment = ["SOURCE_DATE_EPOCH": "1796202000"]

    static func golden(_ name: String, language: String, extension: String) -> String {
        "\(folder)/batch.\(name).\(language).\(`extension`)"
    }

    @Test(arguments: ReportersList.workforce.map { $0.identifier }, languages)
    func batchReportMatchesItsGoldenFile(format: String, language: String) throws {
        let reporter = try #require(ReportersList.workforceReporter(identifier: format))
        let output = try CLIRunner.run(Self.arguments + ["--format", format, "--lang", language, "--jobs", "3", "--no-progress"], environment: Self.environment)
        #expect(output.status == 2, "one input of the workforce is broken")
        // Which configuration is used, then the broken input.
        let note = try #require(ReportLanguage(rawValue: language)).catalog.text(.cliNoteLine, ["message": ""])
        #expect(output.stderr.split(separator: "\n").filter { !$0.hasPrefix(note) }.count == 1, Comment(rawValue: output.stderr))
        let golden = Self.golden(format, language: language, extension: reporter.fileExtensions.first ?? "txt")
        let stale = Repository.compareGenerated(output.stdout, with: golden)
        #expect(stale == nil, Comment(rawValue: stale ?? ""))
    }

    /// Every employee's Markdown page, one after the other under its file name, in file-name order.
    @Test(arguments: languages)
    func employeePagesMatchTheirGoldenFile(language: String) throws {
        let pages = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: pages) }
        let output = try CLIRunner.run(Self.arguments + ["--format", "csv", "--lang", language, "--per-employee", pages.path, "--no-progress"], environment: Self.environment)
        #expect(output.status == 2, "one input of the workforce is broken")
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted()
        #expect(names.count == 40)
        var all = ""
        for name in names {
            all += "<!-- \(name) -->\n" + (try String(contentsOf: pages.appendingPathComponent(name), encoding: .utf8))
        }
        let stale = Repository.compareGenerated(all, with: Self.golden("pages", language: language, extension: "md"))
        #expect(stale == nil, Comment(rawValue: stale ?? ""))
    }
}
