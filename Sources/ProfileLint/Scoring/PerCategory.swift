/// One value per ``RuleCategory``, stored in three fields (no dictionary, no allocation): a profile's
/// ``CategoryScores`` and a workforce's ``CategoryAverages``.
public struct PerCategory<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The completeness rules', on which the level rests.
    public var completeness: Value
    /// The quality rules'.
    public var quality: Value
    /// The organisation rules'.
    public var organisation: Value

    /// Creates the three values.
    public init(completeness: Value, quality: Value, organisation: Value) {
        self.completeness = completeness
        self.quality = quality
        self.organisation = organisation
    }

    /// The value of `category`.
    public subscript(category: RuleCategory) -> Value {
        get {
            switch category {
            case .completeness: completeness
            case .quality: quality
            case .organisation: organisation
            }
        }
        set {
            switch category {
            case .completeness: completeness = newValue
            case .quality: quality = newValue
            case .organisation: organisation = newValue
            }
        }
    }
}
