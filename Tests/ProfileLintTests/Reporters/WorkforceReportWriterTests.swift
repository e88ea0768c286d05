import Foundation
import Testing
@testable import ProfileLint

/// The batch runner writing a report while it runs: what a streaming reporter streams is exactly its
/// whole report for the same records, whether its head comes first (CSV) or last (JSON, spooled).
@Suite struct WorkforceReportWriterTests {
    /// Collects the records the workers hand to the page hook, under a lock.
    final class Records: @unchecked Sendable {
        private let lock = NSLock()
        private var records: [EmployeeRecord] = []
        func append(_ record: EmployeeRecord) { lock.withLock { records.append(record) } }
        var all: [EmployeeRecord] { lock.withLock { records } }
    }

    struct Written {
        var text: String
        var report: WorkforceReport
        var records: [EmployeeRecord]
    }

    /// Runs the workforce on one worker (so that pages come in input order) with `reporter`, into a file.
    static func write(_ reporter: any WorkforceReporter, paths: [String] = [Repository.path("Fixtures/workforce/batches")],
                      roster: Bool = true) throws -> Written {
        let configuration = try ConfigurationLoader.load(Repository.path("Fixtures/workforce/.profilelint.yml"))
        let rules = try configuration.applied(to: try RuleLoader().loadDefaultRules(), loader: RuleLoader())
        let linter = Linter(rules: rules, organisation: configuration.organisation, language: .english)
        let loaded = roster ? try Roster.load(Repository.path("Fixtures/workforce/roster.csv"), limits: .default) : nil
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report").path
        let stream = try ReportOutputStream(path: path)
        let records = Records()
        let (report, pageErrors) = try BatchRunner(linter: linter, limits: .default, workers: 1)
            .run(paths: paths, roster: loaded, reporter: reporter, to: stream, pages: { records.append($0); return nil })
        try stream.commit()
        #expect(pageErrors.isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["report"], "the scratch file of the entries is removed")
        return Written(text: try String(contentsOfFile: path, encoding: .utf8), report: report, records: records.all)
    }

    @Test(arguments: ReportersList.workforce.map { $0.identifier })
    func streamedReportIsTheWholeReportOfTheSameRecords(identifier: String) throws {
        let reporter = try #require(ReportersList.workforceReporter(identifier: identifier)).init(options: ReporterOptions())
        let written = try Self.write(reporter)
        #expect(written.records.count == 40)
        #expect(written.text == reporter.report(written.report, employees: written.records))
    }

    @Test func jsonOfAnEmptyBatchIsStillAReport() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let written = try Self.write(WorkforceJSONReporter(), paths: [empty.path], roster: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(written.text.utf8)) as? [String: Any])
        #expect((object["employees"] as? [Any])?.isEmpty == true)
        #expect((object["summary"] as? [String: Any])?["employees"] as? Int == 0)
    }
}
