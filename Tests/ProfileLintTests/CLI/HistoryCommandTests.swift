import Foundation
import Testing
@testable import ProfileLint

/// `profilelint batch --history FILE` on a copy of the invented Acme Logistics workforce.
///
/// Three runs a month apart: in the first, two Data & IT employees (E001, E013) name another
/// employer; in the second one of them is fixed; the third is the shipped workforce. The employer
/// figures per department of the shipped workforce are the reference model's
/// (`Fixtures/workforce/generate.py --expected`, `department_employer`): Data & IT 10/10, Sales 8/10,
/// Operations 8/8, People & Communications 6/7.
@Suite(.serialized) struct HistoryCommandTests {
    /// The tests that read or prepare a database with the `sqlite3` command run where it is installed (Debian's `sqlite3`).
    static let hasSQLite = ExternalTool.which("sqlite3") != nil

    /// 2026-10-01, 2026-11-01 and 2026-12-01 at midnight UTC.
    static let epochs = ["1790812800", "1793491200", "1796083200"]
    static let dates = ["2026-10-01", "2026-11-01", "2026-12-01"]

    /// A copy of `Fixtures/workforce` in a new temporary folder.
    static func workforceCopy() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.path("Fixtures/workforce"), toPath: root + "/workforce")
        return root
    }

    /// Makes the current (first) position of `employee`'s own profile name another employer.
    static func nameAnotherEmployer(_ employee: String, in root: String) throws {
        let path = root + "/workforce/profiles/\(employee).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: #""company": "[^"]*""#, options: .regularExpression))
        try text.replacingCharacters(in: range, with: #""company": "Globex Freight""#).write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func batch(_ root: String, _ extra: [String], epoch: String) throws -> CLIRunner.Output {
        try CLIRunner.run(["batch", "--config", "workforce/.profilelint.yml", "--roster", "workforce/roster.csv", "workforce/batches",
                           "--no-progress"] + extra, in: root, environment: ["SOURCE_DATE_EPOCH": epoch])
    }

    /// Records the three runs; returns the folder and the JSON report of the last.
    static func threeRuns(format: [String] = ["--format", "json"]) throws -> (root: String, last: CLIRunner.Output) {
        let root = try workforceCopy()
        let pristine = try [ "E001", "E013"].map { try String(contentsOfFile: root + "/workforce/profiles/\($0).json", encoding: .utf8) }
        try nameAnotherEmployer("E001", in: root)
        try nameAnotherEmployer("E013", in: root)
        _ = try batch(root, ["--history", "history.db", "--format", "json"], epoch: epochs[0])
        try pristine[0].write(toFile: root + "/workforce/profiles/E001.json", atomically: true, encoding: .utf8)
        _ = try batch(root, ["--history", "history.db", "--format", "json"], epoch: epochs[1])
        try pristine[1].write(toFile: root + "/workforce/profiles/E013.json", atomically: true, encoding: .utf8)
        let last = try batch(root, ["--history", "history.db"] + format, epoch: epochs[2])
        return (root, last)
    }

    static func json(_ output: CLIRunner.Output) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "not JSON: \(output.stderr)")
    }

    @Test func historyBlockListsEveryRunOldestFirstWithTheHandComputedShares() throws {
        let (root, last) = try Self.threeRuns()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(last.status == 2, "the shipped workforce has one broken file: \(last.stderr)")
        let report = try Self.json(last)
        let history = try #require(report["history"] as? [[String: Any]])
        #expect(history.map { $0["date"] as? String } == Self.dates)
        func share(_ run: Int, _ department: String) -> Double? {
            ((history[run]["departments"] as? [String: Any])?[department] as? [String: Any])?["employer_named_share"] as? Double
        }
        #expect(share(0, "Data & IT") == 0.8)
        #expect(share(1, "Data & IT") == 0.9)
        #expect(share(2, "Data & IT") == 1)
        #expect(share(2, "Sales") == 0.8)
        #expect(share(2, "Operations") == 1)
        #expect(share(2, "People & Communications") == 0.857)
        // The last run's averages are the report's own department averages (the reference model's 70.9, 67.8, 63.5, 64.4).
        let departments = try #require(report["departments"] as? [[String: Any]])
        let newest = try #require(history.last?["departments"] as? [String: [String: Any]])
        for department in departments {
            let name = try #require(department["name"] as? String)
            #expect(newest[name]?["average_score"] as? Double == department["average_score"] as? Double, "\(name)")
        }
        #expect(newest["Data & IT"]?["average_score"] as? Double == 70.9)
        // Naming another employer fails employer-named, 10 of the 92 weight these profiles are checked on: E001 drops
        // from 100 to 89 (82/92) and E013 from 76 (70/92) to 65 (60/92), 11 points each, over the department's ten.
        let first = try #require(history.first?["departments"] as? [String: [String: Any]])
        #expect(first["Data & IT"]?["average_score"] as? Double == 68.7)
        let second = try #require(history[1]["departments"] as? [String: [String: Any]])
        #expect(second["Data & IT"]?["average_score"] as? Double == 69.8)
    }

    @Test(.enabled(if: hasSQLite, "sqlite3 is not installed (apt-get install sqlite3)"))
    func databaseIsReadableWithSQLiteAndHoldsIdsAndScoresButNoTexts() throws {
        let (root, _) = try Self.threeRuns()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try #require(ExternalTool.which("sqlite3") != nil, "sqlite3 is not installed (apt-get install sqlite3)")
        // The README's example query.
        let query = try ExternalTool.run(["sqlite3", "history.db", """
            select r.date, d.department, d.average_score, round(d.employer_named_share, 3) from runs r \
            join department_figures d on d.run_id = r.id where d.department = 'Data & IT' order by r.date
            """], in: root)
        #expect(query.status == 0, "\(query.combined)")
        #expect(query.stdout == "2026-10-01|Data & IT|68.7|0.8\n2026-11-01|Data & IT|69.8|0.9\n2026-12-01|Data & IT|70.9|1.0\n")
        let version = try ExternalTool.run(["sqlite3", "history.db", "select value from history_info where key = 'schema_version'"], in: root)
        #expect(version.stdout == "\(HistoryStore.schemaVersion)\n")
        // 40 employees a run: ids and scores (E001 scored 100 in the shipped workforce), and the rules per department.
        let employees = try ExternalTool.run(["sqlite3", "history.db", "select count(*), sum(employee_id = 'E001' and score = 100) from employee_scores"], in: root)
        #expect(employees.stdout == "120|2\n")
        let rules = try ExternalTool.run(["sqlite3", "history.db", """
            select pass, fail from rule_figures r join runs on runs.id = r.run_id where runs.date = '2026-10-01' and department = 'Data & IT' and rule = 'employer-named'
            """], in: root)
        #expect(rules.stdout == "8|2\n")
        // Nothing of a profile's text: no headline, about or name is in the file.
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: root + "/history.db")), as: UTF8.self)
        #expect(!bytes.contains("Sanne de Vries"))
        #expect(!bytes.contains("Helping Benelux customers"))
    }

    @Test func textReportShowsATableOfEveryRun() throws {
        let (root, last) = try Self.threeRuns(format: [])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let lines = last.stdout.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "Progress over the recorded runs"), "\(last.stdout)")
        #expect(lines[heading + 1].contains("2026-10-01") && lines[heading + 1].contains("2026-12-01"))
        let dataRow = try #require(lines[heading...].first { $0.hasPrefix("  Data & IT") })
        #expect(dataRow.contains("68.7 · 80%") && dataRow.contains("69.8 · 90%") && dataRow.contains("70.9 · 100%"), "\(dataRow)")
    }

    @Test func htmlReportHasALineChartPerDepartment() throws {
        let (root, last) = try Self.threeRuns(format: ["--format", "html"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let html = last.stdout
        #expect(html.contains("<section id=\"history\""))
        #expect(html.contains("href=\"#history\""))
        for index in 1...4 { #expect(html.contains("id=\"chart-history-\(index)\""), "chart \(index)") }
        // Two lines (score, share) in each of the four departments, three runs each.
        #expect(html.components(separatedBy: "<polyline class=\"history-score\"").count - 1 == 4)
        #expect(html.components(separatedBy: "<polyline class=\"history-share\"").count - 1 == 4)
        #expect(!html.contains("<script"))
    }

    @Test func aRunOnAnEmptyFolderRecordsNothing() throws {
        let root = try Self.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        let first = try Self.batch(root, ["--history", "history.db"], epoch: Self.epochs[0])
        #expect(first.status == 2)
        let output = try CLIRunner.run(["batch", "empty", "--history", "history.db", "--no-progress"], in: root)
        #expect(output.status == 2)
        let store = try HistoryStore.open(root + "/history.db")
        defer { store.abandon() }
        #expect(try store.runs().count == 1)
    }

    // MARK: - Bad history files: one line, exit 2, the file untouched

    static func expectRefused(_ contents: Data?, prepare: (String) throws -> Void = { _ in }, message: String) throws {
        let root = try workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/history.db"
        if let contents { try contents.write(to: URL(fileURLWithPath: path)) }
        try prepare(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let output = try batch(root, ["--history", "history.db", "--format", "json", "--output", "report.json"], epoch: epochs[0])
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(lines == ["error: history.db: \(message)"], "\(output.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
        #expect(!FileManager.default.fileExists(atPath: root + "/report.json"), "no report is written")
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        try Self.expectRefused(Data("employee_id,name\nE001,Someone\n".utf8),
                               message: "unrecognised input: expected a profilelint run history (a SQLite database)")
    }

    @Test(.enabled(if: hasSQLite, "sqlite3 is not installed (apt-get install sqlite3)"))
    func anotherProgramsSQLiteDatabaseIsRefused() throws {
        try #require(ExternalTool.which("sqlite3") != nil, "sqlite3 is not installed (apt-get install sqlite3)")
        try Self.expectRefused(nil, prepare: { path in
            let made = try ExternalTool.run(["sqlite3", path, "create table invoices (id integer primary key, total real); insert into invoices values (1, 9.5);"])
            #expect(made.status == 0, "\(made.combined)")
        }, message: "unrecognised input: expected a profilelint run history (this SQLite database is another program's)")
    }

    @Test(.enabled(if: hasSQLite, "sqlite3 is not installed (apt-get install sqlite3)"))
    func aHistoryFromANewerProfilelintIsRefused() throws {
        try #require(ExternalTool.which("sqlite3") != nil, "sqlite3 is not installed (apt-get install sqlite3)")
        let root = try Self.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try Self.batch(root, ["--history", "history.db"], epoch: Self.epochs[0])
        let newer = try Data(contentsOf: URL(fileURLWithPath: root + "/history.db"))
        let next = HistoryStore.schemaVersion + 1
        try Self.expectRefused(newer, prepare: { path in
            let bumped = try ExternalTool.run(["sqlite3", path, """
                insert into grdb_migrations values ('v\(next)'); update history_info set value = '\(next)' where key = 'schema_version';
                """])
            #expect(bumped.status == 0, "\(bumped.combined)")
        }, message: "cannot read: written by a newer profilelint (schema version \(next), this one reads up to \(HistoryStore.schemaVersion)); upgrade profilelint")
    }

    @Test(.enabled(if: hasSQLite, "sqlite3 is not installed (apt-get install sqlite3)"))
    func aHistoryLockedByAnotherRunIsRefused() throws {
        let sqlite = try #require(ExternalTool.which("sqlite3"), "sqlite3 is not installed (apt-get install sqlite3)")
        let root = try Self.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try Self.batch(root, ["--history", "history.db"], epoch: Self.epochs[0])
        let recorded = try Data(contentsOf: URL(fileURLWithPath: root + "/history.db"))
        // Another process holds the history's write lock, as a running batch does. (Not this test process: reading the
        // file here to compare it would close a descriptor of the file, which drops every POSIX lock the process holds.)
        let holder = Process()
        let input = Pipe(), output = Pipe()
        holder.executableURL = URL(fileURLWithPath: sqlite)
        holder.standardInput = input
        holder.standardOutput = output
        var started = false
        defer {
            if started {
                input.fileHandleForWriting.write(Data("rollback;\n.quit\n".utf8))
                try? input.fileHandleForWriting.close()
                holder.waitUntilExit()
            }
        }
        try Self.expectRefused(recorded, prepare: { path in
            holder.arguments = [path]
            try holder.run()
            started = true
            input.fileHandleForWriting.write(Data("begin immediate;\nselect 'locked';\n".utf8))
            // Once it answers, it holds the lock.
            var answer = Data()
            while !answer.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                answer += chunk
            }
            #expect(String(decoding: answer, as: UTF8.self) == "locked\n")
        }, message: "cannot read: locked by another run; try again when it has finished")
    }

    @Test func anInterruptedRunRecordsNothing() throws {
        let root = try Self.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try Self.batch(root, ["--history", "history.db"], epoch: Self.epochs[0])
        // A run that opened the history and then stopped before recording (a crash, ^C) leaves one run.
        let interrupted = try HistoryStore.open(root + "/history.db")
        interrupted.abandon()
        let store = try HistoryStore.open(root + "/history.db")
        defer { store.abandon() }
        #expect(try store.runs().map(\.date.iso) == [Self.dates[0]])
    }
}
