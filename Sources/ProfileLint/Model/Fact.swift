/// One fact about a profile, which a source may know, know to be empty, or not carry at all.
///
/// The distinction matters for fairness: a JSON Resume cannot say how many connections someone
/// has, so the `connections` rule is `unknown` for it rather than failing.
public enum Fact<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The source does not carry this fact.
    case unknown
    /// The source carries this fact and says it is empty.
    case absent
    /// The source carries this fact with a value.
    case present(Value)

    /// The value when present.
    public var value: Value? {
        if case .present(let value) = self { return value }
        return nil
    }

    /// Whether the source carries this fact (present or absent).
    public var isKnown: Bool {
        if case .unknown = self { return false }
        return true
    }

    /// Maps a present value, keeping `unknown` and `absent` as they are.
    public func map<Other>(_ transform: (Value) -> Other) -> Fact<Other> {
        switch self {
        case .unknown: .unknown
        case .absent: .absent
        case .present(let value): .present(transform(value))
        }
    }
}

extension Fact where Value == String {
    /// A text fact from an optional string: blank text counts as absent.
    public static func text(_ string: String?) -> Fact<String> {
        guard let string else { return .absent }
        let trimmed = string.trimmingWhitespace()
        return trimmed.isEmpty ? .absent : .present(trimmed)
    }
}

extension Fact where Value: Collection {
    /// A list fact: an empty collection counts as absent.
    public static func list(_ items: Value) -> Fact<Value> {
        items.isEmpty ? .absent : .present(items)
    }
}
