/// The organisation-wide result of a batch: the workforce summary and the network coverage map.
public struct WorkforceReport: Sendable {
    /// The organisation's name, when configured.
    public var organisation: String?
    /// The day the report was generated (``ReportDate/current(environment:now:)``), when known.
    public var generated: ReportDate?
    /// Headline figures.
    public var summary: WorkforceSummary
    /// Pass, fail and unknown counts per rule, in rule order.
    public var rules: [RuleTally]
    /// The rules whose fixing would add the most points across the organisation, biggest first.
    public var improvements: [Improvement]
    /// Per department, configured departments first, then others by name.
    public var departments: [DepartmentSummary]
    /// Groups, employer presence and reach.
    public var coverage: CoverageMap
    /// Roster employees without a profile.
    public var missingProfiles: [EmployeeBrief]
    /// Inputs that could not be read.
    public var errors: [InputError]
    /// The lowest-scoring employees, who gain most from help (at most 25).
    public var employeesToHelp: [EmployeeBrief]
    /// The change since a baseline report, when one was given.
    public var trend: Trend?
    /// Ambassadors and coaching, group discovery and training focus (see ``NextSteps``).
    public var nextSteps = NextSteps()
    /// Every recorded run, oldest first, this one last, when the batch was given a run history.
    public var history: [HistoryRun]?
    /// Whether employee-level lists were left out (``anonymised()``).
    public var isAnonymised = false

    /// The categories the rules belong to, in ``RuleCategory/allCases`` order: the reports show
    /// averages for these (with a single category the overall average says it all).
    public var categories: [RuleCategory] {
        RuleCategory.allCases.filter { category in rules.contains { $0.category == category } }
    }

    /// The report for a board: no employee ids, names or ranked lists, and no input names (which
    /// can be people's names); what is left is department-level, and the departments' help figures
    /// (``DepartmentSummary/employeesWithGain``, ``DepartmentSummary/potentialGain``) take the place
    /// of the list of employees to help first.
    public func anonymised() -> WorkforceReport {
        var report = self
        report.employeesToHelp = []
        report.missingProfiles = []
        report.errors = []
        report.nextSteps = nextSteps.anonymised()
        report.isAnonymised = true
        return report
    }
}

/// Headline figures of a workforce.
public struct WorkforceSummary: Sendable, Equatable {
    /// Employees: roster entries plus profiles not on the roster.
    public var employees: Int
    /// Profiles scored.
    public var scored: Int
    /// Roster employees without a profile.
    public var missingProfiles: Int
    /// Inputs that could not be read.
    public var errors: Int
    /// Mean score of scored profiles, one decimal.
    public var averageScore: Double?
    /// Median score of scored profiles.
    public var medianScore: Double?
    /// Scored profiles per level.
    public var levels: [Level: Int]
    /// Scored profiles per score band 0–9, 10–19, …, 90–100.
    public var distribution: [Int]
    /// Profiles read whose rules saw too little of them for a level (see ``Assessment``); not in
    /// `scored`, the averages, the levels or the distribution.
    public var partlyAssessable = 0
    /// Profiles read of which no rule could check anything; not in `scored` either.
    public var notAssessable = 0
    /// The average score per category of the scored profiles.
    public var categories = CategoryAverages()
}

/// How one rule fared across the workforce.
public struct RuleTally: Sendable, Equatable {
    public var rule: String
    public var name: String
    public var severity: Severity
    public var weight: Int
    public var pass: Int
    public var fail: Int
    public var unknown: Int
    /// The rule's name in other languages than English (`name`).
    public var translatedNames: [ReportLanguage: String] = [:]
    /// The category the rule counts toward.
    public var category: RuleCategory = .default

    /// The rule's name in `language`, else in English.
    public func name(in language: ReportLanguage) -> String {
        translatedNames[language] ?? name
    }

    /// Passes among known results (0–1), `nil` when no result is known.
    public var passRate: Double? {
        pass + fail == 0 ? nil : Double(pass) / Double(pass + fail)
    }
}

/// Points the organisation would gain if every employee failing a rule fixed it.
public struct Improvement: Sendable, Equatable {
    public var rule: String
    /// Sum of every failing employee's score gain.
    public var totalGain: Int
    /// Employees failing the rule.
    public var employees: Int
}

