/// A profile card (`check --share card.json`): what the rules read of a profile and what they found,
/// without the profile's texts, so that an employee can send it to HR instead of an export.
///
/// It carries each field's state as the checks see it (unknown `null`, `"absent"`, a text's length, a
/// list's count, a number, a set flag), the headline, the profile URL, whether the headline repeats the job title, the current employer as spelt,
/// the groups, the connections as counts per company, and the rule results, score and level. No
/// other free text, no name, no contact data, no connection's name. `batch` reads cards like any
/// other input (``ProfileCardImporter``); the schema is `Sources/ProfileLint/Formats/profile-card.schema.json`.
public enum ProfileCard {
    /// The card format's version, `profilelint_card` in every card.
    public static let version = 1

    /// The fields a card records the state of, in card order.
    static let fields: [ProfileField] = ProfileField.allCases

    /// The card of `profile` as `report` found it, as JSON text.
    public static func card(for profile: Profile, report: ProfileReport) -> String {
        let view = ProfileView(profile)
        var facts: [(String, JSONOutput)] = []
        for field in fields {
            facts.append((field.rawValue, fact(field, view)))
        }
        var companies: [String: Int] = [:]
        var order: [String] = []
        var withoutCompany = 0
        for connection in profile.connections {
            guard let company = connection.company?.trimmingWhitespace(), !company.isEmpty else {
                withoutCompany += 1
                continue
            }
            if companies[company] == nil { order.append(company) }
            companies[company, default: 0] += 1
        }
        let ranked = order.sorted { (companies[$0] ?? 0, $1) > (companies[$1] ?? 0, $0) }
        let card: JSONOutput = .object([
            ("profilelint_card", .int(version)),
            ("generator", .string("profilelint \(ProfileLintVersion.current)")),
            ("employee_id", .optional(profile.employeeID)),
            ("department", .optional(profile.department)),
            ("profile_url", .optional(profile.profileURL.value)),
            ("headline", .optional(profile.headline.value)),
            ("current_employer", .optional(view.currentPosition.value?.company)),
            // What `differs-from` compares, without the job title itself.
            ("current_title_repeats_headline", .bool(titleRepeatsHeadline(view))),
            ("groups", profile.groups.isKnown ? .array((profile.groups.value ?? []).map(JSONOutput.string)) : .null),
            ("connections", .object([
                ("companies", .array(ranked.map { .object([("company", .string($0)), ("count", .int(companies[$0] ?? 0))]) })),
                ("without_company", .int(withoutCompany)),
            ])),
            ("facts", .object(facts)),
            ("results", .array(report.results.map { .object([("rule", .string($0.rule)), ("status", .string($0.status.rawValue))]) })),
            ("score", .int(report.score)),
            ("level", .optional(report.assessment.standing == .assessable ? report.level.rawValue : nil)),
        ])
        return card.rendered() + "\n"
    }

    /// Whether the headline only repeats the current job title (compared as `differs-from` does).
    static func titleRepeatsHeadline(_ view: ProfileView) -> Bool {
        guard view.state(of: .headline) == .present, view.state(of: .currentPositionTitle) == .present else { return false }
        let title = view.text(of: .currentPositionTitle)
        return !title.hasNoLooseWords && view.text(of: .headline).looselyEquals(title)
    }

    /// A field as the card records it.
    static func fact(_ field: ProfileField, _ view: ProfileView) -> JSONOutput {
        switch view.state(of: field) {
        case .unknown: return .null
        case .absent: return .string("absent")
        case .present:
            switch field.valueKind {
            case .text: return .int(view.length(of: field))
            case .flag: return .bool(view.measure(field).filled)
            case .number, .list: return .int(view.measure(field).count)
            case .date: return view.date(of: field).map { .string($0.description) } ?? .null
            }
        }
    }
}
