extension EmployeeRecord {
    /// The first group of the department's recommended list the employee is in, when they meet every
    /// criterion of an internal ambassador: a level (advanced or all-star, on a profile checked enough for
    /// one), the organisation named as current employer, a recommended group of their department, and at
    /// least `ambassadors.min_connections` connections.
    ///
    /// The cheap tests come first, so that most profiles cost a comparison or two.
    static func ambassadorGroup(_ report: ProfileReport, view: ProfileView, department: String?, organisation: Organisation?) -> String? {
        guard let organisation, report.assessment.standing == .assessable, report.level.rank >= Level.advanced.rank,
              let connections = view.profile.connectionCount.value, connections >= organisation.ambassadorSettings.minConnections,
              let groups = view.profile.groups.value, !groups.isEmpty,
              let department = department.flatMap(organisation.department(named:)), !department.groups.isEmpty,
              let employer = view.currentPosition.value?.company?.trimmingWhitespace(), EmployerName.namesEmployer(employer, organisation: organisation)
        else { return nil }
        let joined = Set(groups.map(EmployerName.normaliseGroup))
        return department.groups.first { joined.contains(EmployerName.normaliseGroup($0)) }
    }
}
