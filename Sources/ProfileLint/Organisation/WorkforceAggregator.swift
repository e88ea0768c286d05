/// Folds employee records into a ``WorkforceReport``.
///
/// It keeps counters, not records: memory grows with the number of departments, groups, companies and
/// distinct connections, not with the number of employees (the lowest scorers are kept in a bounded list).
/// Aggregators are mergeable: each batch worker folds its own employees and the partial tallies are
/// merged in input order, so results never have to cross threads one by one.
public struct WorkforceAggregator: Sendable {
    /// The rules applied, in report order.
    public let rules: [Rule]
    /// The organisation, when configured.
    public let organisation: Organisation?
    /// How many of the lowest scorers to keep for "employees to help first".
    public var helpListSize = 25

    private var employees = 0
    private var scored = 0
    /// Profiles with a score but too little checked for a level, and with nothing checked: kept out
    /// of averages, levels and the histogram.
    private var partlyAssessable = 0
    private var notAssessable = 0
    private var missing = 0
    private var scoreHistogram = [Int](repeating: 0, count: 101)
    private var levels = [Int](repeating: 0, count: Level.allCases.count)
    private var ruleCounts: [Int]
    private var ruleGains: [Int]
    private var categoryTally = CategoryTally()
    var departmentStats: [DepartmentStats] = []
    private var departmentIndex: [String: Int] = [:]
    var groupTotals: [String: NameCount] = [:]
    private var employerNamed = 0
    private var employerTotal = 0
    private var variants: [String: Int] = [:]
    private var misspellings: [String: Int] = [:]
    /// Every distinct connection and the company it works at (an index into `companyNames`, or -1).
    private var connectionCompany: [UInt64: Int32] = [:]
    private var companyNames: [NameCount] = []
    private var companyIndex: [String: Int32] = [:]
    private var employeesWithConnections = 0
    private var keyAccountIndex: [String: Int] = [:]
    /// Each key account's own normalised name and display name, so that its aliases count as it everywhere.
    private var keyAccountNames: [(key: String, display: String)] = []
    private var keyAccountDepartments: [[String: Set<UInt64>]]
    private var missingProfiles: [EmployeeBrief] = []
    private var errors: [InputError] = []
    private var toHelp: [EmployeeBrief] = []

    struct DepartmentStats: Sendable {
        var name: String
        var employees = 0
        var scored = 0
        var missing = 0
        var errors = 0
        var scoreSum = 0
        var levels = [Int](repeating: 0, count: Level.allCases.count)
        var groupsKnown = 0
        var groupMembers: [String: Int] = [:]
        var withGain = 0
        var gainSum = 0
        var partly = 0
        var notAssessable = 0
        var categories = CategoryTally()
        /// Per-rule failures and gains, ambassadors (``NextSteps``).
        var next: DepartmentNextStepsTally

        mutating func merge(_ other: DepartmentStats) {
            categories.merge(other.categories)
            next.merge(other.next)
            partly += other.partly
            notAssessable += other.notAssessable
            withGain += other.withGain
            gainSum += other.gainSum
            employees += other.employees
            scored += other.scored
            missing += other.missing
            errors += other.errors
            scoreSum += other.scoreSum
            for index in levels.indices { levels[index] += other.levels[index] }
            groupsKnown += other.groupsKnown
            groupMembers.merge(other.groupMembers, uniquingKeysWith: +)
        }
    }

    /// The department name used for employees without one.
    public static let noDepartment = "(no department)"

    /// Creates an aggregator for `rules` and `organisation`.
    public init(rules: [Rule], organisation: Organisation?) {
        self.rules = rules
        self.organisation = organisation
        ruleCounts = Array(repeating: 0, count: rules.count * 3)
        ruleGains = Array(repeating: 0, count: rules.count)
        for department in organisation?.departments ?? [] where departmentIndex[department.name] == nil {
            departmentIndex[department.name] = departmentStats.count
            departmentStats.append(Self.departmentStats(department.name, organisation: organisation, ruleCount: rules.count))
        }
        let accounts = organisation?.keyAccounts ?? []
        keyAccountDepartments = Array(repeating: [:], count: accounts.count)
        for (index, account) in accounts.enumerated() {
            for name in account.normalisedNames where keyAccountIndex[name] == nil { keyAccountIndex[name] = index }
        }
        keyAccountNames = accounts.map { (EmployerName.normalise($0.name), $0.name) }
    }

    /// The configured department matching `name` (case-insensitive), else `name` itself, else the placeholder.
    func departmentName(_ name: String?) -> String {
        guard let name = name?.trimmingWhitespace(), !name.isEmpty else { return Self.noDepartment }
        return organisation?.department(named: name)?.name ?? name
    }

