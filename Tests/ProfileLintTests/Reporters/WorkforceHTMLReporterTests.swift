import Foundation
import Testing
@testable import ProfileLint

@Suite struct WorkforceHTMLReporterTests {
    static let script = "<script>alert(1)</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"

    @Test(arguments: ReportLanguage.allCases)
    func pageIsOneSelfContainedDocument(language: ReportLanguage) {
        let html = WorkforceHTMLReporter(language: language).report(HTMLReportSamples.workforce())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(occurrences(of: "<html", in: html) == 1)
        #expect(occurrences(of: "<body", in: html) == 1)
        #expect(occurrences(of: "<style>", in: html) == 1)
        #expect(missing(["<meta charset=\"utf-8\">", "<title>\(language.catalog.text(.workforceReport)) — Acme Consulting</title>",
                         "profilelint \(ProfileLintVersion.current)"], in: html) == [])
        let external = ["<script", "<link", "<img", "<iframe", "<object", "<embed", "url(", "@import", "src=", "http://", "https://", "//fonts."]
        #expect(present(external, in: html) == [], "the page refers to something outside itself")
    }

    @Test func renderingTwiceGivesTheSamePage() {
        let reporter = WorkforceHTMLReporter(language: .english)
        let first = reporter.report(HTMLReportSamples.workforce())
        let second = reporter.report(HTMLReportSamples.workforce())
        #expect(first == second, "the page differs between runs")
    }

    @Test func fourChartsAreAccessibleInlineSVG() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        #expect(occurrences(of: "<svg ", in: html) == 4)
        for (id, title) in [("chart-scores", "Score distribution"), ("chart-rules", "Pass rate per rule"),
                            ("chart-groups", "Recommended groups per department"), ("chart-key-accounts", "Key-account reach")] {
            let svg = try #require(element("svg", id: id, in: html), "missing chart \(id)")
            #expect(missing(["role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\"", "<title id=\"\(id)-title\">\(title)</title>",
                             "<desc id=\"\(id)-desc\">"], in: svg) == [], "chart \(id)")
        }
    }

    @Test func histogramHasABarPerScoreBand() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        let svg = try #require(element("svg", id: "chart-scores", in: html))
        let bands = ["0–9: 1", "10–19: 0", "20–29: 2", "30–39: 3", "40–49: 5", "50–59: 7", "60–69: 9", "70–79: 8", "80–89: 4", "90–100: 2"]
        #expect(missing(bands.map { "<title>\($0) \($0.hasSuffix(": 1") ? "employee" : "employees")</title>" }, in: svg) == [])
        // Empty bands get a label but no bar; the tallest bar (9) reaches the top of the axis (10).
        #expect(occurrences(of: "<rect class=\"band-", in: svg) == 9)
        #expect(occurrences(of: ">10</text>", in: svg) == 1)
        #expect(occurrences(of: "class=\"band-low\"", in: svg) == 4)
        #expect(occurrences(of: "class=\"band-high\"", in: svg) == 2)
    }

    @Test func rulesChartShowsPassRateAndCountsPerRule() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        let svg = try #require(element("svg", id: "chart-rules", in: html))
        let photo = try #require(group(titled: "photo — Profile photo: 32 passed, 8 failed, 1 unknown · pass rate 80%", in: svg))
        #expect(missing([">Profile photo</text>", ">80%</text>", ">32 / 8 / 1</text>",
                         "<rect class=\"pass\"", "<rect class=\"fail\"", "<rect class=\"unknown\""], in: photo) == [])
        // A rule nobody could be checked on has no pass rate.
        let groups = try #require(group(titled: "groups-joined — Groups joined: 0 passed, 0 failed, 41 unknown · pass rate –", in: svg))
        #expect(missing([">–</text>", "<rect class=\"unknown\" x=\"752\" y=\"262\" width=\"56\""], in: groups) == [])
        #expect(present(["<rect class=\"pass\"", "<rect class=\"fail\""], in: groups) == [])
        #expect(occurrences(of: "<g><title>", in: svg) == HTMLReportSamples.workforce().rules.count)
    }

    @Test func heatMapCellShowsTheShareOfTheDepartmentInTheGroup() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        let svg = try #require(element("svg", id: "chart-groups", in: html))
        let sales = try #require(group(titled: "Sales · Dutch Sales Professionals: 60% (6/10)", in: svg))
        // Text colour follows contrast: dark ink on mid blue, white on dark blue.
        #expect(missing([">60%</text>", ">6/10</text>", "fill=\"\(WorkforceHTMLReporter.heat(0.6))\"", "on-light"], in: sales) == [])
        let engineering = try #require(group(titled: "Engineering · Swift Developers Netherlands: 75% (9/12)", in: svg))
        #expect(missing([">75%</text>", "on-dark"], in: engineering) == [])
        // Nobody in HR has known groups: the share is unknown, not 0%.
        let hr = try #require(group(titled: "HR · HR Professionals NL: – (0/0)", in: svg))
        #expect(missing([">–</text>", "unknown-cell"], in: hr) == [])
        #expect(present(["%</text>"], in: hr) == [])
        // A group not recommended for a department gets an empty cell.
        let notRecommended = try #require(group(titled: "HR · Dutch Sales Professionals: not recommended", in: svg))
        #expect(missing(["not-recommended"], in: notRecommended) == [])
        #expect(present(["<text"], in: notRecommended) == [])
        // Shares deepen from light to dark blue.
        #expect(WorkforceHTMLReporter.heat(0) == "#f7fbff")
        #expect(WorkforceHTMLReporter.heat(1) == "#08306b")
    }

    @Test func keyAccountChartShowsReachAndMarksWhiteSpots() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        let svg = try #require(element("svg", id: "chart-key-accounts", in: html))
        let rabobank = try #require(group(titled: "Rabobank: 42 connections · Sales 30 · Engineering 12", in: svg))
        // The largest account fills the bar, half the connections give half the bar.
        #expect(missing(["<rect class=\"reach\" x=\"250\" y=\"9\" width=\"520\"", ">Sales 30 · Engineering 12</text>"], in: rabobank) == [])
        #expect(present(["white-spot", "⚠"], in: rabobank) == [])
        let ing = try #require(group(titled: "ING: 21 connections · Sales 21", in: svg))
        #expect(missing(["<rect class=\"reach\" x=\"250\" y=\"59\" width=\"260\""], in: ing) == [])
        let philips = try #require(group(titled: "Philips: 0 connections · white spot: no department reaches it", in: svg))
        #expect(missing(["<g class=\"account white-spot\"><title>Philips", ">⚠ white spot: no department reaches it</text>", "spot-track"],
                        in: philips) == [])
        #expect(present(["class=\"reach\""], in: philips) == [])
        #expect(missing(["White spot: 1 (no department reaches it)."], in: html) == [])
    }

    @Test func tablesCarryWhatTheTextReportSays() {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        let expected = [
            // Headline cards.
            "<p class=\"label\">Employees</p><p class=\"value\">48</p>", "<p class=\"value\">41</p>", "<p class=\"value\">63.4</p>",
            "<p class=\"value\">66</p>", "85% of employees", "intermediate <b>17</b>", "all-star <b>2</b>",
            // Departments: average with one decimal, scored / employees, missing, errors.
            "<th scope=\"row\">Sales</th><td><span class=\"nowrap\"><span class=\"avg\">58.2</span>", "<td class=\"num\">11 / 14</td><td class=\"num\">2</td><td class=\"num\">1</td>",
            // Improvements, named after their rule.
            "Profile photo <code>photo</code></th><td class=\"num\"><span class=\"meter gain\" aria-hidden=\"true\"><span style=\"width:51.5%\"></span></span><span class=\"amount\">+88 points</span></td><td class=\"num\">8</td>",
            // Employer presence, spellings and misspellings.
            "<b>34</b> / 40 <span class=\"pct\">85%</span>", "<th scope=\"row\">Acme Consulting B.V.</th><td class=\"num\">20</td>",
            "Possible misspellings", "<th scope=\"row\">Acme Consultancy</th><td class=\"num\">2</td>",
            // Groups and reach.
            "<th scope=\"row\">Swift Developers Netherlands</th><td class=\"num\">11</td>", "<b>5,210</b> distinct connections",
            "From 37 employees whose export lists their connections.", "<th scope=\"row\">Rabobank</th><td class=\"num\">42</td>",
            // People.
            "Pieter Bakker <code>E017</code></th><td>Sales</td><td class=\"num\">18</td>", "<b>+11 points</b> Add a professional profile photo",
            "Missing profiles (2)", "Lotte Visser <code>E031</code>", "Inputs that could not be read (1)",
            "Ruben Claes <code>E040</code></th><td class=\"prose\">The archive is damaged.</td>",
            // Trend: the baseline by its date, the scored and missing profiles (fewer missing is better).
            "Compared with the report of 31 December 2025.", "<b>60.2 → 63.4</b> <span class=\"up\">▲ +3.2</span>",
            "Scored <b>30 → 34</b> <span class=\"up\">▲ +4</span>", "Missing profiles <b>4 → 2</b> <span class=\"up\">▼ -2</span>",
            "<span class=\"down\">▼ -1.5</span>", "<td class=\"num\">70%</td><td class=\"num\">80%</td><td class=\"num\"><span class=\"up\">▲ +10.0 pt</span>",
        ]
        #expect(missing(expected, in: html) == [])
    }

    @Test func dutchPageHasDutchLabels() {
        let html = WorkforceHTMLReporter(language: .dutch).report(HTMLReportSamples.workforce())
        let dutch = ["<html lang=\"nl\">", "Personeelsrapport", "Verdeling van de scores", "Slagingspercentage per regel",
                     "Grootste verbeteringen voor de hele organisatie", "Afdelingen", "Netwerkdekking", "Werkgever genoemd", "Mogelijke tikfouten",
                     "Aanbevolen groepen (aandeel per afdeling)", "Meest gekozen groepen", "unieke connecties", "Sleutelklanten",
                     "⚠ witte vlek: geen afdeling bereikt deze klant", "42 connecties", "Medewerkers om eerst te helpen", "Ontbrekende profielen (2)",
                     "Invoer die niet gelezen kon worden (1)", "Verandering sinds het vorige rapport", "halfgevorderd <b>17</b>", "+88 punten",
                     "<title>40–49: 5 medewerkers</title>", "niet aanbevolen"]
        #expect(missing(dutch, in: html) == [])
        let english = ["Workforce report", "Score distribution", "Key accounts", "white spot", "Employees to help first", "42 connections",
                       "distinct connections", "points", "employees"]
        #expect(present(english, in: html) == [], "English labels in the Dutch page")
    }

    @Test func trendSectionOnlyWithABaseline() {
        var report = HTMLReportSamples.workforce()
        #expect(missing(["<section id=\"trend\"", "href=\"#trend\""], in: WorkforceHTMLReporter(language: .english).report(report)) == [])
        report.trend = nil
        #expect(present(["id=\"trend\"", "href=\"#trend\""], in: WorkforceHTMLReporter(language: .english).report(report)) == [])
    }

    @Test func everyTextFromTheReportIsEscaped() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.hostile())
        #expect(present([Self.script, Self.breakout, "<script", "<img", "onerror=alert(1)>"], in: html) == [], "unescaped profile text")
        let escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;"
        let escapedBreakout = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        let escapedQuote = "O&#39;Brien &amp; Sons"
        #expect(missing(["<title>Workforce report — \(escapedScript)</title>", "<h1>\(escapedScript)</h1>",
                         "<th scope=\"row\">\(escapedScript)</th>", "\(escapedBreakout) <code>\(escapedScript)</code>",
                         "<code>\(escapedBreakout)</code></th><td class=\"prose\">\(escapedScript)</td>", "<b>+11 points</b> \(escapedBreakout)",
                         "<th scope=\"row\">\(escapedQuote)</th>", "\(escapedScript) <code>\(escapedBreakout)</code></th><td class=\"prose\">\(escapedScript)</td>"],
                        in: html) == [])
        // Inside SVG text, titles and descriptions too.
        let heatMap = try #require(element("svg", id: "chart-groups", in: html))
        #expect(missing([">\(escapedScript)</text>", "<title>\(escapedScript) · \(escapedBreakout): 50% (1/2)</title>",
                         "<title>\(escapedQuote)</title>"], in: heatMap) == [])
        let accounts = try #require(element("svg", id: "chart-key-accounts", in: html))
        #expect(missing([">\(escapedScript)</text>", ">\(escapedBreakout) 5</text>", ">\(escapedQuote)</text>"], in: accounts) == [])
        let rules = try #require(element("svg", id: "chart-rules", in: html))
        #expect(missing([">\(escapedScript)</text>", "<title>\(escapedBreakout) — Headline"], in: rules) == [])
        #expect(occurrences(of: escapedScript, in: html) >= 20)
        #expect(occurrences(of: escapedBreakout, in: html) >= 15)
    }

    @Test func escapingCoversMarkupQuotesAndControlCharacters() {
        #expect(WorkforceHTMLReporter.escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
        #expect(WorkforceHTMLReporter.escape("&amp;") == "&amp;amp;")
        #expect(WorkforceHTMLReporter.escape("bell\u{7}nul\u{0}") == "bell\u{FFFD}nul\u{FFFD}")
        #expect(WorkforceHTMLReporter.escape("Zoë — 東京\nline") == "Zoë — 東京\nline")
    }

    @Test func longLabelsAreCutInChartsButWholeInTooltips() throws {
        var report = HTMLReportSamples.workforce()
        let long = "Netherlands Association of Very Long Group Names for Professionals"
        report.coverage.groups[0].group = long
        let html = WorkforceHTMLReporter(language: .english).report(report)
        let svg = try #require(element("svg", id: "chart-groups", in: html))
        #expect(missing(["<title>\(long)</title>", ">Netherlands Association of Very Long…</text>"], in: svg) == [])
    }

    /// 71% and 57% must look different: the bar is the pass rate of the profiles the rule could be checked on, and
    /// the unknowns are a bar of their own, as a share of all profiles.
    @Test func ruleBarLengthIsThePassRateOfTheCheckedProfiles() throws {
        var report = HTMLReportSamples.workforce()
        report.rules = [HTMLReportSamples.rule("photo", "Profile photo", .error, 11, 20, 8, 7),
                        HTMLReportSamples.rule("about", "About section", .warning, 9, 20, 15, 0)]
        let svg = try #require(element("svg", id: "chart-rules", in: WorkforceHTMLReporter(language: .english).report(report)))
        let photo = try #require(group(titled: "photo — Profile photo: 20 passed, 8 failed, 7 unknown · pass rate 71%", in: svg))
        let about = try #require(group(titled: "about — About section: 20 passed, 15 failed, 0 unknown · pass rate 57%", in: svg))
        // 380 units for the checked profiles: 20 of 28 and 20 of 35; the fail segment fills the rest.
        #expect(missing(["<rect class=\"pass\" x=\"290\" y=\"38\" width=\"271.4\"", "<rect class=\"fail\" x=\"561.4\" y=\"38\" width=\"108.6\"",
                         "<rect class=\"unknown\" x=\"752\" y=\"38\" width=\"11.2\""], in: photo) == [])
        #expect(missing(["<rect class=\"pass\" x=\"290\" y=\"70\" width=\"217.1\"", "<rect class=\"fail\" x=\"507.1\" y=\"70\" width=\"162.9\""],
                        in: about) == [])
        #expect(present(["<rect class=\"unknown\""], in: about) == [])
    }

    @Test func missingProfilesAreListedByTheNameShown() throws {
        var report = HTMLReportSamples.workforce()
        report.missingProfiles = [HTMLReportSamples.brief("E001", "Zoë Zwart", "Sales", score: nil, level: nil, suggestion: nil, gain: 0),
                                  HTMLReportSamples.brief("E002", "Émile Aarts", "Sales", score: nil, level: nil, suggestion: nil, gain: 0),
                                  HTMLReportSamples.brief("E003", nil, "Sales", score: nil, level: nil, suggestion: nil, gain: 0),
                                  HTMLReportSamples.brief("E004", "bram de Wit", "Sales", score: nil, level: nil, suggestion: nil, gain: 0)]
        let html = WorkforceHTMLReporter(language: .english).report(report)
        // Ignoring case and accents: "bram", "E003" (no name, so its id), "Émile", "Zoë".
        let shown = ["bram de Wit <code>E004</code>", "<th scope=\"row\"><code>E003</code>", "Émile Aarts <code>E002</code>", "Zoë Zwart <code>E001</code>"]
        let positions = try shown.map { try #require(html.range(of: $0), "\($0) is not listed").lowerBound }
        #expect(positions == positions.sorted(), "not in the order of the names shown")
    }

    @Test func heatMapWritesALongDepartmentNameWholeOnLinesOfItsColumn() throws {
        var report = HTMLReportSamples.workforce()
        report.coverage.groups = report.coverage.groups.map { cell in
            var cell = cell
            if cell.department == "HR" { cell.department = "People & Communications" }
            return cell
        }
        let svg = try #require(element("svg", id: "chart-groups", in: WorkforceHTMLReporter(language: .english).report(report)))
        let heading = try #require(group(titled: "People &amp; Communications", in: svg))
        #expect(missing([">People &amp;</text>", ">Communications</text>"], in: heading) == [])
        #expect(present(["rotate(", "…"], in: svg) == [], "a department heading is slanted or cut")
        #expect(WorkforceHTMLReporter.wrapped("Netherlands Association of Very Long Department Names", to: 16, lines: 3)
                == ["Netherlands", "Association of", "Very Long Depar…"])
        #expect(WorkforceHTMLReporter.wrapped("Sales", to: 16, lines: 3) == ["Sales"])
    }

    /// On a phone a chart keeps 70% of its size (13 px text stays above 9 px) and scrolls inside its card.
    @Test func chartsKeepAMinimumWidthAndScrollInsideTheirCard() throws {
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce())
        for id in ["chart-scores", "chart-rules", "chart-groups", "chart-key-accounts"] {
            let start = try #require(html.range(of: "<div class=\"scroll\"><svg class=\"chart\" id=\"\(id)\""), "\(id) does not scroll in its card")
            let tag = html[start.upperBound...].prefix { $0 != ">" }
            let width = try #require(tag.firstMatch(of: /width="([0-9.]+)"/).flatMap { Double($0.1) })
            let minimum = try #require(tag.firstMatch(of: /--chart-min:([0-9.]+)px/).flatMap { Double($0.1) })
            #expect(abs(minimum - (width * 0.7).rounded()) < 0.5, "\(id): \(tag)")
        }
        #expect(html.contains("svg.chart{display:block;max-width:100%;min-width:var(--chart-min,0);height:auto}"))
    }

    @Test func longListsAreCutOff() {
        var report = HTMLReportSamples.workforce()
        report.missingProfiles = (1...130).map { EmployeeBrief(id: "M\($0)", name: "Employee \($0)", department: "Sales", score: nil, level: nil,
                                                               topSuggestion: nil, potentialGain: 0) }
        let html = WorkforceHTMLReporter(language: .english).report(report)
        #expect(missing(["Missing profiles (130)", "<code>M1</code>", "<code>M50</code>", "… and 80 more; the JSON and CSV reports list everyone."],
                        in: html) == [])
        #expect(present(["<code>M51</code>", "<code>M130</code>"], in: html) == [])
    }

    @Test func emptyWorkforceStillRenders() throws {
        let report = WorkforceReport(
            organisation: nil,
            summary: WorkforceSummary(employees: 0, scored: 0, missingProfiles: 0, errors: 0, averageScore: nil, medianScore: nil,
                                      levels: [:], distribution: Array(repeating: 0, count: 10)),
            rules: [], improvements: [], departments: [],
            coverage: CoverageMap(employerPresence: EmployerPresence(named: 0, total: 0, variants: [], possibleMisspellings: []),
                                  groups: [], topGroups: [], reach: Reach(distinctConnections: 0, employeesWithConnections: 0, topCompanies: []),
                                  keyAccounts: []),
            missingProfiles: [], errors: [], employeesToHelp: [], trend: nil)
        let html = WorkforceHTMLReporter(language: .english).report(report)
        #expect(missing(["<title>Workforce report</title>", "<h1>Workforce report</h1>", "<p class=\"label\">Average score</p><p class=\"value\">–</p>",
                         "<b>0</b> / 0 <span class=\"pct\">–</span>", "No rules were applied.", "No departments are known.",
                         "No recommended groups are configured.", "No key accounts are configured."], in: html) == [])
        let histogram = try #require(element("svg", id: "chart-scores", in: html))
        #expect(present(["<rect"], in: histogram) == [])
        #expect(occurrences(of: "<svg ", in: html) == 1)
    }

    // MARK: - Helpers

    func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    /// The fragments `text` lacks (compared with `[]`, so that a failure names them instead of printing the page).
    /// Cells carry their column's heading in `data-label` (for the stacked phone layout); the fragments leave it out.
    func missing(_ fragments: [String], in text: String) -> [String] {
        let text = text.replacing(#/ data-label="[^"]*"/#, with: "")
        return fragments.filter { !text.contains($0) }
    }

    /// The fragments `text` has.
    func present(_ fragments: [String], in text: String) -> [String] {
        fragments.filter { text.contains($0) }
    }

    /// The element `<name id="id" …>…</name>` (not nested in itself).
    func element(_ name: String, id: String, in html: String) -> String? {
        guard let start = html.range(of: "<\(name) class=\"chart\" id=\"\(id)\"") ?? html.range(of: "<\(name) id=\"\(id)\""),
              let end = html.range(of: "</\(name)>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The innermost `<g …><title>title</title>…</g>` of a chart.
    func group(titled title: String, in svg: String) -> String? {
        guard let titleRange = svg.range(of: "><title>\(title)</title>"),
              let start = svg.range(of: "<g", options: .backwards, range: svg.startIndex..<titleRange.lowerBound),
              let end = svg.range(of: "</g>", range: titleRange.upperBound..<svg.endIndex) else { return nil }
        return String(svg[start.lowerBound..<end.upperBound])
    }
}

/// Hand-built workforce reports for the HTML reporter's tests.
enum HTMLReportSamples {
    static func rule(_ id: String, _ name: String, _ severity: Severity, _ weight: Int, _ pass: Int, _ fail: Int, _ unknown: Int) -> RuleTally {
        RuleTally(rule: id, name: name, severity: severity, weight: weight, pass: pass, fail: fail, unknown: unknown)
    }

    static func brief(_ id: String, _ name: String?, _ department: String?, score: Int?, level: Level?, suggestion: (String, Int, String)?,
                      gain: Int) -> EmployeeBrief {
        EmployeeBrief(id: id, name: name, department: department, score: score, level: level,
                      topSuggestion: suggestion.map { Suggestion(rule: $0.0, gain: $0.1, severity: .error, text: $0.2) }, potentialGain: gain)
    }

    /// A consultancy of 48 employees in four departments, with a white-spot key account and a trend.
    static func workforce() -> WorkforceReport {
        WorkforceReport(
            organisation: "Acme Consulting",
            summary: WorkforceSummary(employees: 48, scored: 41, missingProfiles: 2, errors: 1, averageScore: 63.4, medianScore: 66,
                                      levels: [.beginner: 11, .intermediate: 17, .advanced: 11, .allStar: 2],
                                      distribution: [1, 0, 2, 3, 5, 7, 9, 8, 4, 2]),
            rules: [
                rule("photo", "Profile photo", .error, 11, 32, 8, 1),
                rule("headline", "Headline", .error, 10, 30, 11, 0),
                rule("about", "About section", .warning, 9, 22, 19, 0),
                rule("current-position", "Current position", .error, 10, 38, 3, 0),
                rule("employer-named", "Employer named", .warning, 6, 34, 6, 1),
                rule("skills", "Skills", .warning, 8, 27, 14, 0),
                rule("connections", "Connections", .info, 5, 25, 12, 4),
                rule("groups-joined", "Groups joined", .info, 3, 0, 0, 41),
                rule("location", "Location", .info, 4, 40, 1, 0),
            ],
            improvements: [
                Improvement(rule: "about", totalGain: 171, employees: 19),
                Improvement(rule: "skills", totalGain: 112, employees: 14),
                Improvement(rule: "headline", totalGain: 110, employees: 11),
                Improvement(rule: "photo", totalGain: 88, employees: 8),
            ],
            departments: [
                DepartmentSummary(name: "Sales", employees: 14, scored: 11, missingProfiles: 2, errors: 1, averageScore: 58.2,
                                  levels: [.beginner: 4, .intermediate: 5, .advanced: 2]),
                DepartmentSummary(name: "Engineering", employees: 16, scored: 16, missingProfiles: 0, errors: 0, averageScore: 71.5,
                                  levels: [.beginner: 2, .intermediate: 6, .advanced: 6, .allStar: 2]),
                DepartmentSummary(name: "Marketing", employees: 10, scored: 10, missingProfiles: 0, errors: 0, averageScore: 64,
                                  levels: [.beginner: 2, .intermediate: 5, .advanced: 3]),
                DepartmentSummary(name: "HR", employees: 8, scored: 4, missingProfiles: 0, errors: 0, averageScore: 44.8,
                                  levels: [.beginner: 3, .intermediate: 1]),
            ],
            coverage: CoverageMap(
                employerPresence: EmployerPresence(named: 34, total: 40,
                                                   variants: [NameCount(name: "Acme Consulting B.V.", count: 20), NameCount(name: "Acme Consulting", count: 14)],
                                                   possibleMisspellings: [NameCount(name: "Acme Consultancy", count: 2), NameCount(name: "Acme Consultng", count: 1)]),
                groups: [
                    GroupCoverage(department: "Sales", group: "Dutch Sales Professionals", members: 6, known: 10),
                    GroupCoverage(department: "Sales", group: "B2B Marketing NL", members: 3, known: 10),
                    GroupCoverage(department: "Engineering", group: "Swift Developers Netherlands", members: 9, known: 12),
                    GroupCoverage(department: "Engineering", group: "iOS Developers", members: 4, known: 12),
                    GroupCoverage(department: "Engineering", group: "Acme Alumni", members: 12, known: 12),
                    GroupCoverage(department: "Marketing", group: "B2B Marketing NL", members: 5, known: 8),
                    GroupCoverage(department: "Marketing", group: "Acme Alumni", members: 1, known: 8),
                    GroupCoverage(department: "HR", group: "HR Professionals NL", members: 0, known: 0),
                    GroupCoverage(department: "HR", group: "Acme Alumni", members: 0, known: 0),
                ],
                topGroups: [NameCount(name: "Acme Alumni", count: 13), NameCount(name: "Swift Developers Netherlands", count: 11),
                            NameCount(name: "B2B Marketing NL", count: 8), NameCount(name: "Dutch Sales Professionals", count: 6)],
                reach: Reach(distinctConnections: 5210, employeesWithConnections: 37,
                             topCompanies: [NameCount(name: "Rabobank", count: 42), NameCount(name: "ASML", count: 35), NameCount(name: "ING", count: 21)]),
                keyAccounts: [
                    KeyAccountReach(name: "Rabobank", connections: 42, departments: [NameCount(name: "Sales", count: 30), NameCount(name: "Engineering", count: 12)]),
                    KeyAccountReach(name: "ING", connections: 21, departments: [NameCount(name: "Sales", count: 21)]),
                    KeyAccountReach(name: "Philips", connections: 0, departments: []),
                ]
            ),
            missingProfiles: [brief("E031", "Lotte Visser", "Sales", score: nil, level: nil, suggestion: nil, gain: 0),
                              brief("E032", nil, "Sales", score: nil, level: nil, suggestion: nil, gain: 0)],
            errors: [InputError(source: "exports/E040.zip", message: "The archive is damaged.", employeeID: "E040", employeeName: "Ruben Claes")],
            employeesToHelp: [
                brief("E017", "Pieter Bakker", "Sales", score: 18, level: .beginner, suggestion: ("photo", 11, "Add a professional profile photo."), gain: 64),
                brief("E022", "Fatima el Amrani", "HR", score: 27, level: .beginner, suggestion: ("headline", 10, "Write a headline that says what you do for whom."), gain: 55),
                brief("E009", "Daan de Boer", "Marketing", score: 41, level: .beginner, suggestion: ("about", 9, "Write an about section of at least three sentences."), gain: 38),
            ],
            trend: Trend(baselineGenerated: ReportDate(year: 2025, month: 12, day: 31), averageScoreBefore: 60.2, averageScoreAfter: 63.4,
                         scoredBefore: 30, scoredAfter: 34, missingProfilesBefore: 4, missingProfilesAfter: 2,
                         departments: [(name: "Sales", before: 55.0, after: 58.2), (name: "HR", before: 46.3, after: 44.8),
                                       (name: "Marketing", before: nil, after: 64)],
                         rules: [(rule: "photo", before: 0.7, after: 0.8), (rule: "about", before: 0.5, after: 0.537)])
        )
    }

    /// The workforce with hostile text in every name, message and path the report carries.
    static func hostile() -> WorkforceReport {
        let script = WorkforceHTMLReporterTests.script
        let breakout = WorkforceHTMLReporterTests.breakout
        let quote = "O'Brien & Sons"
        var report = workforce()
        report.organisation = script
        report.rules[0].name = script
        report.rules[1].rule = breakout
        report.improvements[0].rule = breakout
        report.departments[0].name = script
        report.departments[1].name = breakout
        report.coverage.employerPresence.variants = [NameCount(name: script, count: 3), NameCount(name: quote, count: 1)]
        report.coverage.employerPresence.possibleMisspellings = [NameCount(name: breakout, count: 1)]
        report.coverage.groups = [GroupCoverage(department: script, group: breakout, members: 1, known: 2),
                                  GroupCoverage(department: breakout, group: script, members: 2, known: 2),
                                  GroupCoverage(department: quote, group: quote, members: 0, known: 0)]
        report.coverage.topGroups = [NameCount(name: script, count: 2), NameCount(name: breakout, count: 1)]
        report.coverage.reach.topCompanies = [NameCount(name: breakout, count: 9), NameCount(name: quote, count: 4)]
        report.coverage.keyAccounts = [KeyAccountReach(name: script, connections: 5, departments: [NameCount(name: breakout, count: 5)]),
                                       KeyAccountReach(name: quote, connections: 0, departments: []),
                                       KeyAccountReach(name: breakout, connections: 2, departments: [NameCount(name: quote, count: 2)])]
        report.missingProfiles = [brief(script, breakout, script, score: nil, level: nil, suggestion: nil, gain: 0)]
        report.errors = [InputError(source: breakout, message: script, employeeID: breakout, employeeName: script), InputError(source: script, message: breakout)]
        report.employeesToHelp = [brief(breakout, script, quote, score: 12, level: .beginner, suggestion: ("photo", 11, breakout), gain: 40),
                                  brief(script, nil, breakout, score: 20, level: .beginner, suggestion: ("about", 9, script), gain: 30)]
        report.trend = Trend(baselineGenerated: nil, averageScoreBefore: 50, averageScoreAfter: 52, scoredBefore: nil, scoredAfter: 3,
                             missingProfilesBefore: 1, missingProfilesAfter: 1,
                             departments: [(name: script, before: 40, after: 45)], rules: [(rule: breakout, before: 0.5, after: 0.6)])
        return report
    }
}
