import Foundation
import Testing

/// `profilelint batch` on the invented Acme Logistics workforce in `Fixtures/workforce`.
///
/// The expected figures were computed independently of the Swift code, by the reference model in
/// `Fixtures/workforce/generate.py --expected`, from the specification of each invented employee.
@Suite struct BatchCommandTests {
    static let arguments = ["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                            "Fixtures/workforce/batches"]

    static func jsonReport() throws -> (object: [String: Any], output: CLIRunner.Output) {
        let output = try CLIRunner.run(arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        return (object, output)
    }

    @Test func summaryMatchesTheHandComputedFigures() throws {
        let (report, output) = try Self.jsonReport()
        #expect(output.status == 2, "one input is broken, so the batch exits 2 after the report")
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["employees"] as? Int == 40)
        #expect(summary["scored"] as? Int == 35)
        #expect(summary["missing_profiles"] as? Int == 4)
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["average_score"] as? Double == 67.0)
        #expect(summary["median_score"] as? Double == 70)
        let levels = try #require(summary["levels"] as? [String: Int])
        // The level rests on the completeness score: E019 and E039 score 54 overall but 44 on the
        // completeness rules (their organisation rules pass, 14 of 14), so they are beginners.
        #expect(levels == ["beginner": 15, "intermediate": 8, "advanced": 3, "all-star": 9])
    }

