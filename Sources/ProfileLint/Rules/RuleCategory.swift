/// What a rule is about, and which score of a report it counts toward.
///
/// Every report has one score per category besides the overall score. The level (beginner …
/// All-Star) is LinkedIn's profile-strength definition and rests on the completeness rules only, so a
/// weak quality or organisation score never lowers it.
public enum RuleCategory: String, Sendable, CaseIterable, Codable {
    /// Whether the profile has what LinkedIn's profile strength asks for (photo, headline, positions …).
    case completeness
    /// Whether what is there reads well (results, action, no buzzwords).
    case quality
    /// Whether the profile serves the organisation (employer named, recommended groups joined).
    case organisation

    /// The category of a rule file without a `category` key (users' rules; the shipped rules name theirs).
    public static let `default` = RuleCategory.completeness

    /// The position in ``allCases``.
    var index: Int {
        switch self {
        case .completeness: 0
        case .quality: 1
        case .organisation: 2
        }
    }

    /// The category's name in `language`, from the message catalog.
    public func name(in language: ReportLanguage) -> String {
        let catalog = language.catalog
        switch self {
        case .completeness: return catalog.text(.categoryCompleteness)
        case .quality: return catalog.text(.categoryQuality)
        case .organisation: return catalog.text(.categoryOrganisation)
        }
    }
}
