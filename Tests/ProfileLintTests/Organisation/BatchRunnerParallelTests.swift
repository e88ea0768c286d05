import Foundation
import Testing
@testable import ProfileLint

/// The parallel batch path in this process, so that ThreadSanitizer (`.ci/sanitizers`) watches the work
/// queue, the workers' partial aggregates and their merge directly: any number of workers gives the
/// same report, lines in input order, and every employee exactly once.
@Suite struct BatchRunnerParallelTests {
    struct Run {
        var head: String
        var lines: [String]
        var progressCalls: Int
    }

    static func run(workers: Int) throws -> Run {
        let configuration = try ConfigurationLoader.load(Repository.path("Fixtures/workforce/.profilelint.yml"))
        let rules = try configuration.applied(to: try RuleLoader().loadDefaultRules(), loader: RuleLoader())
        let linter = Linter(rules: rules, organisation: configuration.organisation, language: .english)
        let roster = try Roster.load(Repository.path("Fixtures/workforce/roster.csv"), limits: .default)
        // Every employee's line is rendered on a worker; pages count how often workers ran them.
        let pages = PageCounter()
        let output = BatchRunner.EmployeeOutput(text: { "\($0.id) \($0.status.rawValue) \($0.report?.score ?? -1)\n" },
                                                page: { _ in pages.increment(); return nil })
        var lines: [String] = []
        var progressCalls = 0
        let runner = BatchRunner(linter: linter, limits: .default, workers: workers)
        let (aggregate, pageErrors) = runner.run(paths: [Repository.path("Fixtures/workforce/batches"), Repository.path("Fixtures/batches")],
                                                 roster: roster, output: output, progress: { _ in progressCalls += 1 }) { text in
            lines += text.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.split(separator: "\n").map(String.init)
        }
        #expect(pageErrors.isEmpty)
        #expect(pages.count == lines.count, "one page per employee line")
        return Run(head: WorkforceJSONReporter().head(aggregate.report()), lines: lines, progressCalls: progressCalls)
    }

    /// Counts the pages workers write, under a lock.
    final class PageCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test func everyWorkerCountGivesTheSameReportInTheSameOrder() throws {
        let single = try Self.run(workers: 1)
        #expect(single.lines.count >= 40, "the workforce and the mixed batch: \(single.lines.count) lines")
        #expect(Set(single.lines).count == single.lines.count, "an employee twice")
        #expect(single.progressCalls > 0)
        for workers in [2, 8, 32] {
            let parallel = try Self.run(workers: workers)
            #expect(parallel.head == single.head, "the report differs with \(workers) workers")
            #expect(parallel.lines == single.lines, "the lines differ with \(workers) workers")
        }
    }
}