    @Test func perRuleCountsMatch() throws {
        let (report, _) = try Self.jsonReport()
        let rules = try #require(report["rules"] as? [[String: Any]])
        var counts: [String: [Int]] = [:]
        for rule in rules {
            counts[rule["rule"] as? String ?? ""] = [rule["pass"] as? Int ?? -1, rule["fail"] as? Int ?? -1, rule["unknown"] as? Int ?? -1]
        }
        #expect(counts == [
            "photo": [20, 8, 7], "headline": [19, 16, 0], "about": [20, 15, 0], "current-position": [35, 0, 0],
            "role-description": [20, 15, 0], "employer-named": [32, 3, 0], "past-positions": [20, 15, 0], "education": [27, 8, 0],
            "skills": [20, 15, 0], "location": [27, 8, 0], "industry": [16, 14, 5], "connections": [11, 19, 5],
            "groups-joined": [13, 17, 5],
        ])
        // The severity override in the configuration shows in the report.
        #expect(rules.first { $0["rule"] as? String == "groups-joined" }?["severity"] as? String == "warning")
    }

    @Test func perDepartmentAveragesMatch() throws {
        let (report, _) = try Self.jsonReport()
        let departments = try #require(report["departments"] as? [[String: Any]])
        #expect(departments.map { $0["name"] as? String ?? "" } == ["Data & IT", "Sales", "Operations", "People & Communications"])
        #expect(departments.map { $0["average_score"] as? Double ?? -1 } == [70.9, 67.8, 63.5, 64.4])
        #expect(departments.map { $0["scored"] as? Int ?? -1 } == [10, 10, 8, 7])
        #expect(departments.map { $0["missing_profiles"] as? Int ?? -1 } == [0, 0, 2, 2])
        #expect(departments.map { $0["errors"] as? Int ?? -1 } == [0, 0, 0, 1])
    }

    @Test func employerPresenceCountsSpellings() throws {
        let (report, _) = try Self.jsonReport()
        let coverage = try #require(report["coverage"] as? [String: Any])
        let presence = try #require(coverage["employer_presence"] as? [String: Any])
        #expect(presence["named"] as? Int == 32)
        #expect(presence["total"] as? Int == 35)
        let variants = try #require(presence["variants"] as? [[String: Any]])
        #expect(variants.map { "\($0["spelling"] ?? "")=\($0["count"] ?? "")" }
            == ["Acme Logistics=27", "Acme Logistics B.V.=2", "ACME=1", "Acme Logistics Group=1", "acme logistics bv=1"])
        let misspellings = try #require(presence["possible_misspellings"] as? [[String: Any]])
        #expect(misspellings.map { $0["spelling"] as? String } == ["Acme Logisitcs"])
    }

    @Test func groupCoverageIsDepartmentByGroupShares() throws {
        let (report, _) = try Self.jsonReport()
        let coverage = try #require(report["coverage"] as? [String: Any])
        let groups = try #require(coverage["groups"] as? [String: [String: Double]])
        #expect(groups == [
            "Data & IT": ["Dutch Data Engineers": 0.667, "Cloud Native Nederland": 0],
            "Sales": ["Logistics Sales Network": 0, "Supply Chain Professionals NL": 0.375],
            "Operations": ["Warehouse Management Forum": 0.429, "Supply Chain Professionals NL": 0],
            "People & Communications": ["HR Professionals Netherlands": 0, "Employer Branding NL": 0.167],
        ])
    }

    @Test func keyAccountReachIsDeduplicatedAcrossEmployees() throws {
        let (report, _) = try Self.jsonReport()
        let coverage = try #require(report["coverage"] as? [String: Any])
        let reach = try #require(coverage["reach"] as? [String: Any])
        #expect(reach["distinct_connections"] as? Int == 363)
        #expect(reach["employees_with_connections"] as? Int == 16)
        let accounts = try #require(coverage["key_accounts"] as? [String: [String: Any]])
        #expect(accounts["Globex"]?["connections"] as? Int == 52)
        #expect(accounts["Globex"]?["department_connections"] as? [String: Int]
            == ["Sales": 42, "Data & IT": 28, "People & Communications": 23, "Operations": 10])
        #expect(accounts["Hooli"]?["connections"] as? Int == 52, "Hooli Europe is an alias of Hooli")
        #expect(accounts["Initech"]?["connections"] as? Int == 33)
        #expect(accounts["Umbrella Retail"]?["connections"] as? Int == 0)
        #expect(accounts["Umbrella Retail"]?["departments"] as? [String] == [])
        #expect(accounts["Umbrella Retail"]?["white_spot"] as? Bool == true)
    }

    @Test func brokenInputIsListedAndTheOthersAreScored() throws {
        let (report, output) = try Self.jsonReport()
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect((errors.first?["message"] as? String)?.hasPrefix("Fixtures/workforce/profiles/E036.json:") == true)
        #expect(output.stderr.contains("error: Fixtures/workforce/profiles/E036.json:"))
        let employees = try #require(report["employees"] as? [[String: Any]])
        #expect(employees.count == 40)
        #expect(employees.filter { $0["status"] as? String == "scored" }.count == 35)
        #expect(employees.first { $0["id"] as? String == "E036" }?["status"] as? String == "error")
        let missing = try #require(report["missing_profiles"] as? [[String: Any]])
        #expect(missing.map { $0["id"] as? String ?? "" } == ["E011", "E016", "E024", "E027"])
        // New hires given only in the JSON Lines batch are matched to the roster by employee_id.
        #expect(employees.first { $0["id"] as? String == "E005" }?["status"] as? String == "scored")
    }

    @Test func everyEmployeeScoreMatchesTheReferenceModel() throws {
        let (report, _) = try Self.jsonReport()
        let employees = try #require(report["employees"] as? [[String: Any]])
        var scores: [String: Int] = [:]
        for employee in employees { if let score = employee["score"] as? Int { scores[employee["id"] as? String ?? ""] = score } }
        let expected = [
            "E001": 100, "E002": 100, "E003": 70, "E004": 49, "E005": 30, "E006": 89, "E007": 100, "E008": 70, "E009": 48,
            "E010": 34, "E012": 100, "E013": 76, "E014": 43, "E015": 30, "E017": 100, "E018": 70, "E019": 54, "E020": 22,
            "E021": 100, "E022": 100, "E023": 70, "E025": 30, "E026": 100, "E028": 76, "E029": 48, "E030": 23, "E031": 100,
            "E032": 100, "E033": 77, "E034": 49, "E035": 30, "E037": 100, "E038": 70, "E039": 54, "E040": 34,
        ]
        #expect(scores == expected)
    }

    @Test func csvHasOneRowPerEmployeeWithoutEMailOrPhone() throws {
        let output = try CLIRunner.run(Self.arguments + ["--format", "csv"])
        let lines = output.stdout.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == 41)
        #expect(lines.first == "employee_id,name,department,status,score,level,completeness_score,quality_score,organisation_score,potential_gain,suggestion_1,gain_1,suggestion_2,gain_2,suggestion_3,gain_3,source,error,ambassador")
        // The gain is a number in its own column, so no suggestion cell starts with an escaped `'+`.
        #expect(!output.stdout.contains(",'+"))
        #expect(!output.stdout.contains("@example.invalid"))
        #expect(!output.stdout.contains("+31 6"))
    }

    @Test func reportsAreWrittenAtomicallyAndPerEmployeePagesAreMade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path
        let pages = folder.appendingPathComponent("pages").path
        let output = try CLIRunner.run(Self.arguments + ["--format", "html", "--output", html, "--per-employee", pages])
        #expect(output.status == 2)
        let text = try String(contentsOfFile: html, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"), "the report went to the file (its text is checked by WorkforceReporterGoldenTests)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.sorted() == ["pages", "report.html"], "no temporary file is left behind")
        let written = try FileManager.default.contentsOfDirectory(atPath: pages)
        #expect(written.count == 40, "one page per employee (their text is checked by WorkforceReporterGoldenTests)")
    }

    @Test func baselineShowsTheChangePerDepartmentAndRule() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Last month's report: the same workforce, but everyone in Sales scored 10 points lower and every photo passed.
        let (report, _) = try Self.jsonReport()
        var baseline = report
        var departments = try #require(report["departments"] as? [[String: Any]])
        departments[1]["average_score"] = 57.8
        baseline["departments"] = departments
        var rules = try #require(report["rules"] as? [[String: Any]])
        for index in rules.indices where rules[index]["rule"] as? String == "photo" { rules[index]["pass_rate"] = 1.0 }
        baseline["rules"] = rules
        let path = folder.appendingPathComponent("previous.json").path
        try JSONSerialization.data(withJSONObject: baseline).write(to: URL(fileURLWithPath: path))

        let output = try CLIRunner.run(Self.arguments + ["--format", "json", "--baseline", path])
        let current = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let trend = try #require(current["trend"] as? [String: Any])
        let departmentTrend = try #require(trend["departments"] as? [[String: Any]])
        let sales = try #require(departmentTrend.first { $0["name"] as? String == "Sales" })
        #expect(sales["change"] as? Double == 10)
        let ruleTrend = try #require(trend["rules"] as? [[String: Any]])
        let photo = try #require(ruleTrend.first { $0["rule"] as? String == "photo" })
        #expect(photo["pass_rate_before"] as? Double == 1)
        #expect(photo["pass_rate_after"] as? Double == 0.714)
    }

    @Test func reportIsTheSameWhateverTheNumberOfWorkers() throws {
        let one = try CLIRunner.run(Self.arguments + ["--format", "json", "--jobs", "1"])
        let many = try CLIRunner.run(Self.arguments + ["--format", "json", "--jobs", "5"])
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == many.stdout)
        let text = try CLIRunner.run(Self.arguments + ["--jobs", "3"])
        #expect(text.stdout == (try CLIRunner.run(Self.arguments + ["--jobs", "1"])).stdout)
    }

    @Test func textReportColumnsFitTheLongestDepartmentName() throws {
        let output = try CLIRunner.run(Self.arguments)
        let lines = output.stdout.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "Departments"))
        let rows = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
        // "People & Communications" is longer than the default column: every row's figures still line up.
        #expect(rows.contains { $0.contains("People & Communications") })
        let columns = Set(rows.compactMap { row in row.range(of: "average ").map { row.distance(from: row.startIndex, to: $0.lowerBound) } })
        #expect(rows.count == 8, "each department's line and its line of averages per category")
        #expect(columns.count == 1)
        // The averages per category start under the figures.
        let categories = Set(rows.compactMap { row in row.range(of: "completeness ").map { row.distance(from: row.startIndex, to: $0.lowerBound) } })
        #expect(categories == columns)
    }

    @Test func initWritesAStarterConfigurationThatLoads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLIRunner.run(["init"], in: folder.path)
        #expect(first.status == 0)
        let again = try CLIRunner.run(["init"], in: folder.path)
        #expect(again.status == 2)
        #expect(again.stderr == "error: .profilelint.yml already exists; use --force to overwrite it\n")
        // The starter file is found from the folder and applies without warnings.
        let check = try CLIRunner.run(["check", Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json")], in: folder.path)
        #expect(check.stderr == "")
        #expect(check.stdout.contains("[employer-named] The current position does not name Example Organisation."))
        // The starter file sets no language, so LANG still decides.
        let dutch = try CLIRunner.run(["check", Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json")], in: folder.path,
                                      environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stdout.contains("Suggesties, grootste winst eerst:"))
    }

    @Test func unknownConfigurationKeysWarnWithASuggestion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "organisation: {name: Acme Logistics}\nkey_acounts: [Globex]\n"
            .write(to: folder.appendingPathComponent(".profilelint.yml"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json")], in: folder.path)
        #expect(output.stderr.contains(".profilelint.yml:2:1: warning: unknown key 'key_acounts'; did you mean 'key_accounts'?"))
        #expect(output.status == 0)
    }

    /// As in ESLint: `rules: {headlin: off}` must not leave `headline` on as if nothing was said.
    @Test func anUnknownRuleIDInTheConfigurationIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "organisation: {name: Acme Logistics}\nrules: {industri: off}\n"
            .write(to: folder.appendingPathComponent(".profilelint.yml"), atomically: true, encoding: .utf8)
        for command in ["check", "batch"] {
            let output = try CLIRunner.run([command, Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json")], in: folder.path)
            #expect(output.status == 2)
            #expect(output.stdout == "")
            #expect(output.stderr.hasSuffix(".profilelint.yml:2:9: invalid configuration, key 'rules.industri': no rule 'industri'; did you mean 'industry'?\n"),
                    "\(command): \(output.stderr)")
            #expect(output.stderr.split(separator: "\n").count == 1)
        }
    }

    /// `batch Fixtures/workforce --roster …` from the repository root (the first `--help` example)
    /// finds the workforce's configuration next to the inputs and says so.
    @Test func configurationIsFoundNextToTheInputsAndNamed() throws {
        let output = try CLIRunner.run(["batch", "Fixtures/workforce/batches", "--roster", "Fixtures/workforce/roster.csv", "--no-progress"])
        #expect(output.stderr.hasPrefix("note: using configuration Fixtures/workforce/.profilelint.yml\n"))
        #expect(output.stdout.hasPrefix("Workforce report — Acme Logistics"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-noconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try CLIRunner.run(["batch", Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json"), "--no-progress"], in: folder.path)
        #expect(plain.stderr == "note: no configuration found; employer and groups checked loosely\n")
    }

    /// A key account's alias ("Hooli Europe") counts as the account in every list, so the list of
    /// companies reached most agrees with the key-account row.
    @Test func keyAccountAliasesAreMergedEverywhere() throws {
        let (report, _) = try Self.jsonReport()
        let coverage = try #require(report["coverage"] as? [String: Any])
        let top = try #require((coverage["reach"] as? [String: Any])?["top_companies"] as? [[String: Any]])
        let names = top.compactMap { $0["company"] as? String }
        #expect(!names.contains("Hooli Europe"))
        let accounts = try #require(coverage["key_accounts"] as? [String: [String: Any]])
        let hooli = try #require(accounts["Hooli"])
        let merged = try #require(top.first { $0["company"] as? String == "Hooli" })
        #expect(merged["count"] as? Int == hooli["connections"] as? Int)
        #expect(merged["count"] as? Int == 52)
    }
}
