import Foundation

/// How far a batch has got, reported to the front end for its progress bar.
public struct BatchProgress: Sendable {
    /// Inputs (files, exports, roster entries) finished.
    public var inputsDone: Int
    /// Inputs planned.
    public var inputsTotal: Int
    /// Employees recorded so far.
    public var employees: Int
    /// Input bytes processed so far and in total (JSON Lines and other files by size).
    public var bytesDone: Int
    public var bytesTotal: Int
}

/// Scores a workforce on every core: plans the inputs, reads and lints them on worker threads, and
/// hands each employee's record to `consume` in input order.
///
/// One unreadable input becomes an error record and the batch goes on.
public struct BatchRunner: Sendable {
    /// The linter shared by every worker.
    public var linter: Linter
    /// Limits for hostile input.
    public var limits: Limits
    /// Worker threads (default: the active processor count).
    public var workers: Int

    /// Creates a runner.
    public init(linter: Linter, limits: Limits, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.linter = linter
        self.limits = limits
        self.workers = max(1, workers)
    }

    /// What a batch writes for each employee besides the organisation-wide report.
    package struct EmployeeOutput: Sendable {
        /// Appends the employee's line in a streamed report (a CSV row, a JSON entry) to the job's
        /// buffer, if the format has one.
        package var line: (@Sendable (EmployeeRecord, ByteBuffer) -> Void)?
        /// Writes the employee's own page; returns an error message when it cannot.
        public var page: (@Sendable (EmployeeRecord) -> String?)?

        /// Creates the outputs.
        package init(line: (@Sendable (EmployeeRecord, ByteBuffer) -> Void)? = nil, page: (@Sendable (EmployeeRecord) -> String?)? = nil) {
            self.line = line
            self.page = page
        }

        /// Outputs whose line is a string (tests, small reports).
        public init(text: @escaping @Sendable (EmployeeRecord) -> String, page: (@Sendable (EmployeeRecord) -> String?)? = nil) {
            self.init(line: { record, output in output.append(text(record)) }, page: page)
        }
    }

    /// What one job produced: its report lines, its employees folded into a partial aggregate.
    struct JobResult: Sendable {
        var lines: ByteBuffer
        var aggregate: WorkforceAggregator
        var pageErrors: [String]
        var employees: Int
        var rosterIDs: [String]
        /// Inputs this job finished (0 for a JSON Lines chunk before the last).
        var finished: Int
        var size: Int
    }

    /// Runs the batch over `paths` and `roster`.
    ///
    /// Workers read, lint, render and aggregate their own employees; `write` receives each job's report
    /// lines (UTF-8) in input order on the calling thread. Returns the organisation-wide aggregate and any
    /// per-employee page that could not be written.
    package func run(paths: [String], roster: Roster?, output: EmployeeOutput = EmployeeOutput(),
                    progress: (BatchProgress) -> Void = { _ in }, write: (ByteBuffer) -> Void = { _ in })
        -> (aggregate: WorkforceAggregator, pageErrors: [String]) {
        let planner = BatchPlanner(limits: limits)
        let templates = linter.organisation?.departments.compactMap { $0.template?.path } ?? []
        let (inputs, immediate, withoutProfile) = planner.plan(paths: paths, roster: roster, excluded: templates)
        var state = BatchProgress(inputsDone: 0, inputsTotal: inputs.count + immediate.count, employees: 0, bytesDone: 0,
                                  bytesTotal: inputs.reduce(0) { $0 + $1.size })
        // Roster entries without a profile path are matched by employee id against what the inputs carry
        // (a JSON Lines batch of new hires, say); those never matched are missing profiles.
        var awaiting: [String: Roster.Entry] = [:]
        for entry in withoutProfile { awaiting[entry.id] = entry }
        let rosterByID = awaiting
        let linter = self.linter
        let limits = self.limits
        let empty = WorkforceAggregator(rules: linter.rules, organisation: linter.organisation)
        var aggregate = empty
        var pageErrors: [String] = []

        // Each job carries the inputs it finishes and the bytes it accounts for, for progress.
        let queue = OrderedWorkQueue<(job: BatchJob, finished: Int, size: Int), JobResult>(workers: workers, capacity: workers * 3)
        queue.run(
            produce: { emit in
                for job in immediate { emit((job, 1, 0)) }
                // Small files travel in groups, so that tens of thousands of them cost hundreds of hand-overs.
                var group: [(path: String, display: String, employee: Roster.Entry?)] = []
                var groupBytes = 0
                func flush() {
                    guard !group.isEmpty else { return }
                    emit((.inputs(group), group.count, groupBytes))
                    group = []
                    groupBytes = 0
                }
                for input in inputs {
                    let display = planner.relativeToCurrentDirectory(input.path)
                    if !input.isJSONLines, input.size > 0, input.size < Self.smallFile {
                        group.append((input.path, display, input.employee))
                        groupBytes += input.size
                        if group.count >= Self.groupCount || groupBytes >= Self.groupBytes { flush() }
                        continue
                    }
                    flush()
                    var pending: BatchJob?
                    planner.jobs(for: input, display: display) { job in
                        if let previous = pending { emit((previous, 0, previous.size)) }
                        pending = job
                    }
                    if let last = pending { emit((last, 1, input.isJSONLines ? last.size : input.size)) }
                }
                flush()
            },
            process: { item in
                var result = JobResult(lines: ByteBuffer(capacity: Self.linesCapacity(output.line == nil ? 0 : item.size)), aggregate: empty, pageErrors: [], employees: 0, rosterIDs: [],
                                       finished: item.finished, size: item.size)
                // Each employee goes all the way (read, lint, render, aggregate) before the next is read,
                // so a job's working set stays one profile rather than a whole chunk's.
                Self.process(item.job, linter: linter, limits: limits, roster: rosterByID) { record in
                    result.employees += 1
                    if let line = output.line { line(record, result.lines) }
                    if let page = output.page, let error = page(record) { result.pageErrors.append(error) }
                    if !rosterByID.isEmpty, rosterByID[record.id] != nil { result.rosterIDs.append(record.id) }
                    result.aggregate.add(record)
                }
                return result
            },
            consume: { result in
                write(result.lines)
                aggregate.merge(result.aggregate)
                pageErrors.append(contentsOf: result.pageErrors)
                for id in result.rosterIDs { awaiting.removeValue(forKey: id) }
                state.employees += result.employees
                state.bytesDone += result.size
                state.inputsDone += result.finished
                progress(state)
            }
        )
        for entry in withoutProfile where awaiting[entry.id] != nil {
            let record = EmployeeRecord.missing(id: entry.id, name: entry.name, department: entry.department)
            if let line = output.line {
                let bytes = ByteBuffer(capacity: 512)
                line(record, bytes)
                write(bytes)
            }
            if let page = output.page, let error = page(record) { pageErrors.append(error) }
            aggregate.add(record)
        }
        return (aggregate, pageErrors)
    }

