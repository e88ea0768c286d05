extension BatchRunner {
    /// Runs the batch over `paths` and `roster` and writes `reporter`'s report to `stream`.
    ///
    /// A ``StreamingWorkforceReporter``'s entries are rendered on the workers and written in input
    /// order as jobs finish (see ``WorkforceReportWriter``); the rest of the report is written once the
    /// batch is done. `generated` is the report's date (by default today, or `SOURCE_DATE_EPOCH`'s
    /// day). `baseline` adds the change since a previous report; `history` records this run in the
    /// run history once the report is written and adds every recorded run to it; `pages` writes each
    /// employee's own page on a worker and returns an error message when it cannot. The stream is
    /// neither committed nor discarded: that is the caller's.
    /// - Returns: The report and the messages of the pages that could not be written.
    /// - Throws: ``ProfileLintError/cannotWrite(path:reason:)`` when the report cannot be written.
    package func run(paths: [String], roster: Roster?, reporter: any WorkforceReporter, to stream: ReportOutputStream,
                    baseline: Baseline? = nil, history: HistoryStore? = nil, generated: ReportDate = .current(), anonymise: Bool = false, pages: (@Sendable (EmployeeRecord) -> String?)? = nil,
                    progress: (BatchProgress) -> Void = { _ in }) throws -> (report: WorkforceReport, pageErrors: [String]) {
        // An anonymised report has no employee entries, so nothing is streamed.
        var writer = try WorkforceReportWriter(reporter: reporter, to: stream, streamsEntries: !anonymise)
        let recorder = history.map { _ in HistoryRecorder(rules: linter.rules, organisation: linter.organisation) }
        let output = EmployeeOutput(line: writer.entry, page: recorder.map { $0.recording(pages) } ?? pages)
        let (aggregate, pageErrors) = run(paths: paths, roster: roster, output: output, progress: progress) { writer.write($0) }
        var report = aggregate.report()
        report.generated = generated
        report.trend = baseline?.trend(to: report)
        do {
            let record = try recorder.map { try $0.addHistory(to: &report, from: history, date: generated) }
            // The caller still gets the whole report: its errors decide the exit code and are listed
            // to whoever runs the batch, not written into a report for a board.
            try writer.finish(anonymise ? report.anonymised() : report)
            // A batch that found nobody (an empty folder) is no run worth a point on the trend.
            if let record, report.summary.employees > 0 { try history?.record(record) } else { history?.abandon() }
        } catch {
            writer.discard()
            history?.abandon()
            throw error
        }
        return (report, pageErrors)
    }
}
