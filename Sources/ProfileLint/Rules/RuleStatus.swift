/// The outcome of a rule or check on one profile.
public enum RuleStatus: String, Sendable, Codable, CaseIterable {
    case pass
    case fail
    case unknown
}
