/// One employee's outcome in a batch: scored, missing a profile, or unreadable.
///
/// Records are produced by workers, handed to the aggregator and the streaming reporters in input
/// order, and then dropped, so memory does not grow with the number of employees.
public struct EmployeeRecord: Sendable {
    /// What happened to this employee's profile.
    public enum Status: String, Sendable, Codable {
        /// The profile was read and scored.
        case scored
        /// The roster lists the employee but gives no profile.
        case missing
        /// The profile could not be read.
        case error
    }

    /// Roster id, else the profile's `employee_id`, else its source.
    public var id: String
    /// The name from the roster or the profile.
    public var name: String?
    /// The department from the roster or the profile.
    public var department: String?
    /// The input the record came from (empty for a missing profile).
    public var source: String
    /// Scored, missing or error.
    public var status: Status
    /// The profile's report, when scored.
    public var report: ProfileReport?
    /// The error, when the profile could not be read.
    public var error: InputError?
    /// The current employer as written on the profile, when known.
    public var currentEmployer: String?
    /// Whether the profile's positions are known at all (for employer presence).
    public var positionsKnown: Bool
    /// Groups joined; `nil` when the source does not say.
    public var groups: [String]?
    /// Connections, for the organisation-wide reach (identity hashes and companies only).
    public var connections: [Connection]
    /// First-degree connections, when known (for ambassadors' "large network").
    public var connectionCount: Int?
    /// The roster says the employee is not to be suggested as an ambassador (`ambassador: no`).
    public var excludedAsAmbassador = false
    /// The recommended group that, with the rest of the criteria, makes the employee an internal ambassador
    /// (``ambassadorGroup(_:view:department:organisation:)``), whether or not the roster excludes them.
    public var ambassadorGroup: String?

    /// A scored employee.
    public static func scored(_ report: ProfileReport, profile: Profile, id: String, name: String?, department: String?) -> EmployeeRecord {
        scored(report, view: ProfileView(profile), id: id, name: name, department: department)
    }

    /// A scored employee, from the view the profile was linted through; the batch passes the roster's
    /// `ambassador` column and ``ambassadorGroup(_:view:department:organisation:)``.
    package static func scored(_ report: consuming ProfileReport, view: ProfileView, id: String, name: String?, department: String?,
                               excludedAsAmbassador: Bool = false, ambassadorGroup: String? = nil) -> EmployeeRecord {
        EmployeeRecord(
            id: id, name: name, department: department, source: report.source, status: .scored, report: report, error: nil,
            currentEmployer: view.currentPosition.value?.company, positionsKnown: view.profile.positions.isKnown,
            groups: view.profile.groups.isKnown ? (view.profile.groups.value ?? []) : nil, connections: view.profile.connections,
            connectionCount: view.profile.connectionCount.value, excludedAsAmbassador: excludedAsAmbassador, ambassadorGroup: ambassadorGroup
        )
    }

    /// An employee on the roster without a profile.
    public static func missing(id: String, name: String?, department: String?) -> EmployeeRecord {
        EmployeeRecord(id: id, name: name, department: department, source: "", status: .missing, report: nil, error: nil,
                       currentEmployer: nil, positionsKnown: false, groups: nil, connections: [], connectionCount: nil)
    }

    /// An employee whose profile could not be read.
    public static func failed(_ error: InputError, id: String, name: String?, department: String?) -> EmployeeRecord {
        EmployeeRecord(id: id, name: name, department: department, source: error.source, status: .error, report: nil, error: error,
                       currentEmployer: nil, positionsKnown: false, groups: nil, connections: [], connectionCount: nil)
    }

    /// An unreadable input of the roster's `employee`, or of no known employee: the error names the employee.
    static func failed(_ error: InputError, employee: Roster.Entry?) -> EmployeeRecord {
        var error = error
        error.employeeID = employee?.id
        error.employeeName = employee?.name
        return failed(error, id: employee?.id ?? error.source, name: employee?.name, department: employee?.department)
    }
}