    private mutating func department(_ name: String) -> Int {
        if let index = departmentIndex[name] { return index }
        departmentIndex[name] = departmentStats.count
        departmentStats.append(newDepartmentStats(name))
        return departmentStats.count - 1
    }

    /// Adds one employee.
    public mutating func add(_ record: EmployeeRecord) {
        employees += 1
        let name = departmentName(record.department)
        let department = self.department(name)
        departmentStats[department].employees += 1
        switch record.status {
        case .missing:
            missing += 1
            departmentStats[department].missing += 1
            missingProfiles.append(EmployeeBrief(id: record.id, name: record.name, department: name, score: nil, level: nil,
                                                 topSuggestion: nil, potentialGain: 0))
        case .error:
            departmentStats[department].errors += 1
            if let error = record.error { errors.append(error) }
        case .scored:
            guard let report = record.report else { return }
            addScored(record, report, department: department, name: name)
        }
    }

    private mutating func addScored(_ record: EmployeeRecord, _ report: ProfileReport, department: Int, name: String) {
        switch report.assessment.standing {
        case .assessable:
            scored += 1
            scoreHistogram[max(0, min(100, report.score))] += 1
            levels[report.level.rank] += 1
            departmentStats[department].scored += 1
            departmentStats[department].scoreSum += report.score
            departmentStats[department].levels[report.level.rank] += 1
            categoryTally.add(report.categories)
            departmentStats[department].categories.add(report.categories)
        case .partly:
            partlyAssessable += 1
            departmentStats[department].partly += 1
        case .none:
            notAssessable += 1
            departmentStats[department].notAssessable += 1
        }
        // Summed once: the department figures and the help list both use it.
        let potentialGain = report.potentialGain
        if potentialGain > 0 {
            departmentStats[department].withGain += 1
            departmentStats[department].gainSum += potentialGain
        }

        for (index, status) in report.statuses.enumerated() where index < rules.count {
            switch status {
            case .pass: ruleCounts[index * 3] += 1
            case .fail:
                ruleCounts[index * 3 + 1] += 1
                departmentStats[department].next.ruleFails[index] += 1
            case .unknown: ruleCounts[index * 3 + 2] += 1
            }
        }
        // By index: binding each suggestion would copy (retain) its texts.
        for position in report.suggestions.indices where report.suggestions[position].ruleIndex < rules.count {
            let ruleIndex = report.suggestions[position].ruleIndex
            let gain = report.suggestions[position].gain
            ruleGains[ruleIndex] += gain
            departmentStats[department].next.ruleGains[ruleIndex] += gain
        }

        // Employer presence.
        if record.positionsKnown {
            employerTotal += 1
            if let employer = record.currentEmployer?.trimmingWhitespace(), !employer.isEmpty {
                if EmployerName.namesEmployer(employer, organisation: organisation) {
                    employerNamed += 1
                    variants[employer, default: 0] += 1
                } else if let organisation, isPossibleMisspelling(employer, of: organisation) {
                    misspellings[employer, default: 0] += 1
                }
            }
        }

        // Groups.
        if let groups = record.groups {
            departmentStats[department].groupsKnown += 1
            var seen = Set<String>()
            for group in groups {
                let key = EmployerName.normaliseGroup(group)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                departmentStats[department].groupMembers[key, default: 0] += 1
                groupTotals[key, default: NameCount(name: group.trimmingWhitespace(), count: 0)].count += 1
            }
        }
        if let group = record.ambassadorGroup { addAmbassador(record, report, department: department, group: group) }

        // Reach.
        if !record.connections.isEmpty { employeesWithConnections += 1 }
        for connection in record.connections {
            var company: Int32 = -1
            var key = ""
            if let name = connection.company?.trimmingWhitespace(), !name.isEmpty {
                key = EmployerName.normalise(name)
                if let account = keyAccountIndex[key] {
                    // "Hooli Europe" is Hooli when the configuration says so, in every list.
                    company = companyID(keyAccountNames[account].key, display: keyAccountNames[account].display)
                } else if !key.isEmpty {
                    company = companyID(key, display: name)
                }
            }
            if connectionCompany[connection.identity] == nil { connectionCompany[connection.identity] = company }
            if !key.isEmpty, let account = keyAccountIndex[key] {
                keyAccountDepartments[account][name, default: []].insert(connection.identity)
            }
        }

        // The lowest scorers, kept sorted and bounded; most employees are not among them and cost one comparison.
        // Someone with nothing to gain needs no help, however the list would otherwise fill up.
        guard potentialGain > 0 else { return }
        if toHelp.count == helpListSize, let last = toHelp.last,
           (last.score ?? 0, -last.potentialGain) < (report.score, -potentialGain) {
            return
        }
        insertIntoHelpList(EmployeeBrief(id: record.id, name: record.name, department: name, score: report.score, level: report.level,
                                         topSuggestion: report.suggestions.first, potentialGain: potentialGain))
    }

