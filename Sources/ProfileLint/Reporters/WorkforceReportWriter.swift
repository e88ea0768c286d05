/// Writes a batch's report to a stream while the batch runs, so that no front end frames a report.
///
/// A ``StreamingWorkforceReporter``'s entries are rendered on the workers, each after the
/// reporter's separator, into their job's buffer; the writer takes the jobs' buffers in input order,
/// drops the first separator and writes them out: straight to the stream after a fixed head (CSV),
/// or into a scratch file that follows the head made from the finished report (JSON). Any other
/// reporter writes its whole report once the batch is done.
struct WorkforceReportWriter {
    /// The employee's entry for a job's buffer, rendered on a worker; `nil` when the format has none.
    let entry: (@Sendable (EmployeeRecord, ByteBuffer) -> Void)?

    private let reporter: any WorkforceReporter
    private let streaming: (any StreamingWorkforceReporter)?
    private let stream: ReportOutputStream
    /// Where entries wait for a head that needs the finished report.
    private let spool: ReportOutputStream?
    /// The bytes of the separator before the first entry, dropped.
    private var skipped: Int

    /// A writer of `reporter`'s report to `stream`; a fixed head is written at once.
    /// - Throws: ``ProfileLintError/cannotWrite(path:reason:)`` when the scratch file cannot be made.
    init(reporter: any WorkforceReporter, to stream: ReportOutputStream, streamsEntries: Bool = true) throws {
        self.reporter = reporter
        self.stream = stream
        streaming = streamsEntries ? reporter.streaming : nil
        guard let streaming else {
            entry = nil
            spool = nil
            skipped = 0
            return
        }
        entry = Self.entry(streaming)
        skipped = streaming.separator.utf8.count
        switch streaming.head {
        case .fixed(let head):
            stream.write(head)
            spool = nil
        case .fromReport:
            spool = try ReportOutputStream.scratch()
        }
    }

    /// The per-employee renderer, made once for the reporter's own type.
    private static func entry<Streaming: StreamingWorkforceReporter>(_ reporter: Streaming) -> @Sendable (EmployeeRecord, ByteBuffer) -> Void {
        let separator = reporter.separator
        guard !separator.isEmpty else { return { record, output in reporter.appendEntry(record, to: output) } }
        return { record, output in
            output.append(separator)
            reporter.appendEntry(record, to: output)
        }
    }

    /// Writes one job's entries, which come in input order.
    mutating func write(_ entries: ByteBuffer) {
        guard !entries.isEmpty else { return }
        let target = spool ?? stream
        let skip = skipped
        skipped = 0
        entries.withUnsafeBytes { target.write(bytes: UnsafeBufferPointer(rebasing: $0.dropFirst(skip))) }
    }

    /// Writes the rest of the report for the finished `report`; the stream is left to commit.
    /// - Throws: ``ProfileLintError/cannotWrite(path:reason:)`` when the entries cannot be copied.
    func finish(_ report: WorkforceReport) throws {
        guard let streaming else {
            stream.write(reporter.report(report, employees: []))
            return
        }
        if let spool {
            stream.write(streaming.head.text(report))
            try spool.copy(to: stream)
        }
        stream.write(streaming.tail)
    }

    /// Removes the scratch file of a report that will not be finished.
    func discard() {
        spool?.discard()
    }
}
