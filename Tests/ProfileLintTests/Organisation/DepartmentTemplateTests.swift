import Foundation
import Testing
@testable import ProfileLint

/// HR's example texts per department: `departments.<name>.template` names a profile template whose
/// headline, About and role description the matching suggestions quote, shortened, in every output.
@Suite struct DepartmentTemplateTests {
    static let rules: [Rule] = (try? RuleLoader().loadDefaultRules()) ?? []

    static func organisation(template: DepartmentTemplate) -> Organisation {
        Organisation(name: "Acme Logistics", departments: [Department(name: "Sales", groups: [], template: template)])
    }

    static func profile(_ json: String) throws -> Profile {
        try ProfileJSONImporter().importProfile(from: try JSONParser().parse(Array(json.utf8)).root, file: "p.json")
    }

    @Test(arguments: [
        // A short text stays whole; a long one is cut at the last space before 20 characters, with its comma dropped.
        ("Account manager", 20, "Account manager"),
        ("Grew a portfolio, of 25 accounts", 20, "Grew a portfolio…"),
        ("Line one\n  line two", 40, "Line one line two"),
        ("Unbreakablewordthatgoeson", 10, "Unbreakabl…"),
    ])
    func examplesAreShortenedAtAWordBoundary(text: String, limit: Int, expected: String) {
        #expect(DepartmentTemplate.shortened(text, limit: limit) == expected)
    }

