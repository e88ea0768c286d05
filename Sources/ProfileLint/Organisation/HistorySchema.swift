import GRDB

/// The tables of the run history and their migrations (see the README, "Run history").
///
/// Each migration is applied once, in order, and recorded by GRDB in `grdb_migrations`; the number
/// applied is the schema version, also written to `history_info` for people reading the file with
/// `sqlite3`. A database with a migration this tool does not know was written by a newer profilelint.
enum HistorySchema {
    /// `PRAGMA application_id` of a profilelint history ("PLHS"): how a SQLite file is known to be one.
    static let applicationID: Int32 = 0x504C_4853

    /// The schema version this tool writes: the number of its migrations.
    static var version: Int { migrations.count }

    /// The migrations, oldest first; never edit one that has shipped, add the next.
    static let migrations: [(identifier: String, sql: String)] = [
        ("v1", """
        CREATE TABLE history_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            generator TEXT NOT NULL,
            organisation TEXT,
            employees INTEGER NOT NULL,
            scored INTEGER NOT NULL,
            partly_assessable INTEGER NOT NULL,
            not_assessable INTEGER NOT NULL,
            missing_profiles INTEGER NOT NULL,
            errors INTEGER NOT NULL,
            average_score REAL,
            median_score REAL,
            employer_named INTEGER NOT NULL,
            employer_known INTEGER NOT NULL,
            employer_named_share REAL,
            distinct_connections INTEGER NOT NULL
        );
        CREATE INDEX runs_by_date ON runs (date, id);
        CREATE TABLE department_figures (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            department TEXT NOT NULL,
            employees INTEGER NOT NULL,
            scored INTEGER NOT NULL,
            missing_profiles INTEGER NOT NULL,
            errors INTEGER NOT NULL,
            average_score REAL,
            employer_named INTEGER NOT NULL,
            employer_known INTEGER NOT NULL,
            employer_named_share REAL,
            employees_with_gain INTEGER NOT NULL,
            potential_gain INTEGER NOT NULL,
            PRIMARY KEY (run_id, department)
        );
        CREATE TABLE rule_figures (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            department TEXT NOT NULL,
            rule TEXT NOT NULL,
            pass INTEGER NOT NULL,
            fail INTEGER NOT NULL,
            unknown INTEGER NOT NULL,
            pass_rate REAL,
            PRIMARY KEY (run_id, department, rule)
        );
        CREATE TABLE group_coverage (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            department TEXT NOT NULL,
            group_name TEXT NOT NULL,
            members INTEGER NOT NULL,
            known INTEGER NOT NULL,
            share REAL,
            PRIMARY KEY (run_id, department, group_name)
        );
        CREATE TABLE key_account_reach (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            account TEXT NOT NULL,
            department TEXT NOT NULL,
            connections INTEGER NOT NULL,
            PRIMARY KEY (run_id, account, department)
        );
        CREATE TABLE employee_scores (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            employee_id TEXT NOT NULL,
            department TEXT NOT NULL,
            status TEXT NOT NULL,
            score INTEGER,
            level TEXT
        );
        CREATE INDEX employee_scores_by_employee ON employee_scores (employee_id, run_id);
        """),
    ]

    /// The migrator that brings a history to ``version``.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                try db.execute(sql: "INSERT OR REPLACE INTO history_info (key, value) VALUES ('schema_version', ?)", arguments: [String(index + 1)])
            }
        }
        return migrator
    }
}
