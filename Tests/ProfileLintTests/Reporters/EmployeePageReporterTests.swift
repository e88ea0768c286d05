import Foundation
import Testing
@testable import ProfileLint

/// The `--per-employee` Markdown pages: Markdown escaping (not HTML), one block per paragraph, one audience.
@Suite struct EmployeePageReporterTests {
    @Test func departmentWithAnAmpersandIsWrittenAsIs() {
        let page = EmployeePageReporter(language: .english).page(.missing(id: "E1", name: "Roos Kwak", department: "Data & IT"))
        #expect(page.contains("Department: Data & IT\n"))
        #expect(!page.contains("&amp;"))
    }

    @Test(arguments: [
        ("Data & IT", "Data & IT"),
        ("R&D", "R&D"),
        ("Sales &amp; Marketing", "Sales \\&amp; Marketing"),
        ("Fish &#38; Chips", "Fish \\&\\#38; Chips"),
        ("Q&A; notes", "Q\\&A; notes"),
        ("*Ops* _team_", "\\*Ops\\* \\_team\\_"),
        ("[Legal](https://example.test)", "\\[Legal\\](https://example.test)"),
        ("# 1 | 2", "\\# 1 \\| 2"),
        ("`code` <b>bold</b>", "\\`code\\` \\<b>bold\\</b>"),
        ("~~gone~~ a\\b", "\\~\\~gone\\~\\~ a\\\\b"),
        ("two\nlines", "two lines"),
    ])
    func markdownEscapingKeepsProfileTextAsWritten(text: String, escaped: String) {
        #expect(Markdown.escape(text) == escaped)
    }

    @Test(arguments: ReportLanguage.allCases)
    func pagesForMissingAndUnreadableProfilesSpeakToTheEmployee(language: ReportLanguage) {
        let reporter = EmployeePageReporter(language: language)
        let missing = reporter.page(.missing(id: "E1", name: "Roos Kwak", department: "Sales"))
        let failed = reporter.page(.failed(InputError(source: "exports/E2.zip", message: "The archive is damaged."),
                                           id: "E2", name: "Bas Stam", department: "Sales"))
        let you = ["en": "your", "nl": "je ", "fr": "votre"][language.rawValue] ?? "?"
        for page in [missing, failed] {
            #expect(page.lowercased().contains(you), "\(page)")
            #expect(Self.thirdPerson.allSatisfy { !page.lowercased().contains($0) }, "the page talks about the employee: \(page)")
        }
    }

    /// Every golden page (the shipped workforce in every language, compared with the output by
    /// `WorkforceReporterGoldenTests`) keeps its paragraphs apart, escapes for Markdown and talks to the employee.
    @Test(arguments: WorkforceReporterGoldenTests.languages)
    func everyShippedPageIsPlainMarkdownForTheEmployee(language: String) throws {
        let all = try String(contentsOfFile: Repository.path(WorkforceReporterGoldenTests.golden("pages", language: language, extension: "md")),
                             encoding: .utf8)
        let pages = all.components(separatedBy: "<!-- ").dropFirst()
        #expect(pages.count == 40)
        for page in pages {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init)
            let name = page.prefix(while: { $0 != " " })
            #expect(!page.contains("&amp;") && !page.contains("&lt;"), "HTML escaping in \(name)")
            #expect(Self.thirdPerson.allSatisfy { !page.lowercased().contains($0) }, "\(name) talks about the employee")
            // Two non-blank lines in a row would run together into one paragraph, unless both are list items.
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
                #expect(Self.isListItem(line) && Self.isListItem(next), "in \(name), these lines run together: \(line) / \(next)")
            }
        }
    }

    /// Words that speak of the employee instead of to them.
    static let thirdPerson = ["the employee", "de medewerker", "le collaborateur", "their data"]

    static func isListItem(_ line: String) -> Bool {
        line.range(of: #"^\d+\. "#, options: .regularExpression) != nil
    }
}
