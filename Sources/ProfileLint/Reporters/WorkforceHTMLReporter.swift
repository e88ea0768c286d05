import Foundation

/// The batch `html` format: one self-contained page with the workforce summary, charts and the network coverage map.
///
/// The page is meant to be opened and shared by HR without any infrastructure: styles are inline, the four charts
/// (score distribution, rule pass rates, department × group heat map, key-account reach) are inline SVG, and there
/// are no scripts, fonts, images or links to other sites. A Content-Security-Policy in the page forbids loading
/// anything, as a second line of defence.
///
/// Every text taken from the report (names, departments, groups, companies, messages, file paths) is HTML-escaped,
/// in text, in attributes and inside SVG, so profile text such as `<script>` shows up as literal text.
/// The output is deterministic: it carries the profilelint version and the report's day (``WorkforceReport/generated``,
/// fixed by `SOURCE_DATE_EPOCH`) but no time, and keeps the report's order.
/// Long lists (missing profiles, errors) are cut off; the JSON and CSV reports have everything.
package struct WorkforceHTMLReporter: WorkforceReporter {
    package static let identifier = "html"
    package static let description = "for sharing"
    package static let fileExtensions = ["html", "htm"]

    /// The language of labels.
    package var language: ReportLanguage

    /// Creates the reporter.
    package init(language: ReportLanguage) {
        self.language = language
    }

    /// Creates the reporter in the language of `options`.
    package init(options: ReporterOptions) {
        self.init(language: options.language)
    }

    /// The whole page: the aggregate only, so `employees` is not read.
    package func report(_ report: WorkforceReport, employees: [EmployeeRecord]) -> String {
        self.report(report)
    }

    /// At most this many missing profiles and errors are listed.
    static let listLimit = 50

    /// The whole page.
    package func report(_ report: WorkforceReport) -> String {
        let title = message(.workforceReport) + (report.organisation.map { " — \($0)" } ?? "")
        var parts: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            // Nothing may be loaded: no scripts, images, fonts or stylesheets from anywhere.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">",
            "<meta name=\"generator\" content=\"profilelint \(Self.escape(ProfileLintVersion.current))\">",
            "<title>\(Self.escape(title))</title>",
            "<style>\(Self.stylesheet)\(report.history == nil ? "" : "\n" + Self.historyStylesheet)</style>",
            "</head>",
            "<body>",
            masthead(report),
            "<main class=\"wrap\">",
            headline(report.summary),
        ]
        // The change sits right after the figures it changes.
        if let trend = report.trend { parts.append(trendSection(trend, rules: report.rules)) }
        parts += [
            scoresSection(report.summary),
            rulesSection(report),
            departmentsSection(report),
        ]
        if let history = report.history { parts.append(historySection(history)) }
        parts += [
            coverageSection(report.coverage, discovery: groupDiscoveryBlock(report)),
            ambassadorsSection(report),
            trainingSection(report),
            peopleSection(report),
        ]
        parts.append("</main>")
        parts.append(footer())
        parts.append("</body>")
        parts.append("</html>")
        return parts.joined(separator: "\n") + "\n"
    }

    // MARK: - Page parts

    func masthead(_ report: WorkforceReport) -> String {
        let heading = message(.workforceReport)
        var links = [("overview", message(.overview))]
        if report.trend != nil { links.append(("trend", message(.change))) }
        links += [("scores", message(.scores)), ("rules", message(.rulesHeading)),
                  ("departments", message(.departmentsHeading))]
        if report.history != nil { links.append(("history", message(.historyNavigation))) }
        links += [("coverage", message(.networkCoverage))]
        links += nextStepLinks(report)
        links += [("people", message(.employeesHeading))]
        let navigation = links.map { "<a href=\"#\($0.0)\">\(Self.escape($0.1))</a>" }.joined()
        let title: String
        if let organisation = report.organisation {
            title = "<p class=\"eyebrow\">\(Self.escape(heading))</p><h1>\(Self.escape(organisation))</h1>"
        } else {
            title = "<h1>\(Self.escape(heading))</h1>"
        }
        let generated = (report.generated.map { $0.formatted(catalog) + " · " } ?? "") + message(.generatedByPrefix) + ProfileLintVersion.current
        return "<header class=\"masthead\"><div class=\"wrap\">\(title)<p class=\"meta\">\(Self.escape(generated))</p>"
            + "<nav aria-label=\"\(Self.escape(message(.sections)))\">\(navigation)</nav></div></header>"
    }

    func headline(_ summary: WorkforceSummary) -> String {
        let strings = ReportStrings(language)
        let scoredShare = summary.employees == 0 ? nil : Double(summary.scored) / Double(summary.employees)
        var cards: [(label: String, value: String, note: String?, alert: Bool)] = [
            (message(.employeesHeading), catalog.integer(summary.employees), nil, false),
            (message(.scoredHeading), catalog.integer(summary.scored), catalog.percent(scoredShare) + message(.ofEmployeesSuffix), false),
            (message(.missingProfiles), catalog.integer(summary.missingProfiles), nil, summary.missingProfiles > 0),
            (message(.errorsHeading), catalog.integer(summary.errors), message(.inputsNotReadNote), summary.errors > 0),
            (message(.averageScore), catalog.number(summary.averageScore), message(.outOf100), false),
            (message(.medianScore), catalog.number(summary.medianScore), message(.outOf100), false),
        ]
        // Shown apart: these profiles are in no average, level or band.
        if summary.partlyAssessable > 0 { cards.insert((message(.partlyAssessable), "\(summary.partlyAssessable)", message(.partlyAssessableNote), true), at: 2) }
        if summary.notAssessable > 0 { cards.insert((message(.notAssessable), "\(summary.notAssessable)", message(.notAssessableNote), true), at: 2) }
        var html = "<section id=\"overview\" aria-label=\"\(Self.escape(message(.overview)))\"><div class=\"cards\">"
        for card in cards {
            html += "<div class=\"card\(card.alert ? " alert" : "")\"><p class=\"label\">\(Self.escape(card.label))</p>"
                + "<p class=\"value\">\(Self.escape(card.value))</p>" + (card.note.map { "<p class=\"note\">\(Self.escape($0))</p>" } ?? "") + "</div>"
        }
        html += "</div>"
        // Levels as one stacked bar, best level last, with a legend that carries the numbers.
        let levels = Level.allCases
        let total = levels.reduce(0) { $0 + (summary.levels[$1] ?? 0) }
        html += "<div class=\"card levels\"><p class=\"label\">\(Self.escape(message(.levels)))</p>"
        html += "<div class=\"stack\" role=\"img\" aria-label=\""
            + Self.escape(levels.map { "\(strings.level($0)) \(summary.levels[$0] ?? 0)" }.joined(separator: ", ")) + "\">"
        for level in levels {
            let count = summary.levels[level] ?? 0
            guard total > 0, count > 0 else { continue }
            html += "<span class=\"lv-\(level.rawValue)\" style=\"width:\(Self.coordinate(Double(count) * 100 / Double(total)))%\"></span>"
        }
        html += "</div><ul class=\"legend\">"
        for level in levels {
            html += "<li><span class=\"swatch lv-\(level.rawValue)\"></span>\(Self.escape(strings.level(level))) <b>\(summary.levels[level] ?? 0)</b></li>"
        }
        html += "</ul></div></section>"
        return html
    }

    func scoresSection(_ summary: WorkforceSummary) -> String {
        let legend = [("band-low", message(.legendBandLow)),
                      ("band-mid", message(.legendBandMid)),
                      ("band-high", message(.legendBandHigh))]
        return section("scores", message(.scoreDistribution),
                       "<figure>" + scrolling(histogram(summary)) + "<figcaption>" + legendList(legend)
                       + Self.escape(message(.scoresCaption)) + "</figcaption></figure>")
    }

    func rulesSection(_ report: WorkforceReport) -> String {
        var html = ""
        if report.rules.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.noRules)))</p>"
        } else {
            let legend = [("pass", message(.legendPass)), ("fail", message(.legendFail)), ("unknown", message(.legendUnknown))]
            html += "<figure>" + scrolling(rulesChart(report.rules)) + "<figcaption>" + legendList(legend)
                + Self.escape(message(.rulesCaption)) + "</figcaption></figure>"
        }
        if !report.improvements.isEmpty {
            let strings = ReportStrings(language)
            html += "<h3>\(Self.escape(message(.biggestImprovements)))</h3>"
            html += "<p class=\"hint\">\(Self.escape(message(.improvementsHint)))</p>"
            let largest = max(1, report.improvements.map(\.totalGain).max() ?? 1)
            let rows = report.improvements.map { improvement in
                [ruleLabel(improvement.rule, rules: report.rules),
                 Cell(html: "<span class=\"meter gain\" aria-hidden=\"true\"><span style=\"width:"
                      + Self.coordinate(Double(max(0, improvement.totalGain)) * 100 / Double(largest)) + "%\"></span></span><span class=\"amount\">"
                      + Self.escape(strings.points(improvement.totalGain)) + "</span>", numeric: true),
                 Cell(text: "\(improvement.employees)", numeric: true)]
            }
            html += table([Cell(text: message(.rule)), Cell(text: message(.pointsHeading), numeric: true),
                           Cell(text: message(.employeesFailing), numeric: true)], rows)
        }
        return section("rules", message(.rulesHeading), html)
    }

    func departmentsSection(_ report: WorkforceReport) -> String {
        guard !report.departments.isEmpty else {
            return section("departments", message(.departmentsHeading),
                           "<p class=\"empty\">\(Self.escape(message(.noDepartments)))</p>")
        }
        let strings = ReportStrings(language)
        var headers = [Cell(text: message(.departmentHeading)), Cell(text: message(.averageScore)),
                       Cell(text: message(.scoredEmployees), numeric: true),
                       Cell(text: message(.missingHeading), numeric: true), Cell(text: message(.errorsHeading), numeric: true)]
        // A level keeps to one line ("all-star" is not broken at its hyphen); the longer headings wrap.
        headers += Level.allCases.map { Cell(html: "<span class=\"nowrap\">\(Self.escape(strings.level($0)))</span>", numeric: true) }
        let rows = report.departments.map { department -> [Cell] in
            let meter = department.averageScore.map { average in
                "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:\(Self.coordinate(min(100, max(0, average))))%\"></span></span>"
            } ?? ""
            var row = [Cell(text: department.name),
                       Cell(html: "<span class=\"nowrap\"><span class=\"avg\">\(Self.escape(catalog.number(department.averageScore)))</span>"
                            + meter + "</span>"),
                       Cell(text: "\(department.scored) / \(department.employees)", numeric: true),
                       Cell(text: "\(department.missingProfiles)", numeric: true, muted: department.missingProfiles == 0),
                       Cell(text: "\(department.errors)", numeric: true, muted: department.errors == 0)]
            row += Level.allCases.map { Cell(text: "\(department.levels[$0] ?? 0)", numeric: true, muted: (department.levels[$0] ?? 0) == 0) }
            return row
        }
        return section("departments", message(.departmentsHeading), table(headers, rows) + categoryTable(report))
    }

    /// The average per category of each department, in a table of its own so that the department
    /// table keeps fitting a page; nothing when the rules are all of one category.
    func categoryTable(_ report: WorkforceReport) -> String {
        let categories = report.categories
        guard categories.count > 1 else { return "" }
        let strings = ReportStrings(language)
        let headers = [Cell(text: message(.departmentHeading))]
            + categories.map { Cell(text: $0.name(in: language), numeric: true) }
        let rows = report.departments.map { department in
            [Cell(text: department.name)] + categories.map { category in
                let average = department.categories[category].averageScore
                return Cell(text: catalog.number(average), numeric: true, muted: average == nil)
            }
        }
        return "<h3>\(Self.escape(message(.categoriesHeading)))</h3>"
            + "<p class=\"hint\">\(Self.escape(message(.categoriesColon) + " " + strings.categoryAverages(report.summary.categories, categories)))</p>"
            + table(headers, rows)
    }

    func coverageSection(_ coverage: CoverageMap, discovery: String = "") -> String {
        var html = "<div class=\"grid\">" + presencePanel(coverage.employerPresence) + reachPanel(coverage.reach)
        if !coverage.topGroups.isEmpty {
            html += "<div class=\"panel\"><h3>\(Self.escape(message(.mostJoinedGroups)))</h3>"
                + "<p class=\"hint\">\(Self.escape(message(.topGroupsHint)))</p>"
                + table([Cell(text: message(.group)), Cell(text: message(.members), numeric: true)],
                        coverage.topGroups.map { [Cell(text: $0.name), Cell(text: catalog.integer($0.count), numeric: true)] }) + "</div>"
        }
        html += "</div>"

        html += "<h3>\(Self.escape(message(.recommendedGroupsShare)))</h3>"
        if coverage.groups.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.noRecommendedGroups)))</p>"
        } else {
            html += "<figure>" + scrolling(heatMap(coverage.groups)) + "<figcaption><ul class=\"legend\"><li><span class=\"ramp\"></span>0% – 100%</li>"
                + "<li><span class=\"swatch unknown-cell\"></span>– \(Self.escape(message(.heatMapUnknown)))</li>"
                + "<li><span class=\"swatch not-recommended\"></span>\(Self.escape(message(.heatMapNotRecommended)))</li></ul>"
                + Self.escape(message(.heatMapCaption))
                + "</figcaption></figure>"
        }
        html += discovery

        html += "<h3>\(Self.escape(message(.keyAccounts)))</h3>"
        if coverage.keyAccounts.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.noKeyAccounts)))</p>"
        } else {
            let whiteSpots = coverage.keyAccounts.filter(\.isWhiteSpot).count
            html += "<figure>" + scrolling(keyAccountChart(coverage.keyAccounts)) + "<figcaption>"
                + Self.escape(message(.keyAccountsCaption))
                + (whiteSpots > 0 ? " <strong class=\"warn\">" + Self.escape(catalog.text(one: .whiteSpotsOne, other: .whiteSpotsOther, count: whiteSpots)) + "</strong>" : "")
                + "</figcaption></figure>"
        }
        return section("coverage", message(.networkCoverage), html)
    }

    func presencePanel(_ presence: EmployerPresence) -> String {
        let share = presence.total == 0 ? nil : Double(presence.named) / Double(presence.total)
        var html = "<div class=\"panel\"><h3>\(Self.escape(message(.employerNamed)))</h3>"
        html += "<p class=\"figure\"><b>" + catalog.integer(presence.named) + "</b> / " + catalog.integer(presence.total) + " <span class=\"pct\">\(Self.escape(catalog.percent(share)))</span></p>"
        html += "<p class=\"hint\">\(Self.escape(message(.employerNamedHint)))</p>"
        if !presence.variants.isEmpty {
            html += table([Cell(text: message(.spelling)), Cell(text: message(.employeesHeading), numeric: true)],
                          presence.variants.map { [Cell(text: $0.name), Cell(text: catalog.integer($0.count), numeric: true)] })
        }
        if !presence.possibleMisspellings.isEmpty {
            html += "<p class=\"warn\">\(Self.escape(message(.possibleMisspellings)))</p>"
            html += table([Cell(text: message(.employerAsWritten)), Cell(text: message(.employeesHeading), numeric: true)],
                          presence.possibleMisspellings.map { [Cell(text: $0.name), Cell(text: catalog.integer($0.count), numeric: true)] })
        }
        return html + "</div>"
    }

    func reachPanel(_ reach: Reach) -> String {
        var html = "<div class=\"panel\"><h3>\(Self.escape(message(.reach)))</h3>"
        html += "<p class=\"figure\"><b>" + catalog.integer(reach.distinctConnections) + "</b> " + Self.escape(message(.distinctConnections)) + "</p>"
        html += "<p class=\"hint\">" + Self.escape(catalog.text(one: .reachHintOne, other: .reachHintOther, count: reach.employeesWithConnections)) + "</p>"
        if !reach.topCompanies.isEmpty {
            html += table([Cell(text: message(.companiesReachedMost)), Cell(text: message(.connections), numeric: true)],
                          reach.topCompanies.map { [Cell(text: $0.name), Cell(text: catalog.integer($0.count), numeric: true)] })
        }
        return html + "</div>"
    }

    func peopleSection(_ report: WorkforceReport) -> String {
        let strings = ReportStrings(language)
        if report.isAnonymised {
            var html = "<h3>\(Self.escape(message(.helpByDepartment)))</h3><p class=\"hint\">\(Self.escape(message(.helpByDepartmentNote)))</p>"
            html += table([Cell(text: message(.departmentHeading)), Cell(text: message(.toHelpHeading), numeric: true),
                           Cell(text: message(.pointsInAllHeading), numeric: true)],
                          report.departments.filter { $0.employeesWithGain > 0 }.map {
                              [Cell(text: $0.name), Cell(text: "\($0.employeesWithGain)", numeric: true),
                               Cell(text: strings.points($0.potentialGain), numeric: true)]
                          })
            return section("people", message(.employeesHeading), html)
        }
        var html = "<h3>\(Self.escape(message(.employeesToHelpFirst)))</h3>"
        if report.employeesToHelp.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.nobodyNeedsHelp)))</p>"
        } else {
            let rows = report.employeesToHelp.map { brief -> [Cell] in
                [Cell(html: employee(brief)), Cell(text: brief.department ?? "–"),
                 Cell(text: brief.score.map { "\($0)" } ?? "–", numeric: true),
                 Cell(html: brief.level.map { "<span class=\"tag lv-\($0.rawValue)\">\(Self.escape(strings.level($0)))</span>" } ?? "–"),
                 Cell(html: brief.topSuggestion.map { "<b>\(Self.escape(strings.points($0.gain)))</b> \(Self.escape($0.advice))" } ?? "–", prose: true),
                 Cell(text: strings.points(brief.potentialGain), numeric: true)]
            }
            html += table([Cell(text: message(.employee)), Cell(text: message(.departmentHeading)),
                           Cell(text: message(.scoreHeading), numeric: true), Cell(text: message(.levelHeading)),
                           Cell(text: message(.bestNextStep), prose: true), Cell(text: message(.potential), numeric: true)], rows)
        }

        html += "<div class=\"grid\"><div class=\"panel\"><h3>\(Self.escape(message(.missingProfiles))) (\(report.missingProfiles.count))</h3>"
        if report.missingProfiles.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.noMissingProfiles)))</p>"
        } else {
            html += table([Cell(text: message(.employee)), Cell(text: message(.departmentHeading))],
                          Self.byShownName(report.missingProfiles).prefix(Self.listLimit).map { [Cell(html: employee($0)), Cell(text: $0.department ?? "–")] })
            html += more(report.missingProfiles.count)
        }

        html += "</div><div class=\"panel\"><h3>\(Self.escape(message(.inputsNotReadHeading))) (\(report.errors.count))</h3>"
        if report.errors.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.noInputErrors)))</p>"
        } else {
            html += table([Cell(text: message(.input)), Cell(text: message(.problem), prose: true)],
                          report.errors.prefix(Self.listLimit).map { error in
                              // The employee whose input it is, when it belongs to one (the message names the file), else the input.
                              [Cell(html: error.employeeID.map { employee(EmployeeBrief(id: $0, name: error.employeeName, potentialGain: 0)) }
                                    ?? "<code>\(Self.escape(error.source))</code>"),
                               Cell(text: error.message(in: language), prose: true)]
                          })
            html += more(report.errors.count)
        }
        html += "</div></div>"
        return section("people", message(.employeesHeading), html)
    }

    func trendSection(_ trend: Trend, rules: [RuleTally]) -> String {
        func change(_ before: Double?, _ after: Double?, percent: Bool) -> String {
            guard let before, let after else { return "<span class=\"muted\">–</span>" }
            let delta = percent ? (after - before) * 100 : after - before
            let text = catalog.decimal(delta, signed: true) + (percent ? " pt" : "")
            let (className, arrow) = delta > 0.05 ? ("up", "▲ ") : delta < -0.05 ? ("down", "▼ ") : ("muted", "")
            return "<span class=\"\(className)\">\(arrow)\(Self.escape(text))</span>"
        }
        func count(_ label: MessageID, _ before: Int?, _ after: Int, higherIsBetter: Bool) -> String {
            var html = "<p class=\"figure\">" + Self.escape(message(label)) + " <b>" + Self.escape(before.map { catalog.integer($0) } ?? "–")
                + " → " + Self.escape(catalog.integer(after)) + "</b> "
            if let before {
                let delta = after - before
                let good = higherIsBetter ? delta > 0 : delta < 0
                let (className, arrow) = delta == 0 ? ("muted", "") : (good ? "up" : "down", delta > 0 ? "▲ " : "▼ ")
                html += "<span class=\"\(className)\">\(arrow)\(Self.escape(WorkforceTextReporter.signed(delta, catalog)))</span>"
            } else {
                html += "<span class=\"muted\">–</span>"
            }
            return html + "</p>"
        }
        var html = trend.baselineGenerated.map { "<p class=\"hint\">\(Self.escape(message(.comparedWithReport, ["date": $0.formatted(catalog)])))</p>" } ?? ""
        html += "<p class=\"figure\">" + Self.escape(message(.averageScorePrefix)) + "<b>"
            + Self.escape(catalog.number(trend.averageScoreBefore)) + " → " + Self.escape(catalog.number(trend.averageScoreAfter))
            + "</b> " + change(trend.averageScoreBefore, trend.averageScoreAfter, percent: false) + "</p>"
        html += count(.scoredHeading, trend.scoredBefore, trend.scoredAfter, higherIsBetter: true)
        html += count(.missingProfiles, trend.missingProfilesBefore, trend.missingProfilesAfter, higherIsBetter: false)
        html += "<div class=\"grid\">"
        if !trend.departments.isEmpty {
            html += "<div class=\"panel\">" + table([Cell(text: message(.departmentHeading)), Cell(text: message(.before), numeric: true),
                                                    Cell(text: message(.after), numeric: true), Cell(text: message(.change), numeric: true)],
                                                   trend.departments.map {
                [Cell(text: $0.name), Cell(text: catalog.number($0.before), numeric: true),
                 Cell(text: catalog.number($0.after), numeric: true), Cell(html: change($0.before, $0.after, percent: false), numeric: true)]
            }) + "</div>"
        }
        if !trend.rules.isEmpty {
            html += "<div class=\"panel\">" + table([Cell(text: message(.rulePassRate)), Cell(text: message(.before), numeric: true),
                                                    Cell(text: message(.after), numeric: true), Cell(text: message(.change), numeric: true)],
                                                   trend.rules.map {
                [ruleLabel($0.rule, rules: rules), Cell(text: catalog.percent($0.before), numeric: true),
                 Cell(text: catalog.percent($0.after), numeric: true), Cell(html: change($0.before, $0.after, percent: true), numeric: true)]
            }) + "</div>"
        }
        html += "</div>"
        return section("trend", message(.changeSinceTheBaseline), html)
    }

    func footer() -> String {
        "<footer class=\"wrap\"><p>" + Self.escape(message(.footer, ["version": ProfileLintVersion.current]))
            + "</p></footer>"
    }

    // MARK: - Charts

    /// Employees per score band, bars coloured by the level the band falls in.
    func histogram(_ summary: WorkforceSummary) -> String {
        var counts = (0..<10).map { $0 < summary.distribution.count ? summary.distribution[$0] : 0 }
        counts[9] += summary.distribution.dropFirst(10).reduce(0, +)
        let labels = (0..<10).map { $0 == 9 ? "90–100" : "\($0 * 10)–\($0 * 10 + 9)" }
        let width = 1000.0, height = 290.0, left = 56.0, right = 8.0, top = 26.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let largest = counts.max() ?? 0
        let step = Self.niceStep(largest)
        let axisMax = max(step, (largest + step - 1) / step * step)
        let description = message(.histogramDescriptionPrefix)
            + zip(labels, counts).map { "\($0.0): \($0.1)" }.joined(separator: ", ")
        var svg = svgOpen(id: "chart-scores", width: width, height: height, title: message(.scoreDistribution), description: description)
        svg += text(message(.employeesLower), x: 0, y: 12, className: "axis")
        for tick in stride(from: 0, through: axisMax, by: step) {
            let y = top + plotHeight - plotHeight * Double(tick) / Double(axisMax)
            svg += "<line class=\"gridline\" x1=\"\(Self.coordinate(left))\" y1=\"\(Self.coordinate(y))\" x2=\"\(Self.coordinate(width - right))\" y2=\"\(Self.coordinate(y))\"/>"
            svg += text("\(tick)", x: left - 10, y: y + 4, className: "axis", anchor: "end")
        }
        let slot = plotWidth / 10
        for (index, count) in counts.enumerated() {
            let x = left + slot * Double(index)
            let barHeight = plotHeight * Double(count) / Double(axisMax)
            let band = index < 5 ? "band-low" : index < 8 ? "band-mid" : "band-high"
            svg += "<g><title>\(Self.escape("\(labels[index]): " + catalog.text(one: .employeesOne, other: .employeesOther, count: count)))</title>"
            if count > 0 {
                svg += rect(x: x + slot * 0.14, y: top + plotHeight - barHeight, width: slot * 0.72, height: barHeight, className: band, radius: 3)
                svg += text("\(count)", x: x + slot / 2, y: top + plotHeight - barHeight - 7, className: "value", anchor: "middle")
            }
            svg += text(labels[index], x: x + slot / 2, y: height - 14, className: "axis", anchor: "middle")
            svg += "</g>"
        }
        svg += "<line class=\"baseline\" x1=\"\(Self.coordinate(left))\" y1=\"\(Self.coordinate(top + plotHeight))\" x2=\"\(Self.coordinate(width - right))\" y2=\"\(Self.coordinate(top + plotHeight))\"/>"
        return svg + "</svg>"
    }

    /// One bar per rule whose length is the pass rate among the profiles the rule could be checked on (pass, then
    /// fail), so 71% and 57% look different however many are unknown; the unknowns get a bar of their own beside it,
    /// as a share of all profiles.
    func rulesChart(_ rules: [RuleTally]) -> String {
        let width = 1000.0, rowHeight = 32.0, top = 30.0
        // The counts end at the right edge, so a longer heading ("réussies / échouées / inconnues") stays inside the chart.
        let barX = 290.0, barWidth = 380.0, rateX = 740.0, unknownX = 752.0, unknownWidth = 56.0, countsX = width - 6
        let height = top + rowHeight * Double(rules.count) + 4
        let description = rules.map {
            "\($0.name(in: language)): \(catalog.percent($0.passRate)) (\($0.pass) / \($0.fail) / \($0.unknown))"
        }.joined(separator: "; ")
        var svg = svgOpen(id: "chart-rules", width: width, height: height, title: message(.passRatePerRule),
                          description: message(.rulesChartDescriptionPrefix) + description)
        svg += text(message(.ruleLower), x: 0, y: 16, className: "axis")
        svg += text(message(.checkedProfilesAxis), x: barX, y: 16, className: "axis")
        svg += text(message(.passRateAxis), x: rateX, y: 16, className: "axis", anchor: "end")
        svg += text(message(.legendUnknown), x: unknownX, y: 16, className: "axis")
        svg += text(message(.passFailUnknownAxis), x: countsX, y: 16, className: "axis", anchor: "end")
        for (index, tally) in rules.enumerated() {
            let y = top + rowHeight * Double(index)
            let checked = tally.pass + tally.fail
            let total = checked + tally.unknown
            let tooltip = "\(tally.rule) — \(tally.name(in: language)): " + ReportStrings(language).tally(passed: tally.pass, failed: tally.fail, unknown: tally.unknown)
                + " · " + message(.passRateLowerPrefix) + catalog.percent(tally.passRate)
            svg += "<g><title>\(Self.escape(tooltip))</title>"
            if index % 2 == 0 { svg += rect(x: 0, y: y, width: width, height: rowHeight, className: "stripe", radius: 0) }
            svg += text(Self.truncated(tally.name(in: language), to: 38), x: 6, y: y + 21, className: "label")
            svg += rect(x: barX, y: y + 8, width: barWidth, height: rowHeight - 16, className: "track", radius: 3)
            if checked > 0 {
                let passLength = barWidth * Double(tally.pass) / Double(checked)
                if tally.pass > 0 { svg += rect(x: barX, y: y + 8, width: passLength, height: rowHeight - 16, className: "pass", radius: 0) }
                if tally.fail > 0 { svg += rect(x: barX + passLength, y: y + 8, width: barWidth - passLength, height: rowHeight - 16, className: "fail", radius: 0) }
            }
            svg += text(catalog.percent(tally.passRate), x: rateX, y: y + 21, className: "value", anchor: "end")
            svg += rect(x: unknownX, y: y + 8, width: unknownWidth, height: rowHeight - 16, className: "track", radius: 3)
            if tally.unknown > 0, total > 0 {
                svg += rect(x: unknownX, y: y + 8, width: unknownWidth * Double(tally.unknown) / Double(total), height: rowHeight - 16,
                            className: "unknown", radius: 0)
            }
            svg += text("\(tally.pass) / \(tally.fail) / \(tally.unknown)", x: countsX, y: y + 21, className: "label muted", anchor: "end")
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// Recommended groups (rows) × departments (columns), each cell coloured by the share of the department in the group.
    /// The department × group heat map; `consider` outlines cells and `listed` ticks them (keys from ``cellKey(_:_:)``),
    /// for the second map of the groups the departments chose themselves.
    func heatMap(_ cells: [GroupCoverage], id: String = "chart-groups", title: String? = nil,
                 consider: Set<String> = [], listed: Set<String> = []) -> String {
        var departments: [String] = []
        var groups: [String] = []
        for cell in cells {
            if !departments.contains(cell.department) { departments.append(cell.department) }
            if !groups.contains(cell.group) { groups.append(cell.group) }
        }
        let labelWidth = min(330.0, max(150.0, Double(groups.map(\.count).max() ?? 0) * 7.6 + 24)), rowHeight = 42.0, gap = 3.0
        let cellWidth = max(72.0, min(130.0, (1000.0 - labelWidth) / Double(max(1, departments.count))))
        // Column headings are written across, wrapped between words onto at most three lines of the column's width,
        // so a long name ("People & Communications") is neither slanted out of the chart nor clipped.
        let headingLines = departments.map { Self.wrapped($0, to: max(6, Int((cellWidth - 8) / 7.6)), lines: 3) }
        let lineHeight = 16.0
        let headerHeight = 14 + lineHeight * Double(headingLines.map(\.count).max() ?? 1)
        let width = labelWidth + cellWidth * Double(departments.count) + 4
        let height = headerHeight + rowHeight * Double(groups.count) + 4
        let description = cells.map {
            "\($0.department) · \($0.group): \(catalog.percent($0.share)) (\($0.members)/\($0.known))"
        }.joined(separator: "; ")
        var svg = svgOpen(id: id, width: width, height: height,
                          title: title ?? message(.recommendedGroupsPerDepartment), description: description)
        for (column, department) in departments.enumerated() {
            let centre = labelWidth + cellWidth * (Double(column) + 0.5)
            let lines = headingLines[column]
            // The last line sits just above the cells; the lines above it go up.
            svg += "<g><title>\(Self.escape(department))</title>"
            for (index, line) in lines.enumerated() {
                let y = headerHeight - 9 - lineHeight * Double(lines.count - 1 - index)
                svg += text(line, x: centre, y: y, className: "label strong", anchor: "middle")
            }
            svg += "</g>"
        }
        for (row, group) in groups.enumerated() {
            let y = headerHeight + rowHeight * Double(row)
            svg += "<g><title>\(Self.escape(group))</title>" + text(Self.truncated(group, to: 42), x: labelWidth - 12, y: y + rowHeight / 2 + 5, className: "label", anchor: "end") + "</g>"
            for (column, department) in departments.enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                guard let cell = cells.first(where: { $0.department == department && $0.group == group }) else {
                    svg += "<g class=\"cell\"><title>\(Self.escape("\(department) · \(group): " + message(.notRecommended)))</title>"
                        + rect(x: x + gap, y: y + gap, width: cellWidth - 2 * gap, height: rowHeight - 2 * gap, className: "not-recommended", radius: 4) + "</g>"
                    continue
                }
                let percent = catalog.percent(cell.share)
                let tooltip = "\(department) · \(group): \(percent) (\(cell.members)/\(cell.known))"
                svg += "<g class=\"cell\"><title>\(Self.escape(tooltip))</title>"
                if let share = cell.share {
                    svg += "<rect x=\"\(Self.coordinate(x + gap))\" y=\"\(Self.coordinate(y + gap))\" width=\"\(Self.coordinate(cellWidth - 2 * gap))\" "
                        + "height=\"\(Self.coordinate(rowHeight - 2 * gap))\" rx=\"4\" fill=\"\(Self.heat(share))\"/>"
                    let ink = Self.prefersLightText(on: share) ? "on-dark" : "on-light"
                    svg += text(percent, x: x + cellWidth / 2, y: y + 20, className: "cell-value \(ink)", anchor: "middle")
                    let key = Self.cellKey(department, group)
                    svg += text((listed.contains(key) ? "✓ " : "") + "\(cell.members)/\(cell.known)", x: x + cellWidth / 2, y: y + 33,
                                className: "cell-count \(ink)", anchor: "middle")
                    if consider.contains(key) {
                        svg += rect(x: x + gap + 1, y: y + gap + 1, width: cellWidth - 2 * gap - 2, height: rowHeight - 2 * gap - 2, className: "consider", radius: 4)
                    }
                } else {
                    svg += rect(x: x + gap, y: y + gap, width: cellWidth - 2 * gap, height: rowHeight - 2 * gap, className: "unknown-cell", radius: 4)
                    svg += text("–", x: x + cellWidth / 2, y: y + rowHeight / 2 + 5, className: "cell-value on-light", anchor: "middle")
                }
                svg += "</g>"
            }
        }
        return svg + "</svg>"
    }

    /// One bar per key account: distinct connections there, the departments reaching it, white spots marked.
    func keyAccountChart(_ accounts: [KeyAccountReach]) -> String {
        let width = 1000.0, rowHeight = 50.0, labelWidth = 250.0, barWidth = 520.0
        let height = rowHeight * Double(accounts.count) + 6
        let largest = max(1, accounts.map(\.connections).max() ?? 1)
        let whiteSpot = message(.whiteSpot)
        let description = accounts.map { account in
            "\(account.name): " + catalog.text(one: .connectionsOne, other: .connectionsOther, count: account.connections) + ", "
                + (account.isWhiteSpot ? whiteSpot : account.departments.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
        }.joined(separator: "; ")
        var svg = svgOpen(id: "chart-key-accounts", width: width, height: height, title: message(.keyAccountReach), description: description)
        for (index, account) in accounts.enumerated() {
            let y = rowHeight * Double(index) + 3
            let departments = account.departments.map { "\($0.name) \($0.count)" }.joined(separator: " · ")
            let connections = catalog.text(one: .connectionsOne, other: .connectionsOther, count: account.connections)
            svg += "<g class=\"account\(account.isWhiteSpot ? " white-spot" : "")\"><title>\(Self.escape("\(account.name): \(connections) · " + (account.isWhiteSpot ? whiteSpot : departments)))</title>"
            svg += text(Self.truncated(account.name, to: 32), x: 0, y: y + 19, className: account.isWhiteSpot ? "label strong warn" : "label strong")
            if account.isWhiteSpot {
                svg += rect(x: labelWidth, y: y + 6, width: barWidth, height: 18, className: "spot-track", radius: 3)
            } else {
                svg += rect(x: labelWidth, y: y + 6, width: barWidth, height: 18, className: "track", radius: 3)
            }
            let barLength = account.connections == 0 ? 0 : max(3, barWidth * Double(account.connections) / Double(largest))
            if barLength > 0 { svg += rect(x: labelWidth, y: y + 6, width: barLength, height: 18, className: "reach", radius: 3) }
            svg += text(connections, x: labelWidth + barWidth + 12, y: y + 20, className: "value")
            if account.isWhiteSpot {
                svg += text("⚠ " + whiteSpot, x: labelWidth, y: y + 41, className: "small warn strong")
            } else {
                svg += text(Self.truncated(departments, to: 110), x: labelWidth, y: y + 41, className: "small muted")
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    // MARK: - Building blocks

    /// A table cell holding escaped HTML.
    struct Cell {
        var html: String
        var numeric = false
        var muted = false
        /// Prose (a suggestion, an error): wraps within a readable width, while the other cells keep to one line on a
        /// narrow screen and the table scrolls inside its card.
        var prose = false

        init(html: String, numeric: Bool = false, muted: Bool = false, prose: Bool = false) {
            self.html = html
            self.numeric = numeric
            self.muted = muted
            self.prose = prose
        }

        init(text: String, numeric: Bool = false, muted: Bool = false, prose: Bool = false) {
            self.init(html: WorkforceHTMLReporter.escape(text), numeric: numeric, muted: muted, prose: prose)
        }
    }

    /// A table whose first column heads its rows.
    ///
    /// Each data cell carries its column's heading in `data-label`, so that on a phone the stylesheet
    /// stacks a row into a card of labelled lines instead of a table that scrolls sideways.
    func table(_ headers: [Cell], _ rows: [[Cell]]) -> String {
        let labels = headers.map { $0.html.replacing(#/<[^>]*>/#, with: "") }
        func classes(_ cell: Cell) -> String {
            let names = (cell.numeric ? ["num"] : []) + (cell.muted ? ["muted"] : []) + (cell.prose ? ["prose"] : [])
            return names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\""
        }
        var html = "<div class=\"table\"><table><thead><tr>"
        html += headers.map { "<th scope=\"col\"\(classes($0))>\($0.html)</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let label = index < labels.count ? " data-label=\"\(labels[index])\"" : ""
                html += index == 0 ? "<th scope=\"row\"\(classes(cell))>\(cell.html)</th>" : "<td\(classes(cell))\(label)>\(cell.html)</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    func section(_ id: String, _ heading: String, _ content: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\"><h2 id=\"\(id)-heading\">\(Self.escape(heading))</h2>\(content)</section>"
    }

    func legendList(_ items: [(className: String, label: String)]) -> String {
        "<ul class=\"legend\">" + items.map { "<li><span class=\"swatch \($0.className)\"></span>\(Self.escape($0.label))</li>" }.joined() + "</ul>"
    }

    func more(_ count: Int) -> String {
        guard count > Self.listLimit else { return "" }
        return "<p class=\"hint\">" + Self.escape(message(.moreRows, ["count": catalog.integer(count - Self.listLimit)])) + "</p>"
    }

    /// `people` in the order of what the page shows first: the name (ignoring case and accents, numbers by value), else
    /// the id; the id breaks ties.
    static func byShownName(_ people: [EmployeeBrief]) -> [EmployeeBrief] {
        func shown(_ brief: EmployeeBrief) -> String { brief.name.flatMap { $0.isEmpty ? nil : $0 } ?? brief.id }
        return people.sorted { left, right in
            switch shown(left).compare(shown(right), options: [.caseInsensitive, .diacriticInsensitive, .numeric]) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return left.id < right.id
            }
        }
    }

    /// An employee's name with the id after it.
    func employee(_ brief: EmployeeBrief) -> String {
        guard let name = brief.name, !name.isEmpty else { return "<code>\(Self.escape(brief.id))</code>" }
        return "\(Self.escape(name)) <code>\(Self.escape(brief.id))</code>"
    }

    /// A rule's name with its id, or the id alone when the rule is not in the report.
    func ruleLabel(_ id: String, rules: [RuleTally]) -> Cell {
        guard let tally = rules.first(where: { $0.rule == id }), tally.name(in: language) != id else { return Cell(html: "<code>\(Self.escape(id))</code>") }
        return Cell(html: "\(Self.escape(tally.name(in: language))) <code>\(Self.escape(id))</code>")
    }

    /// A chart's opening tag. The chart shrinks with its card down to `minimumScale` of its size, so its 13 px text stays
    /// at least 9 px; below that (a phone) it keeps that width and scrolls inside its card (`.scroll`), and in print it
    /// shrinks to the page.
    func svgOpen(id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg class=\"chart\" id=\"\(id)\" viewBox=\"0 0 \(Self.coordinate(width)) \(Self.coordinate(height))\" "
            + "width=\"\(Self.coordinate(width))\" height=\"\(Self.coordinate(height))\" style=\"--chart-min:\(Self.coordinate((width * Self.minimumScale).rounded()))px\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(Self.escape(title))</title><desc id=\"\(id)-desc\">\(Self.escape(description))</desc>"
    }

    /// The smallest scale a chart is drawn at on screen.
    static let minimumScale = 0.7

    /// A chart in a box that scrolls sideways when the chart is wider than its card.
    func scrolling(_ svg: String) -> String {
        "<div class=\"scroll\">" + svg + "</div>"
    }

    func text(_ content: String, x: Double, y: Double, className: String, anchor: String? = nil) -> String {
        "<text class=\"\(className)\" x=\"\(Self.coordinate(x))\" y=\"\(Self.coordinate(y))\"" + (anchor.map { " text-anchor=\"\($0)\"" } ?? "")
            + ">\(Self.escape(content))</text>"
    }

    func rect(x: Double, y: Double, width: Double, height: Double, className: String, radius: Int) -> String {
        "<rect class=\"\(className)\" x=\"\(Self.coordinate(x))\" y=\"\(Self.coordinate(y))\" width=\"\(Self.coordinate(max(0, width)))\" "
            + "height=\"\(Self.coordinate(max(0, height)))\"" + (radius > 0 ? " rx=\"\(radius)\"" : "") + "/>"
    }

    var catalog: MessageCatalog { language.catalog }

    func message(_ id: MessageID, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalog.text(id, arguments)
    }

    /// `text` safe in HTML text, attributes and SVG: `&<>"'` escaped, control characters replaced.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            case "\r": output += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// `text` on one line, cut to `limit` characters with an ellipsis (chart labels; the full text is in the tooltip).
    static func truncated(_ text: String, to limit: Int) -> String {
        let line = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard line.count > limit else { return line }
        var cut = line.prefix(max(1, limit - 1))
        // Prefer to cut between words, unless that loses more than a third of the room.
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit * 2 / 3 {
            cut = cut[..<space]
        }
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// `text` wrapped between words onto at most `lines` lines of at most `limit` characters; what does not fit ends in
    /// an ellipsis (a word longer than a line is cut too).
    static func wrapped(_ text: String, to limit: Int, lines: Int) -> [String] {
        var result: [String] = []
        var current = ""
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        for (index, word) in words.enumerated() {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= limit {
                current = candidate
                continue
            }
            if !current.isEmpty { result.append(current) }
            current = word
            if result.count == lines - 1 {
                // The last line takes the rest, cut to fit.
                return result + [truncated(words[index...].joined(separator: " "), to: limit)]
            }
            if current.count > limit { current = truncated(current, to: limit) }
        }
        if !current.isEmpty { result.append(current) }
        return result.isEmpty ? [""] : result
    }

    /// A coordinate with at most one decimal, without a trailing `.0`.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// A round step for about four axis ticks up to `maximum`.
    static func niceStep(_ maximum: Int) -> Int {
        let raw = max(1, (maximum + 3) / 4)
        var magnitude = 1
        while magnitude * 10 <= raw { magnitude *= 10 }
        for factor in [1, 2, 5] where factor * magnitude >= raw { return factor * magnitude }
        return 10 * magnitude
    }

    /// The heat-map colour for a share: ColorBrewer's sequential Blues (colour-blind safe), light to dark.
    static func heat(_ share: Double) -> String {
        let stops: [(Int, Int, Int)] = [(0xF7, 0xFB, 0xFF), (0xDE, 0xEB, 0xF7), (0xC6, 0xDB, 0xEF), (0x9E, 0xCA, 0xE1), (0x6B, 0xAE, 0xD6),
                                         (0x42, 0x92, 0xC6), (0x21, 0x71, 0xB5), (0x08, 0x51, 0x9C), (0x08, 0x30, 0x6B)]
        let position = min(1, max(0, share)) * Double(stops.count - 1)
        let lower = min(stops.count - 2, Int(position))
        let fraction = position - Double(lower)
        func channel(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * fraction).rounded()) }
        let (r1, g1, b1) = stops[lower], (r2, g2, b2) = stops[lower + 1]
        return "#" + [channel(r1, r2), channel(g1, g2), channel(b1, b2)].map { value in
            let hex = String(value, radix: 16, uppercase: false)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// Whether white text reads better than dark ink on the heat-map colour for `share` (WCAG contrast ratios).
    static func prefersLightText(on share: Double) -> Bool {
        let hex = heat(share).dropFirst()
        guard let value = Int(hex, radix: 16) else { return false }
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear((value >> 16) & 0xFF) + 0.7152 * linear((value >> 8) & 0xFF) + 0.0722 * linear(value & 0xFF)
        let inkLuminance = 0.0227  // #1f2933
        return 1.05 / (luminance + 0.05) > (luminance + 0.05) / (inkLuminance + 0.05)
    }

    // Okabe–Ito colours (colour-blind safe) for categories, ColorBrewer Blues for the heat map.
    static let stylesheet = """
    :root{--ink:#1f2933;--muted:#52606d;--line:#e1e5ea;--bg:#f3f5f8;--card:#fff;--brand:#0b3954;\
    --blue:#0072b2;--sky:#56b4e9;--orange:#e69f00;--vermillion:#d55e00;--green:#009e73;--grey:#c3cad1}
    *{box-sizing:border-box}
    html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
    .wrap{max-width:1140px;margin:0 auto;padding:0 24px}
    .masthead{background:var(--brand);color:#fff;padding:28px 0 0;margin-bottom:24px}
    .masthead h1{margin:0;font-size:30px;line-height:1.2;overflow-wrap:anywhere}
    .masthead .eyebrow{margin:0 0 4px;text-transform:uppercase;letter-spacing:.08em;font-size:13px;color:#bcd7ea}
    .masthead .meta{margin:6px 0 16px;color:#d3e3ef;font-size:14px}
    .masthead nav{display:flex;flex-wrap:wrap;gap:4px 20px;border-top:1px solid rgba(255,255,255,.18);padding:10px 0}
    .masthead nav a{color:#fff;text-decoration:none;font-size:14px;opacity:.9}
    .masthead nav a:hover,.masthead nav a:focus{text-decoration:underline;opacity:1}
    section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin:0 0 20px}
    section#overview{background:none;border:0;padding:0}
    h2{margin:0 0 14px;font-size:21px;color:var(--brand)}
    h3{margin:22px 0 8px;font-size:16px}
    .panel h3{margin-top:0}
    .panel{min-width:0}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:12px}
    .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
    .card.alert{box-shadow:inset 0 4px 0 var(--vermillion)}
    .card .label{margin:0;color:var(--muted);font-size:13px;text-transform:uppercase;letter-spacing:.04em}
    .card .value{margin:2px 0 0;font-size:32px;font-weight:700;line-height:1.15}
    .card .note{margin:2px 0 0;color:var(--muted);font-size:13px}
    .levels .stack{display:flex;height:16px;border-radius:8px;overflow:hidden;background:#eef1f4;margin:8px 0 10px}
    .legend{list-style:none;margin:0 0 6px;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px;color:var(--ink)}
    .legend li{display:flex;align-items:center;gap:6px}
    .swatch{display:inline-block;width:14px;height:14px;border-radius:3px}
    .ramp{display:inline-block;width:90px;height:14px;border-radius:3px;background:linear-gradient(90deg,#f7fbff,#9ecae1,#4292c6,#08306b)}
    .lv-beginner,.band-low{background:var(--orange);fill:var(--orange)}
    .lv-intermediate,.band-mid{background:var(--sky);fill:var(--sky)}
    .lv-advanced,.band-high{background:var(--blue);fill:var(--blue)}
    .lv-all-star{background:var(--green);fill:var(--green)}
    .pass{background:var(--blue);fill:var(--blue)}
    .fail{background:var(--orange);fill:var(--orange)}
    .unknown{background:var(--grey);fill:var(--grey)}
    .unknown-cell{background:#eceff2;fill:#eceff2}
    .not-recommended{background:#fff;fill:#fff;stroke:#d5dae0;stroke-dasharray:4 3;border:1px dashed #c3cad1}
    figure{margin:0}
    figcaption{margin-top:8px;color:var(--muted);font-size:13px}
    .scroll{overflow-x:auto}
    svg.chart{display:block;max-width:100%;min-width:var(--chart-min,0);height:auto}
    svg.chart text{font-family:inherit;font-size:13px;fill:var(--ink)}
    svg.chart .axis{fill:var(--muted);font-size:12px}
    svg.chart .value{font-weight:700}
    svg.chart .strong{font-weight:700}
    svg.chart .muted{fill:var(--muted)}
    svg.chart .small{font-size:12px}
    svg.chart .warn{fill:#b34700}
    svg.chart .gridline{stroke:#e6e9ed;stroke-width:1}
    svg.chart .baseline{stroke:#9aa5b1;stroke-width:1}
    svg.chart .stripe{fill:#f7f9fb}
    svg.chart .track{fill:#eef1f4}
    svg.chart .reach{fill:var(--green)}
    svg.chart .spot-track{fill:#fdf0e6;stroke:var(--vermillion);stroke-width:1.5;stroke-dasharray:5 3}
    svg.chart .cell-value{font-weight:700;font-size:14px}
    svg.chart .cell-count{font-size:11px}
    svg.chart .on-dark{fill:#fff}
    svg.chart .on-light{fill:var(--ink)}
    .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr));gap:24px}
    .table + .grid{margin-top:20px}
    .figure{margin:0 0 4px;font-size:18px}
    .figure b{font-size:28px}
    .pct{display:inline-block;margin-left:6px;padding:1px 8px;border-radius:10px;background:#e3f0f9;color:#0b4f7c;font-size:15px;font-weight:700}
    .hint{margin:0 0 10px;color:var(--muted);font-size:13px}
    .empty{color:var(--muted);font-style:italic}
    .warn{color:#b34700;font-weight:700}
    .table{overflow-x:auto}
    table{width:100%;border-collapse:collapse;font-size:14px;margin:4px 0 8px}
    th,td{padding:7px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    thead th{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);border-bottom:2px solid var(--line);vertical-align:bottom}
    thead th.num{white-space:normal}
    .prose{min-width:14em}
    tbody th{font-weight:600}
    tbody tr:nth-child(even){background:#fafbfc}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    td.muted,th.muted,.muted{color:#8a96a3}
    code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px;color:var(--muted);overflow-wrap:anywhere}
    .nowrap{white-space:nowrap}
    .avg{display:inline-block;min-width:3.2em;font-weight:700;font-variant-numeric:tabular-nums}
    .meter{display:inline-block;vertical-align:middle;width:80px;height:8px;border-radius:4px;background:#eef1f4;overflow:hidden}
    .meter span{display:block;height:100%;background:var(--blue)}
    .meter.gain{width:200px}
    .amount{display:inline-block;min-width:7.5em;text-align:right}
    .meter.gain span{background:var(--green)}
    .tag{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:700;color:#1f2933}
    .tag.lv-advanced,.tag.lv-all-star{color:#fff}
    .up{color:#006b4f;font-weight:700}
    .down{color:#b34700;font-weight:700}
    footer{color:var(--muted);font-size:13px;padding-bottom:32px}
    svg.chart .consider{fill:none;stroke:var(--vermillion);stroke-width:3}
    .second-map{border-top:2px dashed var(--grey);margin-top:28px;padding-top:16px}
    .tag.marker{background:var(--brand);color:#fff;margin-right:8px;vertical-align:middle}
    .swatch.consider-cell{background:#fff;border:3px solid var(--vermillion)}
    @media screen and (max-width:640px){
    .wrap{padding:0 12px}
    section{padding:16px 14px}
    .masthead h1{font-size:24px}
    .table table,.table tbody,.table tr,.table tbody th,.table td{display:block;width:auto}
    .table table{min-width:0}
    .table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
    .table tr{padding:8px 0;border-bottom:1px solid var(--line)}
    .table tbody th{border:0;padding:0 0 4px}
    .table td{display:flex;justify-content:space-between;align-items:baseline;gap:12px;border:0;padding:2px 0;text-align:right;overflow-wrap:anywhere}
    .table td::before{content:attr(data-label);flex:0 0 auto;max-width:50%;color:var(--muted);font-size:12px;text-align:left}
    .table td.prose{display:block;text-align:left;min-width:0}
    .table td.prose::before{display:block;max-width:none}
    .meter.gain{width:90px}
    }
    @media print{
    body{background:#fff;font-size:11pt}
    .masthead{background:#fff;color:var(--ink);border-bottom:3px solid var(--brand);padding-top:0}
    .masthead .eyebrow,.masthead .meta{color:var(--muted)}
    .masthead nav{display:none}
    section{border:0;border-radius:0;padding:0;margin:0 0 18px}
    h2{border-bottom:1px solid var(--line);padding-bottom:4px}
    h2,h3{break-after:avoid}
    figure,.card,tr,.panel{break-inside:avoid}
    .table,.scroll{overflow:visible}
    svg.chart{min-width:0}
    table{font-size:8.5pt}
    th,td{padding:4px 3px}
    thead th{font-size:7.5pt;letter-spacing:0;text-transform:none}
    .avg{min-width:2.6em}
    .meter{width:28px}
    .meter.gain{width:90px}
    .amount{min-width:0}
    @page{size:A4;margin:14mm}
    }
    """
}