    private mutating func insertIntoHelpList(_ brief: EmployeeBrief) {
        var low = 0
        var high = toHelp.count
        while low < high {
            let middle = (low + high) / 2
            if Self.helpOrder(toHelp[middle], brief) { low = middle + 1 } else { high = middle }
        }
        guard low < helpListSize else { return }
        toHelp.insert(brief, at: low)
        if toHelp.count > helpListSize { toHelp.removeLast() }
    }

    private mutating func companyID(_ key: String, display: String) -> Int32 {
        if let index = companyIndex[key] { return index }
        let index = Int32(companyNames.count)
        companyIndex[key] = index
        companyNames.append(NameCount(name: display, count: 0))
        return index
    }

    /// Adds what `other` has gathered; merging partial aggregates in input order gives the same report
    /// as adding their records one by one.
    public mutating func merge(_ other: WorkforceAggregator) {
        employees += other.employees
        scored += other.scored
        partlyAssessable += other.partlyAssessable
        notAssessable += other.notAssessable
        missing += other.missing
        for index in scoreHistogram.indices { scoreHistogram[index] += other.scoreHistogram[index] }
        for index in levels.indices { levels[index] += other.levels[index] }
        for index in ruleCounts.indices where index < other.ruleCounts.count { ruleCounts[index] += other.ruleCounts[index] }
        for index in ruleGains.indices where index < other.ruleGains.count { ruleGains[index] += other.ruleGains[index] }
        categoryTally.merge(other.categoryTally)
        for stats in other.departmentStats {
            let index = department(stats.name)
            departmentStats[index].merge(stats)
        }
        for (key, total) in other.groupTotals {
            groupTotals[key, default: NameCount(name: total.name, count: 0)].count += total.count
        }
        employerNamed += other.employerNamed
        employerTotal += other.employerTotal
        variants.merge(other.variants, uniquingKeysWith: +)
        misspellings.merge(other.misspellings, uniquingKeysWith: +)
        let remap = other.companyNames.map { companyID(EmployerName.normalise($0.name), display: $0.name) }
        for (identity, company) in other.connectionCompany where connectionCompany[identity] == nil {
            connectionCompany[identity] = company < 0 ? -1 : remap[Int(company)]
        }
        employeesWithConnections += other.employeesWithConnections
        for (account, departments) in other.keyAccountDepartments.enumerated() where account < keyAccountDepartments.count {
            keyAccountDepartments[account].merge(departments) { $0.union($1) }
        }
        missingProfiles.append(contentsOf: other.missingProfiles)
        errors.append(contentsOf: other.errors)
        for brief in other.toHelp { insertIntoHelpList(brief) }
    }

    /// Lowest score first; then the biggest potential gain; then id, for a stable order.
    static func helpOrder(_ lhs: EmployeeBrief, _ rhs: EmployeeBrief) -> Bool {
        if lhs.score != rhs.score { return (lhs.score ?? 0) < (rhs.score ?? 0) }
        if lhs.potentialGain != rhs.potentialGain { return lhs.potentialGain > rhs.potentialGain }
        return lhs.id < rhs.id
    }

    /// Close to the organisation's name or an alias (at most 2 edits after normalising) without matching it.
    func isPossibleMisspelling(_ employer: String, of organisation: Organisation) -> Bool {
        let normalised = EmployerName.normalise(employer)
        guard normalised.count >= 4 else { return false }
        return ([organisation.name] + organisation.aliases).contains { name in
            let target = EmployerName.normalise(name)
            return abs(target.count - normalised.count) <= 2 && normalised.editDistance(to: target) <= 2
        }
    }

