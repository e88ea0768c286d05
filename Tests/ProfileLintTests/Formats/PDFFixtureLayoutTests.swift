import Foundation
import Testing

/// The synthetic "Save to PDF" fixtures in `Fixtures/pdf` (made by `generate.sh` with FOP) have the
/// layout of LinkedIn's own files, as poppler's word boxes show it, and say what `expected.json`
/// says about them; so a reader tested on them is tested on LinkedIn's layout. Needs `pdftotext`
/// (poppler-utils); without it the layout checks are skipped.
@Suite struct PDFFixtureLayoutTests {
    static let folder = "Fixtures/pdf"

    /// The facts of `expected.json` these tests compare with the PDFs' text.
    struct Facts: Decodable, Sendable {
        var language: String
        var pages: Int
        var name: String
        var titles: [String]
        var skillsListed: [String]
        var emailInPDF: Bool
        var phoneInPDF: Bool
    }

    /// `expected.json`: file name → facts.
    static let expected: [String: Facts] = {
        guard let data = FileManager.default.contents(atPath: Repository.path("\(folder)/expected.json")) else { return [:] }
        return (try? JSONDecoder().decode([String: Facts].self, from: data)) ?? [:]
    }()

    static let fixtures: [String] = expected.keys.sorted()
    static let hasPoppler = ExternalTool.which("pdftotext") != nil

    /// One line of `pdftotext -bbox-layout`: its page, box and words.
    struct Line {
        var page: Int
        var xMin, yMin, xMax, yMax: Double
        var text: String
        var height: Double { yMax - yMin }
    }

    struct Layout {
        var pageSizes: [(Double, Double)] = []
        var lines: [Line] = []
    }

    static func layout(_ file: String) throws -> Layout {
        let output = try ExternalTool.run(["pdftotext", "-bbox-layout", Repository.path("\(folder)/\(file)"), "-"])
        try #require(output.status == 0, "\(output.stderr)")
        var layout = Layout()
        var current: Line?
        var words: [String] = []
        func number(_ name: String, in line: Substring) -> Double {
            guard let range = line.range(of: name + "=\"") else { return .nan }
            let rest = line[range.upperBound...]
            return Double(rest.prefix { $0 != "\"" }) ?? .nan
        }
        for raw in output.stdout.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            if line.hasPrefix("<page ") {
                layout.pageSizes.append((number("width", in: line), number("height", in: line)))
            } else if line.hasPrefix("<line ") {
                current = Line(page: layout.pageSizes.count, xMin: number("xMin", in: line), yMin: number("yMin", in: line),
                               xMax: number("xMax", in: line), yMax: number("yMax", in: line), text: "")
                words = []
            } else if line.hasPrefix("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                words.append(unescaped(line[line.index(after: open)..<close.lowerBound]))
            } else if line.hasPrefix("</line>"), var finished = current {
                finished.text = words.joined(separator: " ")
                layout.lines.append(finished)
                current = nil
            }
        }
        return layout
    }

    /// The text of a word, without the XML escapes pdftotext writes.
    static func unescaped(_ text: Substring) -> String {
        var result = String(text)
        for (entity, character) in [("&apos;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    static func near(_ value: Double, _ target: Double, _ tolerance: Double = 0.15) -> Bool { abs(value - target) <= tolerance }

    @Test func everyPDFInTheFolderHasItsExpectedFacts() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.path(Self.folder)).filter { $0.hasSuffix(".pdf") }
        #expect(!names.isEmpty)
        #expect(Set(names) == Set(Self.fixtures), "expected.json and the PDFs in \(Self.folder) differ")
        let languages = Set(Self.expected.values.map(\.language))
        #expect(languages.isSuperset(of: ["en", "nl", "fr"]))
    }

    @Test func theBatchRosterNamesProfilesThatAreThere() throws {
        let roster = try String(contentsOfFile: Repository.path("Fixtures/batches/pdf/roster.csv"), encoding: .utf8)
        let rows = roster.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count >= 3)
        for row in rows where row.count == 4 && !row[3].isEmpty {
            let path = Repository.path("Fixtures/batches/pdf/\(row[3])")
            #expect(FileManager.default.fileExists(atPath: path), "\(row[3])")
            #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: Repository.path("\(Self.folder)/\((row[3] as NSString).lastPathComponent)")),
                    "\(row[3]) is a copy of the fixture generate.sh made")
        }
    }

    @Test(.enabled(if: hasPoppler, "needs pdftotext (poppler-utils)"), arguments: fixtures)
    func theLayoutIsLinkedInsOwn(file: String) throws {
        let layout = try Self.layout(file)
        let facts = try #require(Self.expected[file])
        #expect(layout.pageSizes.count == facts.pages)
        #expect(layout.pageSizes.allSatisfy { Self.near($0.0, 612) && Self.near($0.1, 792) }, "US Letter on every page")
        let footers = layout.lines.filter { $0.text.hasPrefix("Page ") && $0.text.contains(" of ") }
        #expect(footers.map(\.text) == (1...layout.pageSizes.count).map { "Page \($0) of \(layout.pageSizes.count)" })
        #expect(footers.allSatisfy { Self.near($0.xMin, 384.0) && Self.near($0.yMin, 768.4) && Self.near($0.height, 12.7) })
        let body = layout.lines.filter { !$0.text.hasPrefix("Page ") }
        let sidebar = body.filter { $0.xMin < 200 }
        #expect(sidebar.allSatisfy { $0.page == 1 }, "the sidebar is on page 1 only")
        #expect(sidebar.allSatisfy { Self.near($0.xMin, 21.6) && $0.xMax < 21.6 + 175 }, "the sidebar at x = 21.6, narrower than 175 pt")
        #expect(body.filter { $0.xMin >= 200 }.allSatisfy { Self.near($0.xMin, 223.56) }, "the main column at x = 223.56")
        let name = try #require(body.first { $0.xMin >= 200 && $0.page == 1 })
        #expect(name.text == facts.name)
        #expect(Self.near(name.yMin, 37.5) && Self.near(name.height, 36.6))
        // Line heights are one of LinkedIn's kinds of line.
        let heights: [Double] = [36.6, 22.2, 18.3, 16.9, 16.2, 15.5, 14.8]
        for line in body {
            #expect(heights.contains { Self.near(line.height, $0) }, "\(line.text): height \(line.height)")
        }
        let sidebarText = sidebar.map(\.text).joined(separator: "\n")
        #expect(sidebarText.contains("@") == facts.emailInPDF, "e-mail in Contact")
        #expect(sidebarText.contains("(Mobile)") == facts.phoneInPDF, "phone in Contact")
        #expect(sidebarText.contains("(LinkedIn)"))
        for skill in facts.skillsListed {
            #expect(sidebar.contains { $0.text == skill }, "top skill \(skill)")
        }
        let titles = Set(body.filter { Self.near($0.height, 16.2) }.map(\.text))
        #expect(Set(facts.titles) == titles, "the job titles are the lines of height 16.2")
    }
}
