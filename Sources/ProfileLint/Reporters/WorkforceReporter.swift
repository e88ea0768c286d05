/// Turns a batch's ``WorkforceReport`` into one `batch` output format.
///
/// Implementations are stateless structs, one per format, each in its own file and listed in
/// ``ReportersList``. A format that lists every employee (a CSV row, a JSON entry each) conforms to
/// ``StreamingWorkforceReporter`` instead, so that a batch writes those entries as they come rather
/// than holding every employee's record; the others show only the aggregate.
package protocol WorkforceReporter: Reporter {
    /// The whole report for the aggregate `report` and the employees' records, in input order
    /// (tests, small batches); a reporter that shows only the aggregate ignores `employees`.
    func report(_ report: WorkforceReport, employees: [EmployeeRecord]) -> String

    /// This reporter as a streaming one, when it is; implemented by the protocols' extensions, so that
    /// a batch needs no cast (which searches every conformance in the binary).
    var streaming: (any StreamingWorkforceReporter)? { get }

    /// Whether the format is nothing but one row per employee (CSV), so that it has no anonymised form.
    static var isOnlyPerEmployee: Bool { get }
}

extension WorkforceReporter {
    /// Not streaming.
    package var streaming: (any StreamingWorkforceReporter)? { nil }
    /// Aggregate figures first.
    public static var isOnlyPerEmployee: Bool { false }
}

/// A `batch` format with one entry per employee, written while the batch runs: its head, the
/// entries joined by ``separator``, then its ``tail``.
///
/// The batch runner drives it (``BatchRunner/run(paths:roster:reporter:to:baseline:pages:progress:)``):
/// workers render each employee's entry into their job's buffer, and the runner writes the head, the
/// jobs' entries in input order and the tail, so no front end frames a report.
package protocol StreamingWorkforceReporter: WorkforceReporter {
    /// What comes before the entries, and so whether they can be written out as they come.
    var head: StreamedHead { get }
    /// Between two entries.
    var separator: String { get }
    /// After the last entry.
    var tail: String { get }
    /// Appends one employee's entry to `output`, a batch job's buffer; called on worker threads,
    /// once per employee, so it should write bytes rather than build strings.
    func appendEntry(_ record: EmployeeRecord, to output: ByteBuffer)
}

/// What a ``StreamingWorkforceReporter`` writes before its entries.
package enum StreamedHead: Sendable {
    /// A text known before the batch runs (a CSV header): written first, the entries straight after it.
    case fixed(String)
    /// A text made from the finished report (the JSON summary): the entries wait in a scratch file
    /// until the batch is done and the head is written.
    case fromReport(@Sendable (WorkforceReport) -> String)

    /// The text for the finished `report`.
    public func text(_ report: WorkforceReport) -> String {
        switch self {
        case .fixed(let text): text
        case .fromReport(let make): make(report)
        }
    }
}

extension StreamingWorkforceReporter {
    /// Itself.
    public var streaming: (any StreamingWorkforceReporter)? { self }

    /// The head, the entries joined by the separator, then the tail: what a batch writes.
    public func report(_ report: WorkforceReport, employees: [EmployeeRecord]) -> String {
        let entries = ByteBuffer(capacity: 512 * max(1, employees.count))
        for (index, record) in employees.enumerated() {
            if index > 0 { entries.append(separator) }
            appendEntry(record, to: entries)
        }
        return head.text(report) + entries.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } + tail
    }
}
