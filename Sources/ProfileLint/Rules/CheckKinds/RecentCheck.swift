/// `recent`: a dated fact (the profile photo's upload) is no older than an age, on the report's
/// day (today, or `SOURCE_DATE_EPOCH`'s).
struct RecentCheck: CheckKind {
    static let name = "recent"
    static let documentation = CheckKindDocumentation(
        parameters: "`field` (date), `years` or `months` (at least 1)",
        passes: "the date is no more than `years` years (or `months` months) before the report's day (today, or the day of `SOURCE_DATE_EPOCH`); a date known only to the month or year counts from its last day; unknown when the date is",
        fieldKinds: [.date]
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "recent: {field: photo_uploaded, years: 4}",
                  passing: [#"{"photo": true, "photo_uploaded": "2099-01-15"}"#],
                  failing: [#"{"photo": true, "photo_uploaded": "2012-04"}"#],
                  unknown: [#"{"photo": true}"#, #"{"photo_uploaded": null}"#]),
            .init(check: "recent: {field: photo_uploaded, months: 6}",
                  passing: [#"{"photo_uploaded": "2099"}"#], failing: [#"{"photo_uploaded": "2001-01-01"}"#]),
        ],
        rejected: [
            .init(check: "recent: {field: photo_uploaded}", error: "give the age as 'years' or 'months'"),
            .init(check: "recent: {field: photo_uploaded, years: 0}", error: "expected a whole number of at least 1"),
            .init(check: "recent: {field: headline, years: 4}", error: "'headline' is a text field; this check needs a date field"),
        ]
    )

    var field: ProfileField
    /// The age in months.
    var months: Int

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> RecentCheck {
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedFieldAndAge)) }
        try reader.onlyKeys(argument, path, ["field", "years", "months"])
        let field = try reader.requiredField(argument, path, kind: .date)
        let ages = [("years", 12), ("months", 1)].compactMap { key, factor in argument[key].map { (key, $0, factor) } }
        guard ages.count == 1, let (key, value, factor) = ages.first else {
            throw reader.error(argument, path, CatalogMessage(.errorAgeYearsOrMonths))
        }
        guard let number = value.int, number >= 1, number <= 1200 else { throw reader.error(value, path + "." + key, CatalogMessage(.errorExpectedPositive)) }
        return RecentCheck(field: field, months: number * factor)
    }

    var fields: [ProfileField] { [field] }

    var renderedLines: [String] {
        months % 12 == 0 ? ["recent: {field: \(field.rawValue), years: \(months / 12)}"] : ["recent: {field: \(field.rawValue), months: \(months)}"]
    }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(DateRecency(field: field, months: months, today: builder.today), field: field, whenAbsent: false, unknownWhenAbsent: true)
    }
}

/// Whether a present date is no older than `months` on `today`.
struct DateRecency: CheckPredicate {
    var field: ProfileField
    var months: Int
    var today: ReportDate

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        guard let date = profile.date(of: field) else { return false }
        // The date's last possible day: a year alone counts from December, a month from its last day.
        let month = date.month ?? 12
        let monthsBack = (today.year - date.year) * 12 + (today.month - month)
        if monthsBack < months { return true }
        if monthsBack > months { return false }
        let day = date.day ?? ReportDate.days(inMonth: month, of: date.year)
        return today.day <= day
    }
}

extension ReportDate {
    /// The report day of this process (``current(environment:now:)``), read once: the default day of
    /// checks compiled without one.
    static let processDay = ReportDate.current()
}
