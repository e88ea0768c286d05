import Foundation
import Testing

/// Ambassadors, coaching pairs, group discovery and training focus on the invented Acme Logistics workforce.
///
/// The expected figures were computed independently of the Swift code by `next_steps` in
/// `Fixtures/workforce/generate.py --expected`, from the specification of each invented employee and the
/// fixture's `ambassadors: {max_per_coach: 2, min_connections: 50}` and `group_discovery: {min_share: 30%}`.
@Suite struct NextStepsFixtureTests {
    static func report(_ extra: [String] = []) throws -> [String: Any] {
        let output = try CLIRunner.run(BatchCommandTests.arguments + ["--format", "json", "--no-progress"] + extra)
        #expect(output.status == 2, "one input of the workforce is broken")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test func ambassadorsAreRankedPerDepartmentWithTheirReason() throws {
        let ambassadors = try #require(try Self.report()["ambassadors"] as? [String: [[String: Any]]])
        func ids(_ department: String) -> [String] { ambassadors[department]?.compactMap { $0["id"] as? String } ?? [] }
        // E021 (all-star, Data & IT, 135 connections) would rank first but the roster says "No".
        #expect(ids("Data & IT") == ["E001", "E037", "E017"])
        #expect(ids("Sales") == ["E022", "E002"])
        #expect(ids("Operations") == ["E007"])
        #expect(ids("People & Communications") == ["E012"])
        let first = try #require(ambassadors["Data & IT"]?.first)
        #expect(first["score"] as? Int == 100)
        #expect(first["connections"] as? Int == 129)
        #expect(first["group"] as? String == "Dutch Data Engineers")
        #expect(first["reason"] as? String == "all-star, names Acme Logistics, in Dutch Data Engineers, 129 connections")
    }

