import Foundation
import Testing
@testable import ProfileLint

/// The workforce report averages each category per department, over the assessable profiles that
/// have a score in it, in every batch format.
@Suite struct CategoryAverageTests {
    static let rules: [Rule] = (try? RuleLoader().loadDefaultRules()) ?? []

    /// A scored record with one completeness and one organisation result.
    static func record(_ id: String, department: String, completeness: RuleStatus, organisation: RuleStatus) -> EmployeeRecord {
        let results = [
            RuleResult(rule: "headline", status: completeness, severity: .error, weight: 10, message: nil, suggestion: nil, location: nil,
                       allStar: false, category: .completeness),
            RuleResult(rule: "employer-named", status: organisation, severity: .error, weight: 10, message: nil, suggestion: nil, location: nil,
                       allStar: false, category: .organisation),
        ]
        let report = ProfileReport(source: id, format: .profile, name: nil, employeeID: id, department: department, score: 50, level: .intermediate,
                                   results: results, suggestions: [], warnings: [])
        return .scored(report, profile: Profile(), id: id, name: nil, department: department)
    }

    @Test func departmentsAverageEachCategory() {
        var aggregator = WorkforceAggregator(rules: Self.rules, organisation: nil)
        aggregator.add(Self.record("E1", department: "Sales", completeness: .pass, organisation: .fail))
        aggregator.add(Self.record("E2", department: "Sales", completeness: .pass, organisation: .pass))
        aggregator.add(Self.record("E3", department: "Sales", completeness: .fail, organisation: .unknown))
        aggregator.add(Self.record("E4", department: "Operations", completeness: .fail, organisation: .fail))
        let report = aggregator.report()
        let sales = report.departments.first { $0.name == "Sales" }
        // Completeness 100, 100, 0 → 66.7; organisation 0, 100 and one without a score → 50 over 2.
        #expect(sales?.categories.completeness == CategoryAverage(averageScore: 66.7, scored: 3))
        #expect(sales?.categories.organisation == CategoryAverage(averageScore: 50, scored: 2))
        #expect(sales?.categories.quality == CategoryAverage(averageScore: nil, scored: 0))
        #expect(report.departments.first { $0.name == "Operations" }?.categories.completeness.averageScore == 0)
        // Workforce: completeness 200 / 4 = 50; organisation 100 / 3 = 33.3.
        #expect(report.summary.categories.completeness == CategoryAverage(averageScore: 50, scored: 4))
        #expect(report.summary.categories.organisation == CategoryAverage(averageScore: 33.3, scored: 3))
        // The default rules span all three categories, so the reports show all three.
        #expect(report.categories == [.completeness, .quality, .organisation])
    }

    @Test func mergedPartsGiveTheSameAverages() {
        let records = [Self.record("E1", department: "Sales", completeness: .pass, organisation: .fail),
                       Self.record("E2", department: "Sales", completeness: .fail, organisation: .pass)]
        var whole = WorkforceAggregator(rules: Self.rules, organisation: nil)
        for record in records { whole.add(record) }
        var first = WorkforceAggregator(rules: Self.rules, organisation: nil)
        first.add(records[0])
        var second = WorkforceAggregator(rules: Self.rules, organisation: nil)
        second.add(records[1])
        first.merge(second)
        #expect(first.report().departments == whole.report().departments)
        #expect(first.report().summary == whole.report().summary)
    }

    @Test func batchFormatsShowTheAveragesPerCategory() throws {
        let arguments = ["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                         "Fixtures/workforce/batches", "--no-progress"]
        let json = try CLIRunner.run(arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require((object["summary"] as? [String: Any])?["categories"] as? [String: [String: Any]])
        #expect(Set(summary.keys) == ["completeness", "quality", "organisation"])
        #expect(summary["quality"]?["average_score"] is NSNull)
        let departments = try #require(object["departments"] as? [[String: Any]])
        let employees = try #require(object["employees"] as? [[String: Any]])
        // A department's average is the mean of its scored employees' category scores (one decimal).
        for department in departments {
            let name = try #require(department["name"] as? String)
            let averages = try #require(department["categories"] as? [String: [String: Any]])
            let scores = employees.filter { $0["department"] as? String == name && $0["status"] as? String == "scored" }
                .compactMap { (($0["categories"] as? [String: [String: Any]])?["completeness"]?["score"]) as? Int }
            #expect(averages["completeness"]?["scored"] as? Int == department["scored"] as? Int)
            if !scores.isEmpty, scores.count == department["scored"] as? Int {
                let mean = (Double(scores.reduce(0, +)) / Double(scores.count) * 10).rounded() / 10
                #expect(averages["completeness"]?["average_score"] as? Double == mean, "\(name)")
            }
        }
        let text = try CLIRunner.run(arguments)
        #expect(text.stdout.contains("\n  Average per category: completeness "))
        let html = try CLIRunner.run(arguments + ["--format", "html"])
        #expect(html.stdout.contains("<h3>Scores per category</h3>"))
        let csv = try CLIRunner.run(arguments + ["--format", "csv"])
        #expect(csv.stdout.hasPrefix("employee_id,name,department,status,score,level,completeness_score,quality_score,organisation_score,potential_gain,"))
    }
}
