import Foundation

/// Gathers, while a batch runs, the figures of the run history that the workforce report does not
/// carry: employer presence and rule results per department, and each employee's id and score.
///
/// Only a batch given a history has one (``BatchRunner``), so a batch without history pays nothing.
/// Workers add their records concurrently; the lock is taken once per employee.
package final class HistoryRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private let naming: WorkforceAggregator
    private let ruleCount: Int
    private var tallies: [String: Tally] = [:]
    private var employees: [HistoryRecord.Employee] = []

    private struct Tally {
        var named = 0
        var known = 0
        /// pass, fail, unknown per rule.
        var rules: [Int]
    }

    /// Creates a recorder for a batch applying `rules` for `organisation`.
    package init(rules: [Rule], organisation: Organisation?) {
        naming = WorkforceAggregator(rules: [], organisation: organisation)
        ruleCount = rules.count
    }

    /// Adds one employee; called on worker threads.
    package func add(_ record: EmployeeRecord) {
        let department = naming.departmentName(record.department)
        var named = false
        var known = false
        if record.status == .scored, record.report != nil, record.positionsKnown {
            known = true
            if let employer = record.currentEmployer?.trimmingWhitespace(), !employer.isEmpty {
                named = EmployerName.namesEmployer(employer, organisation: naming.organisation)
            }
        }
        let report = record.report
        let employee = HistoryRecord.Employee(id: record.id, department: department, status: record.status.rawValue,
                                              score: report?.score, level: report?.assessment.standing == .assessable ? report?.level.rawValue : nil)
        lock.lock()
        defer { lock.unlock() }
        employees.append(employee)
        var tally = tallies.removeValue(forKey: department) ?? Tally(rules: Array(repeating: 0, count: ruleCount * 3))
        if known { tally.known += 1 }
        if named { tally.named += 1 }
        if let statuses = report?.statuses {
            for (index, status) in statuses.enumerated() where index < ruleCount {
                switch status {
                case .pass: tally.rules[index * 3] += 1
                case .fail: tally.rules[index * 3 + 1] += 1
                case .unknown: tally.rules[index * 3 + 2] += 1
                }
            }
        }
        tallies[department] = tally
    }

    /// The run to record: `report`'s figures with what this recorder gathered.
    package func record(for report: WorkforceReport, date: ReportDate) -> HistoryRecord {
        lock.lock()
        defer { lock.unlock() }
        let departments = report.departments.map { summary in
            let tally = tallies[summary.name]
            return HistoryRecord.Department(summary: summary, employerNamed: tally?.named ?? 0, employerKnown: tally?.known ?? 0)
        }
        var departmentRules: [HistoryRecord.DepartmentRule] = []
        for department in report.departments {
            guard let tally = tallies[department.name] else { continue }
            for (index, rule) in report.rules.enumerated() where index < ruleCount {
                departmentRules.append(HistoryRecord.DepartmentRule(department: department.name, rule: rule.rule, pass: tally.rules[index * 3],
                                                                    fail: tally.rules[index * 3 + 1], unknown: tally.rules[index * 3 + 2]))
            }
        }
        return HistoryRecord(date: date, organisation: report.organisation, summary: report.summary,
                             employerPresence: report.coverage.employerPresence, distinctConnections: report.coverage.reach.distinctConnections,
                             departments: departments, rules: report.rules, departmentRules: departmentRules,
                             groups: report.coverage.groups, keyAccounts: report.coverage.keyAccounts,
                             employees: employees.sorted { $0.id < $1.id })
    }
}

/// Everything one batch run writes into the history: aggregate figures, employee ids and scores;
/// never a text, a name or a connection.
package struct HistoryRecord: Sendable {
    /// One department's figures.
    package struct Department: Sendable {
        package var summary: DepartmentSummary
        package var employerNamed: Int
        package var employerKnown: Int
    }

    /// One rule's results in one department.
    package struct DepartmentRule: Sendable {
        package var department: String
        package var rule: String
        package var pass: Int
        package var fail: Int
        package var unknown: Int
    }

    /// One employee's outcome: id, department, status, score and level only.
    package struct Employee: Sendable {
        package var id: String
        package var department: String
        package var status: String
        package var score: Int?
        package var level: String?
    }

    package var date: ReportDate
    package var organisation: String?
    package var summary: WorkforceSummary
    package var employerPresence: EmployerPresence
    package var distinctConnections: Int
    package var departments: [Department]
    package var rules: [RuleTally]
    package var departmentRules: [DepartmentRule]
    package var groups: [GroupCoverage]
    package var keyAccounts: [KeyAccountReach]
    package var employees: [Employee]

    /// The run as the trend shows it.
    package var run: HistoryRun {
        HistoryRun(date: date, departments: departments.map {
            HistoryPoint(department: $0.summary.name, averageScore: $0.summary.averageScore, employerNamed: $0.employerNamed, employerKnown: $0.employerKnown)
        })
    }
}

extension HistoryRecorder {
    /// A per-employee hook that adds the record to this recorder, then runs `pages` (if any).
    package func recording(_ pages: (@Sendable (EmployeeRecord) -> String?)?) -> @Sendable (EmployeeRecord) -> String? {
        { record in
            self.add(record)
            return pages?(record)
        }
    }

    /// Sets `report.history` to every run in `store` followed by this one, and returns this run's record.
    package func addHistory(to report: inout WorkforceReport, from store: HistoryStore?, date: ReportDate) throws -> HistoryRecord {
        let record = record(for: report, date: date)
        report.history = try (store?.runs() ?? []) + [record.run]
        return record
    }
}
