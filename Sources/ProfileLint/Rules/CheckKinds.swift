/// Every kind of check rule files can use: one line per kind, in the order the documentation lists them.
///
/// The rule loader looks a check's name up here; the rule reference and the README table are
/// generated from here; the check kinds' examples test runs every kind listed here.
package enum CheckKinds {
    static let all: [any CheckKind.Type] = [
        PresentCheck.self,
        MinLengthCheck.self,
        MaxLengthCheck.self,
        MinCountCheck.self,
        MaxCountCheck.self,
        MinValueCheck.self,
        MaxValueCheck.self,
        PatternCheck.self,
        NotPatternCheck.self,
        NotInCapitalsCheck.self,
        DiffersFromCheck.self,
        AllCheck.self,
        AnyCheck.self,
        NotCheck.self,
        EmployerNamedCheck.self,
        GroupsJoinedCheck.self,
        NoPhrasesCheck.self,
        AnyPhrasesCheck.self,
        MinResultsCheck.self,
        MinShareActionCheck.self,
        PrefixCheck.self,
        MatchesDefaultURLCheck.self,
        RecentCheck.self,
    ]

    /// The kind called `name` in rule files.
    static func named(_ name: String) -> (any CheckKind.Type)? {
        all.first { $0.name == name }
    }

    /// The names of the kinds, as written in rule files.
    package static var names: [String] {
        all.map { $0.name }
    }

    /// Each kind's documentation row, in registry order.
    package static var documentation: [CheckKindDocumentation] {
        all.map { kind in
            var row = kind.documentation
            row.name = kind.name
            return row
        }
    }
}