/// One department's figures.
public struct DepartmentSummary: Sendable, Equatable {
    public var name: String
    public var employees: Int
    public var scored: Int
    public var missingProfiles: Int
    public var errors: Int
    public var averageScore: Double?
    public var levels: [Level: Int]
    /// Scored employees whose suggestions would add points.
    public var employeesWithGain = 0
    /// The points all their suggestions together would add.
    public var potentialGain = 0
    /// Profiles with too little checked for a level, kept out of `scored` and the average.
    public var partlyAssessable = 0
    /// Profiles with nothing checked.
    public var notAssessable = 0
    /// The average score per category of the department's scored profiles.
    public var categories = CategoryAverages()
}

/// A short line about one employee.
public struct EmployeeBrief: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var department: String?
    public var score: Int?
    public var level: Level?
    /// The best-gain suggestion.
    public var topSuggestion: Suggestion?
    /// Points all suggestions together would add.
    public var potentialGain: Int
}

/// The organisation-wide network coverage map.
public struct CoverageMap: Sendable, Equatable {
    /// How many name the organisation, and how they spell it.
    public var employerPresence: EmployerPresence
    /// Department × recommended group membership.
    public var groups: [GroupCoverage]
    /// The groups most joined across the workforce, with member counts.
    public var topGroups: [NameCount]
    /// What the workforce's connections reach.
    public var reach: Reach
    /// Reach of each key account.
    public var keyAccounts: [KeyAccountReach]
}

/// A name with a count.
public struct NameCount: Sendable, Equatable {
    public var name: String
    public var count: Int
}

/// Employer presence: employees whose current position names the organisation.
public struct EmployerPresence: Sendable, Equatable {
    /// Employees naming the organisation.
    public var named: Int
    /// Scored employees whose positions are known.
    public var total: Int
    /// Spellings that name the organisation, with counts, most used first.
    public var variants: [NameCount]
    /// Current employers that are close to the organisation's name but do not match it (likely typos).
    public var possibleMisspellings: [NameCount]
}

/// Membership of one recommended group in one department.
public struct GroupCoverage: Sendable, Equatable {
    public var department: String
    public var group: String
    /// Employees of the department in the group.
    public var members: Int
    /// Employees of the department whose groups are known (the denominator).
    public var known: Int

    /// members ÷ known, `nil` when no employee's groups are known.
    public var share: Double? { known == 0 ? nil : Double(members) / Double(known) }
}

/// What the employees' connections reach, deduplicated across employees.
public struct Reach: Sendable, Equatable {
    /// Distinct connections over all employees.
    public var distinctConnections: Int
    /// Employees whose export lists their connections.
    public var employeesWithConnections: Int
    /// Companies with the most distinct connections.
    public var topCompanies: [NameCount]
}

/// How one key account is reached.
public struct KeyAccountReach: Sendable, Equatable {
    public var name: String
    /// Distinct connections working there.
    public var connections: Int
    /// Departments whose employees are connected there, with their distinct connections, most first.
    public var departments: [NameCount]

    /// No department reaches this account.
    public var isWhiteSpot: Bool { departments.isEmpty }
}

/// The change since a baseline report.
public struct Trend: Sendable, Equatable {
    /// The day the baseline was generated (its `generated`, else its file's modification day), when known.
    public var baselineGenerated: ReportDate?
    public var averageScoreBefore: Double?
    public var averageScoreAfter: Double?
    /// Profiles scored before (when the baseline says) and now.
    public var scoredBefore: Int?
    public var scoredAfter: Int
    /// Roster employees without a profile before (when the baseline says) and now.
    public var missingProfilesBefore: Int?
    public var missingProfilesAfter: Int
    /// Per department: average score before and after.
    public var departments: [(name: String, before: Double?, after: Double?)]
    /// Per rule: pass rate before and after.
    public var rules: [(rule: String, before: Double?, after: Double?)]

    public static func == (lhs: Trend, rhs: Trend) -> Bool {
        lhs.baselineGenerated == rhs.baselineGenerated && lhs.averageScoreBefore == rhs.averageScoreBefore && lhs.averageScoreAfter == rhs.averageScoreAfter
            && lhs.scoredBefore == rhs.scoredBefore && lhs.scoredAfter == rhs.scoredAfter
            && lhs.missingProfilesBefore == rhs.missingProfilesBefore && lhs.missingProfilesAfter == rhs.missingProfilesAfter
            && lhs.departments.map(\.name) == rhs.departments.map(\.name) && lhs.departments.map(\.before) == rhs.departments.map(\.before)
            && lhs.departments.map(\.after) == rhs.departments.map(\.after) && lhs.rules.map(\.rule) == rhs.rules.map(\.rule)
            && lhs.rules.map(\.before) == rhs.rules.map(\.before) && lhs.rules.map(\.after) == rhs.rules.map(\.after)
    }
}
