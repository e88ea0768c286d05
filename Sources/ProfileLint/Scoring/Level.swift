/// A profile's level, after LinkedIn's profile-strength levels.
public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
    case beginner
    case intermediate
    case advanced
    case allStar = "all-star"

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

    /// The level for a score: all-star needs every All-Star criterion to pass and a score of at least 80.
    public static func forScore(_ score: Int, allStarCriteriaPass: Bool) -> Level {
        if score >= 80 { return allStarCriteriaPass ? .allStar : .advanced }
        if score >= 50 { return .intermediate }
        return .beginner
    }
}
