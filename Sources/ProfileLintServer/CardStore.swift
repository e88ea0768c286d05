import Crypto
import Foundation
import GRDB
import ProfileLint

/// The profile cards employees chose to share, in `cards.db` under `--data`: a SQLite database of the same
/// family as the run history (an application id, a schema version, GRDB migrations), readable with `sqlite3`.
///
/// One row per employee (sharing again replaces the card); the withdrawal link's token is stored only as
/// its SHA-256, so a copy of the database cannot be used to withdraw someone's card.
struct CardStore: Sendable {
    /// `PRAGMA application_id` of a profilelint card store ("PLCD").
    static let applicationID: Int32 = 0x504C_4344

    static let migrations: [(identifier: String, sql: String)] = [
        ("v1", """
        CREATE TABLE cards_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        CREATE TABLE cards (
            employee_id TEXT PRIMARY KEY NOT NULL,
            department TEXT,
            card TEXT NOT NULL,
            withdraw_token_sha256 TEXT NOT NULL UNIQUE,
            shared_at TEXT NOT NULL
        );
        """),
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                try db.execute(sql: "INSERT OR REPLACE INTO cards_info (key, value) VALUES ('schema_version', ?)", arguments: [String(index + 1)])
            }
        }
        return migrator
    }

    let path: String
    private let queue: DatabaseQueue

    /// Opens (or creates) `cards.db` in `folder`; a file that is not profilelint's or is newer is refused untouched.
    static func open(folder: String) throws -> CardStore {
        let path = (folder as NSString).appendingPathComponent("cards.db")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ProfileLintError.cannotWrite(path: folder, reason: ReportOutputStream.reason(error))
        }
        var configuration = GRDB.Configuration()
        configuration.label = "profilelint-cards"
        configuration.busyMode = .timeout(5)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                let found = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if tables > 0, found != Self.applicationID {
                    throw ProfileLintError.unrecognisedFormat(path: path, expected: CatalogMessage(.expectedCardStore))
                }
                if tables > 0, try migrator.hasBeenSuperseded(db) {
                    throw ProfileLintError.unreadable(path: path, reason: CatalogMessage(.errorNewerProfileLint))
                }
            }
            try migrator.migrate(queue)
            return CardStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw ProfileLintError.unreadable(path: path, reason: .detail(error.message ?? "\(error.resultCode)"))
        }
    }

    /// Stores `card` for the employee (replacing an earlier one) and returns the new withdrawal token.
    func share(card: String, employeeID: String, department: String?, now: Date = Date()) throws -> String {
        let token = Token.make()
        let date = ISO8601DateFormatter().string(from: now)
        do {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO cards (employee_id, department, card, withdraw_token_sha256, shared_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (employee_id) DO UPDATE SET department = excluded.department, card = excluded.card,
                        withdraw_token_sha256 = excluded.withdraw_token_sha256, shared_at = excluded.shared_at
                    """, arguments: [employeeID, department, card, Self.digest(token), date])
            }
        } catch let error as DatabaseError {
            throw ProfileLintError.cannotWrite(path: path, reason: .detail(error.message ?? "\(error.resultCode)"))
        }
        return token
    }

    /// Deletes the card whose withdrawal token is `token`; whether there was one.
    func withdraw(token: String) throws -> Bool {
        do {
            return try queue.write { db in
                try db.execute(sql: "DELETE FROM cards WHERE withdraw_token_sha256 = ?", arguments: [Self.digest(token)])
                return db.changesCount > 0
            }
        } catch let error as DatabaseError {
            throw ProfileLintError.cannotWrite(path: path, reason: .detail(error.message ?? "\(error.resultCode)"))
        }
    }

    /// Whether `token` withdraws a stored card.
    func knows(token: String) throws -> Bool {
        try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM cards WHERE withdraw_token_sha256 = ?", arguments: [Self.digest(token)]) ?? 0 > 0
        }
    }

    /// Every stored card by employee id.
    func cards() throws -> [String: String] {
        try queue.read { db in
            var cards: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT employee_id, card FROM cards") {
                cards[row["employee_id"]] = row["card"]
            }
            return cards
        }
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
