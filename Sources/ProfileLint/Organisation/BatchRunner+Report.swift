extension BatchRunner {
    /// Runs the batch over `paths` and `roster` and writes `reporter`'s report to `stream`.
    ///
    /// A ``StreamingWorkforceReporter``'s entries are rendered on the workers and written in input
    /// order as jobs finish (see ``WorkforceReportWriter``); the rest of the report is written once the
    /// batch is done. `baseline` adds the change since a previous report; `pages` writes each
    /// employee's own page on a worker and returns an error message when it cannot. The stream is
    /// neither committed nor discarded: that is the caller's.
    /// - Returns: The report and the messages of the pages that could not be written.
    /// - Throws: ``ProfileLintError/cannotWrite(path:reason:)`` when the report cannot be written.
    package func run(paths: [String], roster: Roster?, reporter: any WorkforceReporter, to stream: ReportOutputStream,
                    baseline: Baseline? = nil, anonymise: Bool = false, pages: (@Sendable (EmployeeRecord) -> String?)? = nil,
                    progress: (BatchProgress) -> Void = { _ in }) throws -> (report: WorkforceReport, pageErrors: [String]) {
        // An anonymised report has no employee entries, so nothing is streamed.
        var writer = try WorkforceReportWriter(reporter: reporter, to: stream, streamsEntries: !anonymise)
        let output = EmployeeOutput(line: writer.entry, page: pages)
        let (aggregate, pageErrors) = run(paths: paths, roster: roster, output: output, progress: progress) { writer.write($0) }
        var report = aggregate.report()
        report.trend = baseline?.trend(to: report)
        do {
            // The caller still gets the whole report: its errors decide the exit code and are listed
            // to whoever runs the batch, not written into a report for a board.
            try writer.finish(anonymise ? report.anonymised() : report)
        } catch {
            writer.discard()
            throw error
        }
        return (report, pageErrors)
    }
}