    /// The bytes to reserve for the report lines of a job of `size` input bytes: a line is about as
    /// long as a JSON profile, so a chunk's lines fit without the buffer growing (and copying) as it
    /// fills; capped, as an export is one short line however large its ZIP.
    static func linesCapacity(_ size: Int) -> Int {
        size == 0 ? 16 : max(1 << 16, min(size, 2 << 20))
    }

    /// Files below this size are grouped into jobs of at most `groupCount` files or `groupBytes` bytes.
    static let smallFile = 64 << 10
    static let groupCount = 64
    static let groupBytes = 512 << 10

    /// Calls `each` with the records of one job, in order, one at a time; `roster` holds the roster
    /// entries that give no profile path, which a profile claims by carrying their `employee_id`.
    static func process(_ job: BatchJob, linter: Linter, limits: Limits, roster: [String: Roster.Entry] = [:],
                        each: (EmployeeRecord) -> Void) {
        switch job {
        case .missing(let entry):
            each(.missing(id: entry.id, name: entry.name, department: entry.department))
        case .failure(let error, let entry):
            each(.failed(error, employee: entry))
        case .input(let path, let display, let entry):
            let outcomes = InputReader(limits: limits, detail: .rulesOnly).read(path: path, display: display)
            for (index, outcome) in outcomes.enumerated() {
                each(record(outcome, index: index, display: display, entry: entry, roster: roster, linter: linter))
            }
        case .inputs(let files):
            for file in files {
                process(.input(path: file.path, display: file.display, employee: file.employee), linter: linter, limits: limits, roster: roster, each: each)
            }
        case .jsonLines(let bytes, let display, let firstLine):
            let reader = JSONLinesReader(limits: limits, detail: .rulesOnly)
            var index = 0
            reader.forEachRecord(bytes, firstLine: firstLine) { range, line in
                let outcome = reader.readRecord(bytes, range: range, line: line, display: display)
                each(record(outcome, index: index, display: display, entry: nil, roster: roster, linter: linter))
                index += 1
            }
        }
    }

    /// The record of the `index`th outcome of an input shown as `display`; `entry` is the input's roster entry.
    static func record(_ outcome: consuming InputOutcome, index: Int, display: String, entry: Roster.Entry?, roster: [String: Roster.Entry],
                       linter: Linter) -> EmployeeRecord {
        switch consume outcome {
        case .success(let input):
            // Taken apart and handed to one view that both the linter and the record read. One copy of
            // the profile still remains (callgrind), but this costs 1% fewer instructions than the
            // plain `var profile = input.profile`.
            let (profile, source, format) = input.parts()
            // A roster entry names one employee: the first profile of its file, or the profile carrying its id.
            // (Read into a local: the `??` autoclosure would otherwise capture, and so copy, the profile.)
            let claimed = profile.employeeID.flatMap { roster[$0] }
            let employee = index == 0 ? entry ?? claimed : claimed
            // The roster's department decides which groups are recommended.
            let view: ProfileView
            if let department = employee?.department {
                var changed = profile
                changed.department = department
                view = ProfileView(changed)
            } else {
                view = ProfileView(profile)
            }
            let report = linter.lint(view, source: source, format: format, detail: .rulesOnly)
            let department = employee?.department ?? view.profile.department
            // Built in one go (not changed after), so the record is not copied on its way out.
            let ambassadorGroup = EmployeeRecord.ambassadorGroup(report, view: view, department: department, organisation: linter.organisation)
            return .scored(report, view: view,
                           id: employee?.id ?? view.profile.employeeID ?? source,
                           name: employee?.name ?? view.profile.name.value,
                           department: department,
                           excludedAsAmbassador: employee?.excludedAsAmbassador ?? false, ambassadorGroup: ambassadorGroup)
        case .failure(let error):
            let employee = index == 0 ? entry : nil
            let source = error.source ?? display
            return .failed(InputError(source: source, error: error), employee: employee)
        }
    }
}

extension ProfileLintError {
    /// `file:line` (or the file) of the input this error is about, when it names one.
    public var source: String? {
        switch self {
        case .malformedInput(let location, _): location.line.map { "\(location.file):\($0)" } ?? location.file
        case .unreadable(let path, _), .unrecognisedFormat(let path, _), .limitExceeded(let path, _), .unsafeArchive(let path, _, _):
            path
        default: nil
        }
    }
}
