extension WorkforceTextReporter {
    /// The run history as a table: one row per department, one column per recorded run (oldest
    /// first), each cell the average score and the share naming the employer.
    func history(_ runs: [HistoryRun]) -> [String] {
        let catalog = language.catalog
        var lines = ["", catalog.text(.historyHeading)]
        if runs.count < 2 { lines.append("  " + catalog.text(.historyFirstRun)) }
        let names = runs.departmentNames
        let cells = names.map { name in
            runs.map { run -> String in
                guard let point = run.departments.first(where: { $0.department == name }), point.hasFigures else { return "–" }
                return point.formatted(catalog)
            }
        }
        let nameWidth = Self.width(names, minimum: 22)
        let cellWidth = Self.width(cells.joined() + runs.map(\.date.iso), minimum: 14)
        lines.append("  " + Self.padded(catalog.text(.departmentHeading), nameWidth) + runs.map { Self.padded($0.date.iso, cellWidth) }.joined())
        for (name, row) in zip(names, cells) {
            lines.append("  " + Self.padded(name, nameWidth) + row.map { Self.padded($0, cellWidth) }.joined())
        }
        lines.append("  " + catalog.text(.historyCellLegend))
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
    }
}
