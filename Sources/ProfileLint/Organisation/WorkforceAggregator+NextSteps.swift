/// One department's tallies for ``NextSteps``: failures and gains per rule, and its best ambassadors.
///
/// Kept in ``WorkforceAggregator``'s department figures, so it costs nothing per employee beyond an
/// increment per failed rule and suggestion; ambassadors are a bounded, ranked list.
struct DepartmentNextStepsTally: Sendable {
    /// Employees failing each rule, in rule order.
    var ruleFails: [Int]
    /// The gains of the department's suggestions for each rule, in rule order.
    var ruleGains: [Int]
    /// The department's recommended groups, normalised (``EmployerName/normaliseGroup(_:)``) to as configured.
    var recommended: [String: String]
    /// The best-ranked ambassadors, at most ``WorkforceAggregator/ambassadorListSize``.
    var ambassadors: [Ambassador] = []
    /// Employees meeting every criterion.
    var qualifying = 0
    /// Employees meeting every criterion whom the roster excludes.
    var excluded = 0

    init(ruleCount: Int, recommendedGroups: [String]) {
        ruleFails = Array(repeating: 0, count: ruleCount)
        ruleGains = Array(repeating: 0, count: ruleCount)
        var recommended: [String: String] = [:]
        for group in recommendedGroups {
            let key = EmployerName.normaliseGroup(group)
            if !key.isEmpty, recommended[key] == nil { recommended[key] = group }
        }
        self.recommended = recommended
    }

    mutating func merge(_ other: DepartmentNextStepsTally) {
        for index in ruleFails.indices where index < other.ruleFails.count { ruleFails[index] += other.ruleFails[index] }
        for index in ruleGains.indices where index < other.ruleGains.count { ruleGains[index] += other.ruleGains[index] }
        qualifying += other.qualifying
        excluded += other.excluded
        for ambassador in other.ambassadors { insert(ambassador) }
    }

    /// Adds `ambassador` in rank order, keeping the list bounded.
    mutating func insert(_ ambassador: Ambassador) {
        let position = ambassadors.firstIndex { Ambassador.ranksBefore(ambassador, $0) } ?? ambassadors.endIndex
        guard position < WorkforceAggregator.ambassadorListSize else { return }
        ambassadors.insert(ambassador, at: position)
        if ambassadors.count > WorkforceAggregator.ambassadorListSize { ambassadors.removeLast() }
    }
}

extension WorkforceAggregator {
    /// How many ambassadors each department lists (and so can give as coaches).
    public static let ambassadorListSize = 10
    /// How many rules each department's training focus names.
    public static let trainingTopics = 3
    /// How many shared groups the report lists.
    public static let sharedGroupLimit = 10

    /// Empty figures for the department `name`, with its recommended groups from `organisation`.
    static func departmentStats(_ name: String, organisation: Organisation?, ruleCount: Int) -> DepartmentStats {
        DepartmentStats(name: name, next: DepartmentNextStepsTally(ruleCount: ruleCount,
                                                                   recommendedGroups: organisation?.department(named: name)?.groups ?? []))
    }

    func newDepartmentStats(_ name: String) -> DepartmentStats {
        Self.departmentStats(name, organisation: organisation, ruleCount: rules.count)
    }

    /// Counts an employee who meets every ambassador criterion, in `group` of their department's list.
    mutating func addAmbassador(_ record: EmployeeRecord, _ report: ProfileReport, department: Int, group: String) {
        if record.excludedAsAmbassador {
            departmentStats[department].next.excluded += 1
            return
        }
        departmentStats[department].next.qualifying += 1
        departmentStats[department].next.insert(Ambassador(
            id: record.id, name: record.name, score: report.score, level: report.level,
            employer: record.currentEmployer?.trimmingWhitespace() ?? "", group: group, connections: record.connectionCount ?? 0))
    }

    /// The next steps for the departments in report order and the employees to help first.
    func nextSteps(_ ordered: [DepartmentStats], employeesToHelp: [EmployeeBrief]) -> NextSteps {
        var steps = NextSteps()
        steps.maxPerCoach = organisation?.ambassadorSettings.maxPerCoach ?? AmbassadorSettings.defaultMaxPerCoach
        steps.minConnections = organisation?.ambassadorSettings.minConnections ?? AmbassadorSettings.defaultMinConnections
        steps.groupMinShare = organisation?.groupDiscoverySettings.minShare ?? GroupDiscoverySettings.defaultMinShare

        // Ambassadors: every department with a recommended list can have them.
        steps.ambassadors = ordered.filter { !$0.next.recommended.isEmpty }.map {
            DepartmentAmbassadors(department: $0.name, ambassadors: $0.next.ambassadors, qualifying: $0.next.qualifying, excluded: $0.next.excluded)
        }
        (steps.coaching, steps.withoutCoach) = Self.coaching(employeesToHelp, ambassadors: steps.ambassadors, maxPerCoach: steps.maxPerCoach)
        steps.groupDiscovery = groupDiscovery(ordered, minShare: steps.groupMinShare)
        steps.sharedGroups = sharedGroups(ordered)
        steps.discoveryMap = discoveryMap(ordered, groups: steps.groupDiscovery.flatMap { $0.consider.map(\.group) } + steps.sharedGroups.map(\.group))
        steps.training = training(ordered)
        return steps
    }