    @Test func headlineAboutAndRoleSuggestionsQuoteTheDepartmentsExample() throws {
        let template = DepartmentTemplate(file: "templates/sales.yaml", headline: "Account manager at Acme | Retail logistics in 24 hours",
                                          about: nil, roleDescription: "Grew 25 retail accounts by 18% in 2025.")
        let linter = Linter(rules: Self.rules, organisation: Self.organisation(template: template))
        let report = linter.lint(try Self.profile(#"{"department": "sales", "headline": "Planner", "positions": [{"company": "Acme Logistics", "title": "Planner", "start": "2022-01", "description": "Planning."}]}"#),
                                 source: "p.json", format: .profile)
        let headline = try #require(report.suggestions.first { $0.rule == "headline" })
        #expect(headline.text.hasSuffix(" Example from Acme Logistics for Sales: “Account manager at Acme | Retail logistics in 24 hours”"))
        let role = try #require(report.suggestions.first { $0.rule == "role-description" })
        #expect(role.text.hasSuffix(" Example from Acme Logistics for Sales: “Grew 25 retail accounts by 18% in 2025.”"))
        // The template has no About: that suggestion quotes nothing; nor does a rule about another field.
        let about = try #require(report.suggestions.first { $0.rule == "about" })
        #expect(!about.text.contains("Example from"))
        #expect(report.suggestions.filter { $0.text.contains("Example from") }.count == 2)
        // The workforce's lists show the advice alone: the example would repeat on every line.
        #expect(headline.example == "Example from Acme Logistics for Sales: “Account manager at Acme | Retail logistics in 24 hours”")
        #expect(headline.advice + " " + (headline.example ?? "") == headline.text)
        #expect(!headline.advice.contains("Example from"))
        // The full report's results carry the same text.
        #expect(report.results.first { $0.rule == "headline" }?.suggestion == headline.text)
    }

    @Test func aProfileOfAnotherDepartmentGetsNoExample() throws {
        let template = DepartmentTemplate(file: "t.yaml", headline: "Account manager at Acme")
        let linter = Linter(rules: Self.rules, organisation: Self.organisation(template: template))
        for json in [#"{"department": "Operations"}"#, "{}"] {
            let report = linter.lint(try Self.profile(json), source: "p.json", format: .profile)
            #expect(!report.suggestions.contains { $0.text.contains("Example from") }, "\(json)")
        }
    }

    @Test(arguments: [
        (ReportLanguage.dutch, "Voorbeeld van Acme Logistics voor Sales: ‘Account manager at Acme’"),
        (.french, "Exemple fourni par Acme Logistics pour le service Sales\u{00A0}: «\u{00A0}Account manager at Acme\u{00A0}»"),
    ])
    func theExampleIsIntroducedInTheReportLanguage(language: ReportLanguage, expected: String) throws {
        let template = DepartmentTemplate(file: "t.yaml", headline: "Account manager at Acme")
        let linter = Linter(rules: Self.rules, organisation: Self.organisation(template: template), language: language)
        let report = linter.lint(try Self.profile(#"{"department": "Sales"}"#), source: "p.json", format: .profile)
        #expect(report.suggestions.first { $0.rule == "headline" }?.text.hasSuffix(" " + expected) == true)
    }

    @Test func theConfigurationReadsTemplatesRelativeToItself() throws {
        let configuration = try ConfigurationLoader.load(Repository.path("Fixtures/workforce/.profilelint.yml"))
        let departments = try #require(configuration.organisation?.departments)
        #expect(departments.count == 4)
        for department in departments {
            let template = try #require(department.template, "\(department.name) has no template")
            #expect(template.headline != nil && template.about != nil && template.roleDescription != nil, "\(template.file)")
            #expect(template.path.hasPrefix("/") && FileManager.default.fileExists(atPath: template.path))
        }
        #expect(departments[1].template?.file == "templates/sales.yaml")
    }

    @Test func aMissingTemplateIsOneConfigurationError() throws {
        let text = "organisation: Acme\ndepartments:\n  Sales:\n    template: templates/nope.yaml\n"
        do {
            _ = try ConfigurationLoader.parse(text, file: "/tmp/profilelint-no-such-folder/.profilelint.yml")
            Issue.record("a missing template must be an error")
        } catch let error as ProfileLintError {
            #expect(error.errorDescription == "/tmp/profilelint-no-such-folder/.profilelint.yml:4:15: invalid configuration, key 'departments.Sales.template': cannot read the template: templates/nope.yaml: cannot read: no such file or folder")
        }
    }

    @Test func anUnknownDepartmentKeyIsRefusedWithASuggestion() throws {
        let text = "organisation: Acme\ndepartments:\n  Sales:\n    templte: t.yaml\n"
        #expect(throws: ProfileLintError.self) { try ConfigurationLoader.parse(text, file: "/tmp/.profilelint.yml") }
    }

    @Test func checkLearnsTheDepartmentFromTheOption() throws {
        let output = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json", "--config", "Fixtures/workforce/.profilelint.yml",
                                        "--department", "sales", "--format", "json"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("Example from Acme Logistics for Sales: “Account manager at Acme Logistics | Helping Benelux retailers get their stock to stores in 24 hours”"))
        let wrong = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json", "--config", "Fixtures/workforce/.profilelint.yml", "--department", "Sals"])
        #expect(wrong.status == 2)
        #expect(wrong.stdout == "")
        #expect(wrong.stderr == "error: no department 'Sals' in Fixtures/workforce/.profilelint.yml; did you mean 'Sales'?\n")
    }

    @Test func batchPagesQuoteTheRosterDepartmentsExampleAndNeverReadTemplatesAsProfiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLIRunner.run(["batch", "Fixtures/workforce", "--roster", "Fixtures/workforce/roster.csv", "--no-progress",
                                        "--format", "csv", "--per-employee", folder.path])
        #expect(!output.stdout.contains("templates/"), "a template was read as an employee")
        // 40 employees on the roster and a header row.
        #expect(output.stdout.split(separator: "\r\n").count == 41)
        let page = try String(contentsOf: folder.appendingPathComponent("E003.md"), encoding: .utf8)
        #expect(page.contains("Example from Acme Logistics for Operations: “Warehouse shift lead at Acme Logistics \\| Safe, on-time order picking for 120 stores”"))
    }
}
