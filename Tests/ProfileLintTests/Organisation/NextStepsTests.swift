import Foundation
import Testing
@testable import ProfileLint

/// The rules behind ambassadors and coaching pairs, the roster column and the settings, on invented figures.
@Suite struct NextStepsTests {
    static func ambassador(_ id: String, score: Int = 100, connections: Int = 100) -> Ambassador {
        Ambassador(id: id, name: nil, score: score, level: .allStar, employer: "Acme", group: "G", connections: connections)
    }

    static func brief(_ id: String, _ department: String) -> EmployeeBrief {
        EmployeeBrief(id: id, name: nil, department: department, score: 10, level: .beginner, topSuggestion: nil, potentialGain: 5)
    }

    @Test func coachesAreSharedOutInTurnAndNeverTwiceInARow() {
        let ambassadors = [DepartmentAmbassadors(department: "Sales", ambassadors: [Self.ambassador("A"), Self.ambassador("B", connections: 50)],
                                                 qualifying: 2, excluded: 0)]
        let employees = (1...5).map { Self.brief("E\($0)", "Sales") }
        let (pairs, without) = WorkforceAggregator.coaching(employees, ambassadors: ambassadors, maxPerCoach: 2)
        #expect(pairs.map(\.coach.id) == ["A", "B", "A", "B"])
        #expect(without.map(\.id) == ["E5"], "two coaches of two colleagues each: the fifth has none")
    }

    @Test func aLoneCoachIsNotGivenTwoColleaguesInARow() {
        let ambassadors = [DepartmentAmbassadors(department: "Sales", ambassadors: [Self.ambassador("A")], qualifying: 1, excluded: 0),
                           DepartmentAmbassadors(department: "Ops", ambassadors: [Self.ambassador("C")], qualifying: 1, excluded: 0)]
        let employees = [Self.brief("E1", "Sales"), Self.brief("E2", "Sales"), Self.brief("E3", "Ops"), Self.brief("E4", "Sales")]
        let (pairs, without) = WorkforceAggregator.coaching(employees, ambassadors: ambassadors, maxPerCoach: 3)
        #expect(pairs.map { "\($0.employee.id)-\($0.coach.id)" } == ["E1-A", "E3-C", "E4-A"])
        #expect(without.map(\.id) == ["E2"])
    }

    @Test func aCoachFromAnotherDepartmentIsNeverSuggested() {
        let ambassadors = [DepartmentAmbassadors(department: "Sales", ambassadors: [Self.ambassador("A")], qualifying: 1, excluded: 0)]
        let (pairs, without) = WorkforceAggregator.coaching([Self.brief("E1", "Ops")], ambassadors: ambassadors, maxPerCoach: 3)
        #expect(pairs.isEmpty)
        #expect(without.map(\.id) == ["E1"])
    }

    @Test(arguments: ["no", "No", "NO", " nee ", "Non", "nein", "false", "0", "n", "off"])
    func anAmbassadorCellSayingNoExcludes(_ value: String) {
        #expect(Roster.saysNo(value))
    }

    @Test(arguments: ["yes", "ja", "oui", "1", "true", "", "maybe"])
    func anyOtherAmbassadorCellLeavesTheEmployeeOn(_ value: String) {
        #expect(!Roster.saysNo(value))
    }