    /// The report of everything added so far.
    public func report() -> WorkforceReport {
        let helpList = toHelp

        let total = scoreHistogram.enumerated().reduce(0) { $0 + $1.offset * $1.element }
        var distribution = [Int](repeating: 0, count: 10)
        for (score, count) in scoreHistogram.enumerated() { distribution[min(9, score / 10)] += count }

        let tallies = rules.enumerated().map { index, rule in
            RuleTally(rule: rule.id, name: rule.name.english, severity: rule.severity, weight: rule.weight,
                      pass: ruleCounts[index * 3], fail: ruleCounts[index * 3 + 1], unknown: ruleCounts[index * 3 + 2],
                      translatedNames: rule.name.translations, category: rule.category)
        }
        let improvements = rules.enumerated().compactMap { index, rule -> Improvement? in
            ruleCounts[index * 3 + 1] == 0 ? nil : Improvement(rule: rule.id, totalGain: ruleGains[index], employees: ruleCounts[index * 3 + 1])
        }.sorted { $0.totalGain != $1.totalGain ? $0.totalGain > $1.totalGain : $0.rule < $1.rule }

        let configured = Set(organisation?.departments.map(\.name) ?? [])
        let ordered = departmentStats.filter { configured.contains($0.name) } + departmentStats.filter { !configured.contains($0.name) }.sorted { $0.name < $1.name }
        let departments = ordered.map { stats in
            DepartmentSummary(name: stats.name, employees: stats.employees, scored: stats.scored, missingProfiles: stats.missing,
                              errors: stats.errors, averageScore: Self.average(stats.scoreSum, stats.scored), levels: Self.levelMap(stats.levels),
                              employeesWithGain: stats.withGain, potentialGain: stats.gainSum,
                              partlyAssessable: stats.partly, notAssessable: stats.notAssessable,
                              categories: stats.categories.averages)
        }

        var groupCoverage: [GroupCoverage] = []
        for department in organisation?.departments ?? [] {
            let stats = departmentIndex[department.name].map { departmentStats[$0] } ?? newDepartmentStats(department.name)
            for group in department.groups {
                groupCoverage.append(GroupCoverage(department: department.name, group: group,
                                                   members: stats.groupMembers[EmployerName.normaliseGroup(group)] ?? 0,
                                                   known: stats.groupsKnown))
            }
        }

        // Distinct connections per company, and per key account.
        var perCompany = [Int](repeating: 0, count: companyNames.count)
        for company in connectionCompany.values where company >= 0 { perCompany[Int(company)] += 1 }
        let accounts = organisation?.keyAccounts ?? []
        var accountConnections = [Int](repeating: 0, count: accounts.count)
        for (index, name) in companyNames.enumerated() {
            if let account = keyAccountIndex[EmployerName.normalise(name.name)] { accountConnections[account] += perCompany[index] }
        }
        let companies = companyNames.enumerated().map { NameCount(name: $0.element.name, count: perCompany[$0.offset]) }
        let keyAccounts = accounts.enumerated().map { index, account in
            KeyAccountReach(name: account.name, connections: accountConnections[index],
                            departments: Self.ranked(keyAccountDepartments[index].mapValues(\.count)))
        }

        return WorkforceReport(
            organisation: organisation?.name,
            summary: WorkforceSummary(employees: employees, scored: scored, missingProfiles: missing, errors: errors.count,
                                      averageScore: Self.average(total, scored), medianScore: median(),
                                      levels: Self.levelMap(levels), distribution: distribution,
                                      partlyAssessable: partlyAssessable, notAssessable: notAssessable,
                                      categories: categoryTally.averages),
            rules: tallies,
            improvements: improvements,
            departments: departments,
            coverage: CoverageMap(
                employerPresence: EmployerPresence(named: employerNamed, total: employerTotal, variants: Self.ranked(variants),
                                                   possibleMisspellings: Self.ranked(misspellings)),
                groups: groupCoverage,
                topGroups: Array(Self.ranked(groupTotals.values.map { ($0.name, $0.count) }).prefix(15)),
                reach: Reach(distinctConnections: connectionCompany.count, employeesWithConnections: employeesWithConnections,
                             topCompanies: Array(Self.ranked(companies.filter { $0.count > 0 }.map { ($0.name, $0.count) }).prefix(15))),
                keyAccounts: keyAccounts
            ),
            missingProfiles: missingProfiles,
            errors: errors,
            employeesToHelp: helpList,
            trend: nil,
            nextSteps: nextSteps(ordered, employeesToHelp: helpList)
        )
    }

    static func levelMap(_ counts: [Int]) -> [Level: Int] {
        var map: [Level: Int] = [:]
        for level in Level.allCases where counts[level.rank] > 0 { map[level] = counts[level.rank] }
        return map
    }

    static func average(_ sum: Int, _ count: Int) -> Double? {
        count == 0 ? nil : (Double(sum) / Double(count) * 10).rounded() / 10
    }

    func median() -> Double? {
        guard scored > 0 else { return nil }
        func value(at position: Int) -> Int {
            var seen = 0
            for (score, count) in scoreHistogram.enumerated() {
                seen += count
                if seen > position { return score }
            }
            return 100
        }
        if scored % 2 == 1 { return Double(value(at: scored / 2)) }
        return Double(value(at: scored / 2 - 1) + value(at: scored / 2)) / 2
    }

    static func ranked(_ counts: [String: Int]) -> [NameCount] {
        ranked(counts.map { ($0.key, $0.value) })
    }

    static func ranked(_ counts: [(String, Int)]) -> [NameCount] {
        counts.map { NameCount(name: $0.0, count: $0.1) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
