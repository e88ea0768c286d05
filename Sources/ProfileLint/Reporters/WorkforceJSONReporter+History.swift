extension WorkforceJSONReporter {
    /// The `history` block: every recorded run, oldest first, each with its `date` and, per department,
    /// `average_score` and `employer_named_share`.
    static func history(_ runs: [HistoryRun]) -> JSONOutput {
        .array(runs.map { run in
            .object([
                ("date", .string(run.date.iso)),
                ("departments", .object(run.departments.map { point in
                    (point.department, .object([("average_score", score(point.averageScore)), ("employer_named_share", share(point.employerNamedShare))]))
                })),
            ])
        })
    }
}