    @Test func rosterReadsTheAmbassadorColumnWhenThereIsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-roster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let withColumn = folder.appendingPathComponent("with.csv")
        try "employee_id,name,department,profile,Ambassador\nA1,Ann Example,Sales,,NEE\nA2,Bob Example,Sales,,\n".write(to: withColumn, atomically: true, encoding: .utf8)
        #expect(try Roster.load(withColumn.path, limits: .default).entries.map(\.excludedAsAmbassador) == [true, false])
        let without = folder.appendingPathComponent("without.csv")
        try "employee_id,name,department,profile\nA1,Ann Example,Sales,\n".write(to: without, atomically: true, encoding: .utf8)
        #expect(try Roster.load(without.path, limits: .default).entries.map(\.excludedAsAmbassador) == [false])
    }

    @Test func settingsAreReadFromTheConfiguration() throws {
        let configuration = try ConfigurationLoader.parse("""
            organisation: Acme
            departments: {Sales: [Sales Club]}
            ambassadors: {max_per_coach: 4, min_connections: 200}
            group_discovery: {min_share: 25%}
            """, file: "config.yml")
        #expect(configuration.organisation?.ambassadorSettings.maxPerCoach == 4)
        #expect(configuration.organisation?.ambassadorSettings.minConnections == 200)
        #expect(configuration.organisation?.groupDiscoverySettings.minShare == 0.25)
        #expect(configuration.warnings.isEmpty)
    }

    @Test func withoutSettingsTheDefaultsApply() throws {
        let organisation = try #require(try ConfigurationLoader.parse("organisation: Acme\n", file: "config.yml").organisation)
        #expect(organisation.ambassadorSettings.maxPerCoach == 3)
        #expect(organisation.ambassadorSettings.minConnections == 100)
        #expect(organisation.groupDiscoverySettings.minShare == 0.3)
    }

    @Test func anUnknownSettingWarnsWithASuggestion() throws {
        let configuration = try ConfigurationLoader.parse("organisation: Acme\nambassadors: {max_per_coah: 2}\n", file: "config.yml")
        #expect(configuration.warnings.map(\.message.description) == ["unknown key 'ambassadors.max_per_coah'; did you mean 'max_per_coach'?"])
    }

    @Test(arguments: ["ambassadors: {max_per_coach: 0}", "ambassadors: {max_per_coach: two}", "ambassadors: {min_connections: -5}",
                      "group_discovery: {min_share: 130%}", "ambassadors: 3"])
    func aBadSettingIsAnErrorNamingItsKey(_ line: String) {
        #expect(throws: ProfileLintError.self) { try ConfigurationLoader.parse("organisation: Acme\n" + line + "\n", file: "config.yml") }
    }

    @Test func settingsWithoutAnOrganisationAreAnError() {
        #expect(throws: ProfileLintError.self) { try ConfigurationLoader.parse("ambassadors: {max_per_coach: 2}\n", file: "config.yml") }
    }
}

/// The next-steps blocks treat names, groups and departments from profiles as text.
@Suite struct NextStepsEscapingTests {
    static let script = "<script>alert(1)</script>"

    static func report() -> WorkforceReport {
        var report = HTMLReportSamples.workforce()
        let ambassador = Ambassador(id: "X1", name: script, score: 95, level: .allStar, employer: "Acme \"&\" Co", group: script, connections: 120)
        report.nextSteps.ambassadors = [DepartmentAmbassadors(department: script, ambassadors: [ambassador], qualifying: 1, excluded: 0)]
        report.nextSteps.coaching = [CoachingPair(employee: EmployeeBrief(id: "X2", name: script, department: script, score: 10, level: .beginner,
                                                                          topSuggestion: nil, potentialGain: 20), coach: ambassador)]
        report.nextSteps.groupDiscovery = [DepartmentGroupDiscovery(department: script, consider: [GroupCoverage(department: script, group: script, members: 2, known: 4)],
                                                                    reconsider: [script])]
        report.nextSteps.discoveryMap = [GroupCoverage(department: script, group: script, members: 2, known: 4)]
        report.nextSteps.sharedGroups = [SharedGroup(group: script, departments: [NameCount(name: script, count: 2), NameCount(name: "Sales", count: 1)])]
        report.nextSteps.training = [DepartmentTraining(department: script, profiles: 4, topics: [TrainingTopic(rule: "photo", category: .completeness, employees: 2, gain: 20, share: 0.5)])]
        return report
    }

    @Test func htmlEscapesEveryNextStepText() {
        let html = WorkforceHTMLReporter(language: .english).report(Self.report())
        #expect(!html.contains(Self.script))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("id=\"chart-group-discovery\""))
        for id in ["ambassadors", "training", "group-discovery"] { #expect(html.contains("id=\"\(id)\"")) }
    }

    @Test func anonymisedHTMLShowsCountsAndNoAmbassadorName() {
        let html = WorkforceHTMLReporter(language: .english).report(Self.report().anonymised())
        #expect(!html.contains("X1"))
        #expect(!html.contains("X2"))
        #expect(html.contains("id=\"ambassadors\""))
    }
}
