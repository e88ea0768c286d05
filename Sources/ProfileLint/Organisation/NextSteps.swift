/// What HR does next, per department: internal ambassadors and coaching pairs, the groups the
/// departments really join, and the rules to train on.
///
/// Built by ``WorkforceAggregator`` from the same single pass over the employees as the rest of the
/// report; it holds no more than a bounded list of ambassadors per department.
public struct NextSteps: Sendable, Equatable {
    /// Per department (report order), the employees who could coach colleagues, best first.
    public var ambassadors: [DepartmentAmbassadors] = []
    /// A coach for each employee to help first who has one free in their department, in the order of
    /// ``WorkforceReport/employeesToHelp``.
    public var coaching: [CoachingPair] = []
    /// Employees to help first for whom no coach of their department was free.
    public var withoutCoach: [EmployeeBrief] = []
    /// At most this many colleagues per coach (`ambassadors.max_per_coach`).
    public var maxPerCoach = AmbassadorSettings.defaultMaxPerCoach
    /// The network an ambassador needs (`ambassadors.min_connections`).
    public var minConnections = AmbassadorSettings.defaultMinConnections
    /// Per department (report order), the groups to consider recommending and to reconsider.
    public var groupDiscovery: [DepartmentGroupDiscovery] = []
    /// Groups joined in more than one department, the most departments first.
    public var sharedGroups: [SharedGroup] = []
    /// Department × group membership for the groups to consider and the shared groups (the second heat
    /// map): every department whose members' groups are known, each such group, zero members included.
    public var discoveryMap: [GroupCoverage] = []
    /// The share of a department's members a group needs to be suggested (`group_discovery.min_share`).
    public var groupMinShare = GroupDiscoverySettings.defaultMinShare
    /// Per department (report order), the three rules that fail most.
    public var training: [DepartmentTraining] = []

    /// Creates an empty set of next steps.
    public init() {}
}

/// The settings of `ambassadors:` in `.profilelint.yml`.
public struct AmbassadorSettings: Sendable, Equatable {
    /// At most this many colleagues are given the same coach.
    public var maxPerCoach = AmbassadorSettings.defaultMaxPerCoach
    /// The connections a "large network" has at least.
    public var minConnections = AmbassadorSettings.defaultMinConnections
    /// 3 colleagues per coach: coaching is an hour a week, not a second job.
    public static let defaultMaxPerCoach = 3
    /// 100 connections: twice what LinkedIn's All-Star level asks.
    public static let defaultMinConnections = 100

    /// The defaults.
    public init() {}
}

/// The settings of `group_discovery:` in `.profilelint.yml`.
public struct GroupDiscoverySettings: Sendable, Equatable {
    /// The share of a department's members (whose groups are known) a group not on its list needs to be
    /// suggested for it.
    public var minShare = GroupDiscoverySettings.defaultMinShare
    /// 30%.
    public static let defaultMinShare = 0.3

    /// The defaults.
    public init() {}
}

/// One department's internal ambassadors.
public struct DepartmentAmbassadors: Sendable, Equatable {
    /// The department.
    public var department: String
    /// The best-ranked ambassadors: highest score, then largest network, then id (at most
    /// ``WorkforceAggregator/ambassadorListSize``).
    public var ambassadors: [Ambassador]
    /// Employees who meet every criterion, including those not listed.
    public var qualifying: Int
    /// Employees who would qualify but are excluded by the roster (`ambassador: no`).
    public var excluded: Int
}

/// An employee who could coach colleagues, and why.
public struct Ambassador: Sendable, Equatable {
    /// The employee's id.
    public var id: String
    /// The employee's name, when known.
    public var name: String?
    /// The score.
    public var score: Int
    /// Advanced or all-star.
    public var level: Level
    /// The employer as the profile writes it.
    public var employer: String
    /// The first recommended group of the department the employee is in.
    public var group: String
    /// First-degree connections.
    public var connections: Int

    /// Higher score first, then the larger network, then id.
    static func ranksBefore(_ lhs: Ambassador, _ rhs: Ambassador) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.connections != rhs.connections { return lhs.connections > rhs.connections }
        return lhs.id < rhs.id
    }
}

/// An employee to help first and the colleague suggested as coach.
public struct CoachingPair: Sendable, Equatable {
    /// The employee to help.
    public var employee: EmployeeBrief
    /// The coach, an ambassador of the same department.
    public var coach: Ambassador
}

/// Groups a department's members really join, against its recommended list.
public struct DepartmentGroupDiscovery: Sendable, Equatable {
    /// The department.
    public var department: String
    /// Groups not on the list joined by at least the minimum share of its members, most joined first.
    public var consider: [GroupCoverage]
    /// Recommended groups no member joined (only when some members' groups are known).
    public var reconsider: [String]
}

/// A group joined in more than one department.
public struct SharedGroup: Sendable, Equatable {
    /// The group, as first written.
    public var group: String
    /// The departments with members in it and how many, most first.
    public var departments: [NameCount]

    /// Members over all departments.
    public var members: Int { departments.reduce(0) { $0 + $1.count } }
}

/// One department's training topics.
public struct DepartmentTraining: Sendable, Equatable {
    /// The department.
    public var department: String
    /// Profiles of the department that were read (the denominator of each topic's share).
    public var profiles: Int
    /// The rules that fail most, at most three.
    public var topics: [TrainingTopic]
}

/// A rule as a training topic for one department.
public struct TrainingTopic: Sendable, Equatable {
    /// The rule id.
    public var rule: String
    /// The rule's category (completeness, quality, organisation).
    public var category: RuleCategory
    /// Employees of the department failing the rule.
    public var employees: Int
    /// The points the department's employees would gain together by fixing it.
    public var gain: Int
    /// `employees` over the department's profiles read.
    public var share: Double
}
