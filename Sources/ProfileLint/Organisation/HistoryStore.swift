import Foundation
import GRDB

/// The run history of `batch --history FILE`: a SQLite database that gains one run per batch.
///
/// Opening checks that the file is a profilelint history that this tool can read (an empty or missing
/// file becomes a new one), migrates it forward, and then holds the database's write lock until the
/// run is recorded or abandoned: the run is one transaction, so an interrupted batch records nothing,
/// and a second batch on the same file is refused at once rather than waiting. A file that is not a
/// history, is newer than the tool or is locked is left untouched.
public struct HistoryStore: Sendable {
    /// The database file.
    public let path: String
    private let queue: DatabaseQueue

    /// The schema version this tool writes.
    public static var schemaVersion: Int { HistorySchema.version }

    /// Opens (or creates) the history at `path` and takes its write lock for this run.
    /// - Throws: ``ProfileLintError/unrecognisedFormat(path:expected:)`` for a file that is not a
    ///   profilelint history, ``ProfileLintError/unreadable(path:reason:)`` for one written by a newer
    ///   profilelint, locked by another run or unreadable.
    public static func open(_ path: String) throws -> HistoryStore {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
            try check(path)
        } else if FileManager.default.fileExists(atPath: path), !FileManager.default.isReadableFile(atPath: path) {
            throw ProfileLintError.unreadable(path: path, reason: CatalogMessage(.systemPermissionDenied))
        }
        var configuration = GRDB.Configuration()
        // The run's transaction spans the batch: begun here, committed by `record`.
        configuration.allowsUnsafeTransactions = true
        configuration.busyMode = .immediateError
        configuration.label = "profilelint-history"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try HistorySchema.migrator.migrate(queue)
            try queue.inDatabase { try $0.beginTransaction(.immediate) }
            return HistoryStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw failure(error, path: path)
        }
    }

    /// Reads `path` without writing to it: is it a profilelint history this tool can migrate?
    private static func check(_ path: String) throws {
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        configuration.busyMode = .immediateError
        do {
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? reader.close() }
            try reader.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                // An empty database (no tables yet) is a new history.
                guard tables > 0 else { return }
                guard applicationID == HistorySchema.applicationID else {
                    throw ProfileLintError.unrecognisedFormat(path: path, expected: CatalogMessage(.expectedHistory))
                }
                if try HistorySchema.migrator.hasBeenSuperseded(db) {
                    let version = try String.fetchOne(db, sql: "SELECT value FROM history_info WHERE key = 'schema_version'") ?? "?"
                    throw ProfileLintError.unreadable(
                        path: path, reason: CatalogMessage(.errorHistoryNewer, ["version": .text(version), "supported": .text(String(HistorySchema.version))]))
                }
            }
        } catch let error as DatabaseError {
            throw failure(error, path: path)
        }
    }

    /// The one line for a SQLite error on `path`.
    private static func failure(_ error: DatabaseError, path: String) -> ProfileLintError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            .unreadable(path: path, reason: CatalogMessage(.errorLockedByAnotherRun))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            .unrecognisedFormat(path: path, expected: CatalogMessage(.expectedHistoryDatabase))
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            .cannotWrite(path: path, reason: error.message.map(CatalogMessage.detail) ?? CatalogMessage(.systemReadOnly))
        default:
            .unreadable(path: path, reason: .detail(error.message ?? "\(error.resultCode)"))
        }
    }

    /// Every recorded run, oldest first (by day, then in the order recorded).
    public func runs() throws -> [HistoryRun] {
        do {
            return try queue.inDatabase { db in
                var runs: [Int64: HistoryRun] = [:]
                var order: [Int64] = []
                for row in try Row.fetchAll(db, sql: "SELECT id, date FROM runs ORDER BY date, id") {
                    let id: Int64 = row["id"]
                    guard let date = ReportDate(iso: row["date"] ?? "") else { continue }
                    runs[id] = HistoryRun(date: date, departments: [])
                    order.append(id)
                }
                let sql = "SELECT run_id, department, average_score, employer_named, employer_known FROM department_figures ORDER BY run_id, rowid"
                for row in try Row.fetchAll(db, sql: sql) {
                    let id: Int64 = row["run_id"]
                    runs[id]?.departments.append(HistoryPoint(department: row["department"], averageScore: row["average_score"],
                                                              employerNamed: row["employer_named"], employerKnown: row["employer_known"]))
                }
                return order.compactMap { runs[$0] }
            }
        } catch let error as DatabaseError {
            throw Self.failure(error, path: path)
        }
    }

    /// Writes `record` and commits the run's transaction.
    package func record(_ record: HistoryRecord) throws {
        do {
            try queue.inDatabase { db in
                try Self.insert(record, into: db)
                try db.commit()
            }
            try queue.close()
        } catch let error as DatabaseError {
            abandon()
            throw ProfileLintError.cannotWrite(path: path, reason: .detail(error.message ?? "\(error.resultCode)"))
        }
    }

    /// Records nothing for this run and releases the lock.
    public func abandon() {
        try? queue.inDatabase { db in
            if db.isInsideTransaction { try db.rollback() }
        }
        try? queue.close()
    }

    private static func share(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    private static func insert(_ record: HistoryRecord, into db: Database) throws {
        let summary = record.summary
        let presence = record.employerPresence
        try db.execute(sql: """
            INSERT INTO runs (date, generator, organisation, employees, scored, partly_assessable, not_assessable, missing_profiles, errors,
                              average_score, median_score, employer_named, employer_known, employer_named_share, distinct_connections)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.date.iso, "profilelint \(ProfileLintVersion.current)", record.organisation, summary.employees, summary.scored,
                             summary.partlyAssessable, summary.notAssessable, summary.missingProfiles, summary.errors, summary.averageScore,
                             summary.medianScore, presence.named, presence.total, share(presence.named, presence.total), record.distinctConnections])
        let run = db.lastInsertedRowID
        for department in record.departments {
            let figures = department.summary
            try db.execute(sql: """
                INSERT INTO department_figures (run_id, department, employees, scored, missing_profiles, errors, average_score,
                                                employer_named, employer_known, employer_named_share, employees_with_gain, potential_gain)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [run, figures.name, figures.employees, figures.scored, figures.missingProfiles, figures.errors, figures.averageScore,
                                 department.employerNamed, department.employerKnown, share(department.employerNamed, department.employerKnown),
                                 figures.employeesWithGain, figures.potentialGain])
        }
        let ruleSQL = "INSERT INTO rule_figures (run_id, department, rule, pass, fail, unknown, pass_rate) VALUES (?, ?, ?, ?, ?, ?, ?)"
        for rule in record.rules {
            try db.execute(sql: ruleSQL, arguments: [run, "", rule.rule, rule.pass, rule.fail, rule.unknown, rule.passRate])
        }
        for rule in record.departmentRules {
            try db.execute(sql: ruleSQL, arguments: [run, rule.department, rule.rule, rule.pass, rule.fail, rule.unknown, share(rule.pass, rule.pass + rule.fail)])
        }
        for group in record.groups {
            try db.execute(sql: "INSERT OR IGNORE INTO group_coverage (run_id, department, group_name, members, known, share) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [run, group.department, group.group, group.members, group.known, group.share])
        }
        let reachSQL = "INSERT OR IGNORE INTO key_account_reach (run_id, account, department, connections) VALUES (?, ?, ?, ?)"
        for account in record.keyAccounts {
            try db.execute(sql: reachSQL, arguments: [run, account.name, "", account.connections])
            for department in account.departments {
                try db.execute(sql: reachSQL, arguments: [run, account.name, department.name, department.count])
            }
        }
        let statement = try db.makeStatement(sql: "INSERT INTO employee_scores (run_id, employee_id, department, status, score, level) VALUES (?, ?, ?, ?, ?, ?)")
        for employee in record.employees {
            try statement.execute(arguments: [run, employee.id, employee.department, employee.status, employee.score, employee.level])
        }
    }
}
