/// HR's list of employees: `employee_id,name,department,profile`, one row per employee.
public struct Roster: Sendable {
    /// One employee on the roster.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var name: String?
        public var department: String?
        /// The profile's absolute path, or `nil` when the roster gives none.
        public var profile: String?
        /// The roster line, for errors.
        public var line: Int
    }

    /// The employees in file order.
    public var entries: [Entry]
    /// The roster file.
    public var file: String

    /// Reads the roster at `path` (waiting for the CSV reader).
    public static func load(_ path: String, limits: Limits) throws -> Roster {
        throw ProfileLintError.usage("--roster is not available yet")
    }
}