    /// A coach for each of `employees` in turn: the department's least-booked ambassador (best-ranked
    /// among equals) who has fewer than `maxPerCoach` colleagues, is not the employee, and is not the
    /// coach of the pair just before; employees with no such colleague are returned apart.
    static func coaching(_ employees: [EmployeeBrief], ambassadors: [DepartmentAmbassadors], maxPerCoach: Int)
        -> (pairs: [CoachingPair], withoutCoach: [EmployeeBrief]) {
        var byDepartment: [String: [Ambassador]] = [:]
        for department in ambassadors { byDepartment[department.department] = department.ambassadors }
        var booked: [String: Int] = [:]
        var previous: String?
        var pairs: [CoachingPair] = []
        var without: [EmployeeBrief] = []
        for employee in employees {
            let candidates = (employee.department.flatMap { byDepartment[$0] } ?? []).filter {
                $0.id != employee.id && $0.id != previous && booked[$0.id, default: 0] < maxPerCoach
            }
            // Candidates are in rank order, so the first of the least booked is the best-ranked of them.
            guard let fewest = candidates.map({ booked[$0.id, default: 0] }).min(),
                  let coach = candidates.first(where: { booked[$0.id, default: 0] == fewest }) else {
                without.append(employee)
                continue
            }
            booked[coach.id, default: 0] += 1
            previous = coach.id
            pairs.append(CoachingPair(employee: employee, coach: coach))
        }
        return (pairs, without)
    }

    /// Per department: groups off its list that at least `minShare` of its members joined, and listed groups nobody joined.
    func groupDiscovery(_ ordered: [DepartmentStats], minShare: Double) -> [DepartmentGroupDiscovery] {
        ordered.compactMap { stats -> DepartmentGroupDiscovery? in
            guard stats.groupsKnown > 0 || !stats.next.recommended.isEmpty else { return nil }
            let listed = organisation?.department(named: stats.name)?.groups ?? []
            var consider: [GroupCoverage] = []
            if stats.groupsKnown > 0 {
                for (key, members) in stats.groupMembers where stats.next.recommended[key] == nil {
                    // A small tolerance: 3 of 10 is 30% although 0.3 × 10 is a hair above 3 in binary.
                    guard Double(members) / Double(stats.groupsKnown) >= minShare - 1e-9 else { continue }
                    consider.append(GroupCoverage(department: stats.name, group: groupTotals[key]?.name ?? key, members: members, known: stats.groupsKnown))
                }
            }
            consider.sort { $0.members != $1.members ? $0.members > $1.members : $0.group < $1.group }
            let reconsider = stats.groupsKnown == 0 ? [] : listed.filter { (stats.groupMembers[EmployerName.normaliseGroup($0)] ?? 0) == 0 }
            return DepartmentGroupDiscovery(department: stats.name, consider: consider, reconsider: reconsider)
        }
    }

    /// Every department with known groups × each of `groups` (first appearance kept).
    func discoveryMap(_ ordered: [DepartmentStats], groups: [String]) -> [GroupCoverage] {
        var seen = Set<String>()
        let rows = groups.filter { seen.insert(EmployerName.normaliseGroup($0)).inserted }
        let departments = ordered.filter { $0.groupsKnown > 0 }
        guard departments.count > 0 else { return [] }
        return rows.flatMap { group in
            departments.map { stats in
                GroupCoverage(department: stats.name, group: group, members: stats.groupMembers[EmployerName.normaliseGroup(group)] ?? 0, known: stats.groupsKnown)
            }
        }
    }

    /// Groups with members in at least two departments: the most departments first, then the most members, then by name.
    func sharedGroups(_ ordered: [DepartmentStats]) -> [SharedGroup] {
        var shared: [SharedGroup] = []
        for (key, total) in groupTotals {
            let departments = ordered.compactMap { stats in stats.groupMembers[key].map { NameCount(name: stats.name, count: $0) } }
            guard departments.count >= 2 else { continue }
            shared.append(SharedGroup(group: total.name, departments: Self.ranked(departments.map { ($0.name, $0.count) })))
        }
        shared.sort { lhs, rhs in
            if lhs.departments.count != rhs.departments.count { return lhs.departments.count > rhs.departments.count }
            if lhs.members != rhs.members { return lhs.members > rhs.members }
            return lhs.group < rhs.group
        }
        return Array(shared.prefix(Self.sharedGroupLimit))
    }

    /// Per department with profiles read: the rules failed by most of its employees, then the biggest gain, then by id.
    func training(_ ordered: [DepartmentStats]) -> [DepartmentTraining] {
        ordered.compactMap { stats -> DepartmentTraining? in
            let profiles = stats.scored + stats.partly + stats.notAssessable
            guard profiles > 0 else { return nil }
            let failing = rules.indices.filter { $0 < stats.next.ruleFails.count && stats.next.ruleFails[$0] > 0 }
            let ranked = failing.sorted { lhs, rhs in
                let (left, right) = (stats.next.ruleFails[lhs], stats.next.ruleFails[rhs])
                if left != right { return left > right }
                if stats.next.ruleGains[lhs] != stats.next.ruleGains[rhs] { return stats.next.ruleGains[lhs] > stats.next.ruleGains[rhs] }
                return rules[lhs].id < rules[rhs].id
            }
            let topics = ranked.prefix(Self.trainingTopics).map { index in
                TrainingTopic(rule: rules[index].id, category: rules[index].category, employees: stats.next.ruleFails[index],
                              gain: stats.next.ruleGains[index], share: Double(stats.next.ruleFails[index]) / Double(profiles))
            }
            return DepartmentTraining(department: stats.name, profiles: profiles, topics: Array(topics))
        }
    }
}

extension NextSteps {
    /// For a board: ambassadors only as counts per department, and no coaching pairs, which name people.
    public func anonymised() -> NextSteps {
        var steps = self
        for index in steps.ambassadors.indices { steps.ambassadors[index].ambassadors = [] }
        steps.coaching = []
        steps.withoutCoach = []
        return steps
    }
}
