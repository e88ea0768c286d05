/// One recorded batch run as the trend shows it: its day and, per department, the average score and
/// the share of employees naming the employer.
public struct HistoryRun: Sendable, Equatable {
    /// The day of the run (the report's ``WorkforceReport/generated``).
    public var date: ReportDate
    /// Per department, in the order the run reported them.
    public var departments: [HistoryPoint]

    /// Creates a run.
    public init(date: ReportDate, departments: [HistoryPoint]) {
        self.date = date
        self.departments = departments
    }
}

/// One department's figures in one recorded run.
public struct HistoryPoint: Sendable, Equatable {
    /// The department.
    public var department: String
    /// The department's average score, `nil` when nobody was scored.
    public var averageScore: Double?
    /// Scored employees whose current position names the organisation.
    public var employerNamed: Int
    /// Scored employees whose positions are known (the denominator).
    public var employerKnown: Int

    /// Creates a point.
    public init(department: String, averageScore: Double?, employerNamed: Int, employerKnown: Int) {
        self.department = department
        self.averageScore = averageScore
        self.employerNamed = employerNamed
        self.employerKnown = employerKnown
    }

    /// employerNamed ÷ employerKnown (0–1), `nil` when no position is known.
    public var employerNamedShare: Double? {
        employerKnown == 0 ? nil : Double(employerNamed) / Double(employerKnown)
    }

    /// Whether the run had either figure for the department (a configured department nobody was scored in has neither).
    var hasFigures: Bool { averageScore != nil || employerKnown > 0 }

    /// `70.9 · 100%`: the average score and the share naming the employer, as the text and HTML tables show them.
    func formatted(_ catalog: MessageCatalog) -> String {
        catalog.number(averageScore) + " · " + catalog.percent(employerNamedShare)
    }
}

extension [HistoryRun] {
    /// Every department of any run, in the order of first appearance (newest run's order first).
    var departmentNames: [String] {
        var names: [String] = []
        for run in reversed() {
            for point in run.departments where !names.contains(point.department) { names.append(point.department) }
        }
        return names
    }
}
