import Foundation
import Testing

/// `batch --anonymise`: a report for a board, with department figures and no employee ids, names,
/// ranked lists or input names.
@Suite struct AnonymisedReportTests {
    static func roster() throws -> [(id: String, name: String)] {
        let text = try String(contentsOfFile: Repository.path("Fixtures/workforce/roster.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return (String(cells[0]), String(cells[1]))
        }
    }

    @Test(arguments: ["text", "json", "html"])
    func anonymisedReportsNameNoEmployee(format: String) throws {
        let output = try CLIRunner.run(BatchCommandTests.arguments + ["--anonymise", "--format", format, "--no-progress"])
        #expect(output.status == 2, "one input of the workforce is broken")
        let people = try Self.roster()
        #expect(people.count == 40)
        for person in people {
            #expect(!output.stdout.contains(person.id), "\(format) names \(person.id)")
            #expect(!output.stdout.contains(person.name), "\(format) names \(person.name)")
        }
        #expect(!output.stdout.contains("E036.json"), "\(format) names a broken input")
    }

    /// The department figures equal what the employee entries of the full report add up to.
    @Test func departmentHelpFiguresAddUpTheEmployeesSuggestions() throws {
        let full = try BatchCommandTests.jsonReport().object
        var expected: [String: (employees: Int, gain: Int)] = [:]
        for employee in try #require(full["employees"] as? [[String: Any]]) {
            guard let department = employee["department"] as? String, let suggestions = employee["suggestions"] as? [[String: Any]] else { continue }
            let gain = suggestions.compactMap { $0["gain"] as? Int }.reduce(0, +)
            guard gain > 0 else { continue }
            expected[department, default: (0, 0)].employees += 1
            expected[department, default: (0, 0)].gain += gain
        }
        #expect(!expected.isEmpty)

        let output = try CLIRunner.run(BatchCommandTests.arguments + ["--anonymise", "--format", "json", "--no-progress"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["anonymised"] as? Bool == true)
        #expect(object["employees_to_help_first"] == nil)
        #expect(object["missing_profiles"] == nil)
        #expect((object["employees"] as? [Any])?.isEmpty == true)
        var actual: [String: (employees: Int, gain: Int)] = [:]
        for row in try #require(object["help_by_department"] as? [[String: Any]]) {
            actual[try #require(row["department"] as? String)] = (try #require(row["employees"] as? Int), try #require(row["potential_gain"] as? Int))
        }
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (department, figures) in expected {
            #expect(actual[department]?.employees == figures.employees, "\(department)")
            #expect(actual[department]?.gain == figures.gain, "\(department)")
        }
    }

    @Test(arguments: [["--format", "csv"], ["--output", "board.csv"], ["--per-employee", "pages"]])
    func anonymiseRefusesPerEmployeeOutputs(_ extra: [String]) throws {
        let output = try CLIRunner.run(BatchCommandTests.arguments + ["--anonymise", "--no-progress"] + extra,
                                       in: Repository.root.path)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.split(separator: "\n").filter { !$0.hasPrefix("note: ") }.count == 1, "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Repository.path("board.csv")))
    }
}
