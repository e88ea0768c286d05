extension WorkforceHTMLReporter {
    /// The run history: one small line chart per department of the average score and the share naming
    /// the employer over every recorded run, both on a 0–100 scale, with the figures as a table below.
    func historySection(_ runs: [HistoryRun]) -> String {
        let catalog = language.catalog
        var html = "<p class=\"hint\">" + Self.escape(catalog.text(.historyNote)) + "</p>"
        if runs.count < 2 { html += "<p class=\"hint\">" + Self.escape(catalog.text(.historyFirstRun)) + "</p>" }
        html += legendList([("history-score-swatch", catalog.text(.historyScoreSeries)), ("history-share-swatch", catalog.text(.historyShareSeries))])
        let names = runs.departmentNames
        html += "<div class=\"history-charts\">"
        for (index, name) in names.enumerated() {
            html += "<figure class=\"panel scroll\"><h3>\(Self.escape(name))</h3>" + historyChart(runs, department: name, index: index) + "</figure>"
        }
        html += "</div>"
        let headers = [Cell(text: catalog.text(.departmentHeading))] + runs.map { Cell(text: $0.date.formatted(catalog), numeric: true) }
        let rows = names.map { name in
            [Cell(text: name)] + runs.map { run in
                guard let point = run.departments.first(where: { $0.department == name }), point.hasFigures else { return Cell(text: "–", numeric: true, muted: true) }
                return Cell(text: point.formatted(catalog), numeric: true)
            }
        }
        html += table(headers, rows) + "<p class=\"hint\">" + Self.escape(catalog.text(.historyCellLegend)) + "</p>"
        return section("history", catalog.text(.historyHeading), html)
    }

    /// One department's chart: runs evenly spaced left to right, a solid line for the average score and
    /// a dashed one for the share naming the employer; a run without a figure breaks its line.
    func historyChart(_ runs: [HistoryRun], department: String, index: Int) -> String {
        let catalog = language.catalog
        let width = 340.0, height = 210.0, left = 36.0, right = 16.0, top = 14.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let points = runs.map { run in run.departments.first { $0.department == department } }
        func x(_ position: Int) -> Double {
            runs.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(position) / Double(runs.count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - max(0, min(100, value)) / 100) }
        let description = catalog.text(.historyChartDescription, ["department": department, "first": runs.first?.date.formatted(catalog) ?? "",
                                                                  "last": runs.last?.date.formatted(catalog) ?? ""])
        var svg = svgOpen(id: "chart-history-\(index + 1)", width: width, height: height, title: department, description: description)
        for tick in stride(from: 0, through: 100, by: 25) {
            let tickY = y(Double(tick))
            svg += "<line class=\"gridline\" x1=\"\(Self.coordinate(left))\" y1=\"\(Self.coordinate(tickY))\" x2=\"\(Self.coordinate(width - right))\" y2=\"\(Self.coordinate(tickY))\"/>"
            svg += text("\(tick)", x: left - 8, y: tickY + 4, className: "axis", anchor: "end")
        }
        svg += "<line class=\"baseline\" x1=\"\(Self.coordinate(left))\" y1=\"\(Self.coordinate(y(0)))\" x2=\"\(Self.coordinate(width - right))\" y2=\"\(Self.coordinate(y(0)))\"/>"
        // Dates under the first and last run, and under every run when they fit.
        let labelled = runs.count <= 3 ? Array(runs.indices) : [0, runs.count - 1]
        for position in labelled {
            let anchor = runs.count < 2 ? "middle" : position == 0 ? "start" : position == runs.count - 1 ? "end" : "middle"
            svg += text(runs[position].date.iso, x: x(position), y: height - 14, className: "axis", anchor: anchor)
        }
        let series: [(className: String, value: (HistoryPoint) -> Double?)] = [
            ("history-share", { $0.employerNamedShare.map { $0 * 100 } }),
            ("history-score", { $0.averageScore }),
        ]
        for (className, value) in series {
            var segment: [String] = []
            func flush() {
                if segment.count > 1 { svg += "<polyline class=\"\(className)\" points=\"\(segment.joined(separator: " "))\"/>" }
                segment = []
            }
            for (position, point) in points.enumerated() {
                guard let point, let figure = value(point) else { flush(); continue }
                segment.append(Self.coordinate(x(position)) + "," + Self.coordinate(y(figure)))
            }
            flush()
        }
        for (position, point) in points.enumerated() {
            guard let point, point.hasFigures else { continue }
            let label = runs[position].date.formatted(catalog) + ": " + point.formatted(catalog)
            svg += "<g><title>\(Self.escape(label))</title>"
            if let share = point.employerNamedShare {
                svg += "<circle class=\"history-share-dot\" cx=\"\(Self.coordinate(x(position)))\" cy=\"\(Self.coordinate(y(share * 100)))\" r=\"3.5\"/>"
            }
            if let score = point.averageScore {
                svg += "<circle class=\"history-score-dot\" cx=\"\(Self.coordinate(x(position)))\" cy=\"\(Self.coordinate(y(score)))\" r=\"4\"/>"
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// The history charts' styles.
    static let historyStylesheet = """
    .history-charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr));gap:16px;margin:8px 0 16px}
    .history-score-swatch{background:var(--blue)}
    .history-share-swatch{background:var(--vermillion)}
    svg.chart .history-score{fill:none;stroke:var(--blue);stroke-width:2.5}
    svg.chart .history-share{fill:none;stroke:var(--vermillion);stroke-width:2;stroke-dasharray:6 4}
    svg.chart .history-score-dot{fill:var(--blue)}
    svg.chart .history-share-dot{fill:#fff;stroke:var(--vermillion);stroke-width:2}
    """
}
