/// A field of the canonical ``Profile`` that checks can read.
///
/// Field names are those of the project's profile JSON (`snake_case`, dotted into the current position).
public enum ProfileField: String, Sendable, CaseIterable, Codable {
    case name
    case headline
    case photo
    case about
    case location
    case industry
    case profileURL = "profile_url"
    case positions
    case currentPosition = "current_position"
    case currentPositionCompany = "current_position.company"
    case currentPositionTitle = "current_position.title"
    case currentPositionDescription = "current_position.description"
    case currentPositionLocation = "current_position.location"
    case pastPositions = "past_positions"
    case education
    case skills
    case languages
    case certifications
    case groups
    case connections
    case recommendations

    /// What kind of value the field holds, which decides the checks that apply to it.
    public enum ValueKind: String, Sendable {
        /// Text: presence, length, pattern.
        case text
        /// Yes or no: presence.
        case flag
        /// A whole number: presence, min/max value.
        case number
        /// A list: presence, min/max count.
        case list
    }

    /// The kind of value this field holds.
    public var valueKind: ValueKind {
        switch self {
        case .name, .headline, .about, .location, .industry, .profileURL,
             .currentPositionCompany, .currentPositionTitle, .currentPositionDescription, .currentPositionLocation:
            .text
        case .photo, .currentPosition:
            .flag
        case .connections, .recommendations:
            .number
        case .positions, .pastPositions, .education, .skills, .languages, .certifications, .groups:
            .list
        }
    }

    /// The field a missing value is reported at when this one has no location of its own.
    public var parent: ProfileField? {
        switch self {
        case .currentPositionCompany, .currentPositionTitle, .currentPositionDescription, .currentPositionLocation:
            .currentPosition
        case .currentPosition, .pastPositions:
            .positions
        default:
            nil
        }
    }
}

/// The value of a ``ProfileField`` as checks see it.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([String])

    /// Whether the value counts as filled in.
    public var isFilled: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .number(let number): number > 0
        case .list(let items): !items.isEmpty
        }
    }
}

extension Profile {
    /// The value of a field as a fact.
    public func value(of field: ProfileField) -> Fact<FieldValue> {
        switch field {
        case .name: name.map(FieldValue.text)
        case .headline: headline.map(FieldValue.text)
        case .photo: photo.map(FieldValue.flag)
        case .about: about.map(FieldValue.text)
        case .location: location.map(FieldValue.text)
        case .industry: industry.map(FieldValue.text)
        case .profileURL: profileURL.map(FieldValue.text)
        case .positions: positions.map { .list($0.map { $0.title ?? $0.company ?? "" }) }
        case .currentPosition: currentPosition.map { _ in .flag(true) }
        case .currentPositionCompany: Self.text(currentPosition, \.company)
        case .currentPositionTitle: Self.text(currentPosition, \.title)
        case .currentPositionDescription: Self.text(currentPosition, \.description)
        case .currentPositionLocation: Self.text(currentPosition, \.location)
        case .pastPositions: pastPositions.map { .list($0.map { $0.title ?? $0.company ?? "" }) }
        case .education: education.map { .list($0.map { $0.school ?? "" }) }
        case .skills: skills.map(FieldValue.list)
        case .languages: languages.map { .list($0.map(\.name)) }
        case .certifications: certifications.map { .list($0.map(\.name)) }
        case .groups: groups.map(FieldValue.list)
        case .connections: connectionCount.map(FieldValue.number)
        case .recommendations: recommendations.map(FieldValue.number)
        }
    }

    private static func text(_ position: Fact<Position>, _ keyPath: KeyPath<Position, String?>) -> Fact<FieldValue> {
        switch position {
        case .unknown: .unknown
        case .absent: .absent
        case .present(let position): Fact.text(position[keyPath: keyPath]).map(FieldValue.text)
        }
    }

    /// Where a field was read, or the nearest parent that was.
    public func location(of field: ProfileField) -> SourceLocation? {
        if field.parent == .currentPosition || field == .currentPosition, let position = currentPosition.value {
            let key = field == .currentPosition ? "" : String(field.rawValue.dropFirst("current_position.".count))
            if let location = position.sources[key] ?? position.sources[""] { return location }
        }
        var current: ProfileField? = field
        while let field = current {
            if let location = sourceMap[field.rawValue] { return location }
            current = field.parent
        }
        return sourceMap[""]
    }
}
