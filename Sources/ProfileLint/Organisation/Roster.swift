import Foundation

/// HR's list of employees: `employee_id,name,department,profile`, one row per employee.
///
/// `profile` is a path relative to the roster file, or empty when the employee has no export yet;
/// such employees are counted as missing profiles. An optional column `ambassador` set to `no`
/// (or `nee`, `non`, `nein`, `false`, `0`, `n`, `off`, in any case) keeps an employee off the lists of
/// internal ambassadors and coaches; anything else, or an empty cell, leaves them on.
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
        /// The `ambassador` column says no.
        public var excludedAsAmbassador = false
        /// The work e-mail address from an optional `email` column: how an employee names themselves when
        /// sharing a card on `profilelint serve`. Never shown in a report.
        public var email: String? = nil
    }

    /// The optional column that excludes an employee from the ambassadors.
    public static let ambassadorColumn = "ambassador"

    /// Whether an `ambassador` cell says no, in English, Dutch, French or German, or as a boolean.
    public static func saysNo(_ value: String) -> Bool {
        ["no", "n", "nee", "non", "nein", "false", "0", "off"].contains(value.trimmingWhitespace().lowercased())
    }

    /// The columns a roster must have.
    public static let requiredColumns = ["employee_id", "name", "department", "profile"]

    /// The employees in file order.
    public var entries: [Entry]
    /// The roster file.
    public var file: String

    /// Reads the roster at `path`.
    public static func load(_ path: String, limits: Limits) throws -> Roster {
        let bytes = try InputFile.readBytes(path, limits: limits)
        let table = CSVTable(records: try CSVReader(limits: limits).read(bytes: bytes, file: path), file: path)
        let header = table.columnNames.map { $0.trimmingWhitespace().lowercased() }
        for column in requiredColumns where !header.contains(column) {
            throw ProfileLintError.malformedInput(location: SourceLocation(file: path, line: table.header?.line ?? 1),
                                                  reason: CatalogMessage(.errorRosterColumns, ["columns": .text(requiredColumns.joined(separator: ",")), "column": .text(column)]))
        }
        func index(_ column: String) -> Int { header.firstIndex(of: column) ?? 0 }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var seen: [String: Int] = [:]
        var entries: [Entry] = []
        for record in table.rows {
            func value(_ column: String) -> String? {
                let position = index(column)
                guard position < record.fields.count else { return nil }
                let text = record.fields[position].trimmingWhitespace()
                return text.isEmpty ? nil : text
            }
            guard let id = value("employee_id") else {
                if record.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
                throw ProfileLintError.malformedInput(location: SourceLocation(file: path, line: record.line), reason: CatalogMessage(.errorRosterEmptyID))
            }
            if let previous = seen[id] {
                throw ProfileLintError.malformedInput(location: SourceLocation(file: path, line: record.line),
                                                      reason: CatalogMessage(.errorRosterDuplicateID, ["id": .text(id), "line": .text(String(previous))]))
            }
            seen[id] = record.line
            let profile = value("profile").map { relative in
                relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).standardizedFileURL.path
            }
            let excluded = header.contains(Self.ambassadorColumn) && value(Self.ambassadorColumn).map(Self.saysNo) == true
            entries.append(Entry(id: id, name: value("name"), department: value("department"), profile: profile, line: record.line,
                                 excludedAsAmbassador: excluded, email: header.contains("email") ? value("email")?.lowercased() : nil))
        }
        return Roster(entries: entries, file: path)
    }
}