    @Test func coachingPairsFollowTheHelpListWithAtMostTwoPerCoachAndNoCoachTwiceInARow() throws {
        let coaching = try #require(try Self.report()["coaching"] as? [[String: Any]])
        let pairs = coaching.map { ($0["employee"] as? String ?? "", $0["coach"] as? String ?? "") }
        let expected = [("E020", "E012"), ("E030", "E022"), ("E005", "E001"), ("E015", "E007"), ("E025", "E037"), ("E035", "E007"),
                        ("E010", "E002"), ("E040", "E012"), ("E014", "E022"), ("E009", "E017"), ("E029", "E001"), ("E034", "E002"),
                        ("E013", "E037"), ("E033", "E017")]
        #expect(pairs.map(\.0) == expected.map(\.0))
        #expect(pairs.map(\.1) == expected.map(\.1))
        for (previous, next) in zip(pairs, pairs.dropFirst()) { #expect(previous.1 != next.1) }
        #expect(Dictionary(grouping: pairs, by: \.1).values.allSatisfy { $0.count <= 2 })
    }

    @Test func groupDiscoveryFindsTheGroupDataAndITReallyJoinsAndTheListedGroupsNobodyJoined() throws {
        let report = try Self.report()
        let discovery = try #require(report["group_discovery"] as? [String: [String: Any]])
        let consider = try #require(discovery["Data & IT"]?["consider"] as? [[String: Any]])
        #expect(consider.count == 1)
        #expect(consider.first?["group"] as? String == "Rotterdam Runners")
        #expect(consider.first?["members"] as? Int == 3)
        #expect(consider.first?["share"] as? Double == 0.333)
        // Operations: Rotterdam Runners 2 of 7 (29%) stays below 30%.
        for department in ["Sales", "Operations", "People & Communications"] {
            #expect((discovery[department]?["consider"] as? [Any])?.isEmpty == true, "\(department)")
        }
        #expect(discovery["Data & IT"]?["reconsider"] as? [String] == ["Cloud Native Nederland"])
        #expect(discovery["Sales"]?["reconsider"] as? [String] == ["Logistics Sales Network"])
        #expect(discovery["Operations"]?["reconsider"] as? [String] == ["Supply Chain Professionals NL"])
        #expect(discovery["People & Communications"]?["reconsider"] as? [String] == ["HR Professionals Netherlands"])

        let shared = try #require(report["shared_groups"] as? [[String: Any]])
        #expect(shared.compactMap { $0["group"] as? String } == ["Rotterdam Runners", "Agile Coaches NL", "Women in Tech Benelux"])
        #expect(shared.first?["departments"] as? [String: Int] == ["Data & IT": 3, "Operations": 2, "People & Communications": 1])
    }

    @Test func trainingNamesTheThreeRulesEachDepartmentFailsMost() throws {
        let training = try #require(try Self.report()["training"] as? [String: [[String: Any]]])
        func topics(_ department: String) -> [String] {
            training[department]?.map { "\($0["rule"] as? String ?? "") \($0["employees"] as? Int ?? -1) \($0["gain"] as? Int ?? -1) \($0["share"] as? Double ?? -1)" } ?? []
        }
        #expect(topics("Data & IT") == ["headline 4 46 0.4", "photo 4 44 0.4", "about 4 37 0.4"])
        #expect(topics("Sales") == ["connections 5 33 0.5", "groups-joined 5 23 0.5", "headline 4 45 0.4"])
        #expect(topics("Operations") == ["connections 6 40 0.75", "headline 4 42 0.5", "role-description 4 36 0.5"])
        #expect(topics("People & Communications") == ["groups-joined 5 23 0.714", "headline 4 45 0.571", "connections 4 27 0.571"])
        // Each topic carries its rule's category, as the rule files name it.
        #expect(training["Sales"]?.map { $0["category"] as? String ?? "" } == ["completeness", "organisation", "completeness"])
    }

    @Test func anonymisedReportCountsAmbassadorsAndNamesNoCoach() throws {
        let report = try Self.report(["--anonymise"])
        #expect(report["ambassadors"] == nil)
        #expect(report["coaching"] == nil)
        #expect(report["ambassador_counts"] as? [String: Int] == ["Data & IT": 3, "Sales": 2, "Operations": 1, "People & Communications": 1])
        #expect(report["training"] != nil, "department-level blocks stay")
    }

    @Test func csvMarksAmbassadorsAndTheEmployeeTheRosterExcludes() throws {
        let output = try CLIRunner.run(BatchCommandTests.arguments + ["--format", "csv", "--no-progress"])
        let rows = output.stdout.split(separator: "\r\n").map(String.init)
        func last(_ id: String) -> String? { rows.first { $0.hasPrefix(id + ",") }?.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) }
        #expect(last("E021") == "no")
        for id in ["E001", "E037", "E017", "E022", "E002", "E007", "E012"] { #expect(last(id) == "yes", "\(id)") }
        #expect(last("E006") == "", "all-star, but Globex is the current employer")
        #expect(rows.dropFirst().filter { $0.hasSuffix(",yes") }.count == 7)
    }

    @Test(arguments: [("text", "en"), ("text", "nl"), ("text", "fr"), ("html", "nl")])
    func reportsShowEveryBlockInTheirLanguage(format: String, language: String) throws {
        let output = try CLIRunner.run(BatchCommandTests.arguments + ["--format", format, "--lang", language, "--no-progress"])
        let headings: [String: [String]] = [
            "en": ["Internal ambassadors", "Coaching pairs", "Groups the departments really join", "Training focus"],
            "nl": ["Interne ambassadeurs", "Coachingduo's", "Groepen waar de afdelingen echt lid van zijn", "Trainingsfocus"],
            "fr": ["Ambassadeurs internes", "Binômes de coaching", "Groupes que les services rejoignent vraiment", "Priorités de formation"],
        ]
        for heading in headings[language] ?? [] {
            let shown = format == "html" ? heading.replacingOccurrences(of: "'", with: "&#39;") : heading
            #expect(output.stdout.contains(shown), "\(format) \(language) lacks \(heading)")
        }
    }
}
