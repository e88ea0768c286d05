import Foundation
import Testing
@testable import ProfileLint

/// The batch text report's table-like blocks keep their columns in line whatever the length of the names in them.
@Suite struct WorkforceTextReporterTests {
    static let long = "People & Communications, Benelux and Nordics"

    /// The sample workforce with one long department name everywhere a department shows, and figures of many digits.
    static func workforceWithLongNames() -> WorkforceReport {
        var report = HTMLReportSamples.workforce()
        report.departments[3].name = long
        report.employeesToHelp[1].department = long
        report.employeesToHelp[2].score = 100
        report.employeesToHelp[0].level = .allStar
        report.missingProfiles[1].department = long
        report.missingProfiles[0].name = "Maria-Magdalena van den Heuvel-Oosterhout"
        report.rules[0].pass = 12_345
        report.improvements[0].totalGain = 123_456
        report.coverage.keyAccounts[0].name = "Globex International Holdings Europe"
        report.coverage.keyAccounts[1].connections = 1_234_567
        return report
    }

    /// The lines of the block that follows the line starting (after its indentation) with `heading`, up to the next blank line.
    static func block(_ heading: String, in text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(heading) }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    /// The column (in characters) where `column(line)` starts in each line.
    static func starts(_ lines: [String], _ column: (String) -> String) -> Set<Int> {
        Set(lines.map { line in
            guard let range = line.range(of: column(line)) else { return -1 }
            return line.distance(from: line.startIndex, to: range.lowerBound)
        })
    }

    @Test(arguments: ReportLanguage.allCases)
    func columnsStayAlignedAfterLongNames(language: ReportLanguage) throws {
        let report = Self.workforceWithLongNames()
        let text = WorkforceTextReporter(language: language).report(report)
        let catalog = language.catalog
        let strings = ReportStrings(language)

        let departments = Self.block(catalog.text(.departmentsHeading), in: text)
        #expect(departments.count == 4)
        #expect(Self.starts(departments) { _ in catalog.text(.averagePrefix) }.count == 1, "\(departments)")

        let toHelp = Self.block(catalog.text(.employeesToHelpFirst), in: text)
        #expect(toHelp.count == 3)
        let columns: [(EmployeeBrief) -> String] = [{ $0.department ?? "" }, { $0.level.map { strings.level($0) } ?? "" },
                                                    { strings.points($0.topSuggestion?.gain ?? 0) }]
        for (index, column) in columns.enumerated() {
            let briefs = report.employeesToHelp
            let positions = Set(zip(toHelp, briefs).map { line, brief in
                line.range(of: "  " + column(brief)).map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? -1
            })
            #expect(positions.count == 1 && !positions.contains(-1), "column \(index) of \(toHelp)")
        }
        // Scores are right-aligned: they end in the same column.
        let scoreEnds = Set(zip(toHelp, report.employeesToHelp).map { line, brief in
            line.range(of: " \(brief.score ?? 0)  ").map { line.distance(from: line.startIndex, to: $0.upperBound) } ?? -1
        })
        #expect(scoreEnds.count == 1, "\(toHelp)")

        let missing = Self.block(catalog.text(.missingProfiles), in: text)
        #expect(Self.starts(missing) { line in line.hasSuffix(Self.long) ? Self.long : "Sales" }.count == 1, "\(missing)")

        let rules = Self.block(catalog.text(.rulesTallyHeading), in: text)
        #expect(Self.starts(rules) { line in String(line.split(separator: " ").last ?? "") }.count == 1, "\(rules)")

        let improvements = Self.block(catalog.text(.biggestImprovements), in: text)
        #expect(Self.starts(improvements) { line in
            report.improvements.first { line.contains(" \($0.rule) (") }.map { " " + $0.rule + " (" } ?? "?"
        }.count == 1, "\(improvements)")

        let accounts = Self.block(catalog.text(.keyAccountsColon), in: text)
        #expect(accounts.count == 3)
        let whiteSpot = catalog.text(.whiteSpot)
        #expect(Self.starts(accounts) { line in line.hasSuffix(whiteSpot) ? whiteSpot : "Sales" }.count == 1, "\(accounts)")
    }
}
