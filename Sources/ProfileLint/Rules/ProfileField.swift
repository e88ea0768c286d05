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
    /// A list, by its number of items (checks only count lists).
    case list(count: Int)

    /// Whether the value counts as filled in.
    public var isFilled: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .number(let number): number > 0
        case .list(let count): count > 0
        }
    }
}

/// A profile prepared for evaluation: facts derived from several fields (the current position,
/// the past positions) are worked out once per profile, not once per check.
///
/// A class, so that handing the view to every check and message costs one reference count rather
/// than one per text the profile holds.
public final class ProfileView: Sendable {
    /// The profile.
    public let profile: Profile
    /// Its current position.
    public let currentPosition: Fact<Position>
    /// Its number of past positions.
    public let pastPositionCount: Fact<Int>
    /// The current position's texts, as facts.
    private let currentTexts: (company: Fact<FieldValue>, title: Fact<FieldValue>, description: Fact<FieldValue>, location: Fact<FieldValue>)

    /// Prepares `profile`.
    public init(_ profile: consuming Profile) {
        self.profile = profile
        currentPosition = self.profile.currentPosition
        switch currentPosition {
        case .unknown: currentTexts = (.unknown, .unknown, .unknown, .unknown)
        case .absent: currentTexts = (.absent, .absent, .absent, .absent)
        case .present(let position):
            currentTexts = (Fact.text(position.company).map(FieldValue.text), Fact.text(position.title).map(FieldValue.text),
                            Fact.text(position.description).map(FieldValue.text), Fact.text(position.location).map(FieldValue.text))
        }
        switch self.profile.positions {
        case .unknown: pastPositionCount = .unknown
        case .absent: pastPositionCount = .absent
        case .present(let positions):
            var count = 0
            for index in positions.indices where positions[index].end != nil { count += 1 }
            pastPositionCount = count == 0 ? .absent : .present(count)
        }
    }

    /// The value of a field as a fact.
    public func value(of field: ProfileField) -> Fact<FieldValue> {
        switch field {
        case .name: profile.name.map(FieldValue.text)
        case .headline: profile.headline.map(FieldValue.text)
        case .photo: profile.photo.map(FieldValue.flag)
        case .about: profile.about.map(FieldValue.text)
        case .location: profile.location.map(FieldValue.text)
        case .industry: profile.industry.map(FieldValue.text)
        case .profileURL: profile.profileURL.map(FieldValue.text)
        case .positions: profile.positions.map { .list(count: $0.count) }
        case .currentPosition: currentPosition.map { _ in .flag(true) }
        case .currentPositionCompany: currentTexts.company
        case .currentPositionTitle: currentTexts.title
        case .currentPositionDescription: currentTexts.description
        case .currentPositionLocation: currentTexts.location
        case .pastPositions: pastPositionCount.map { .list(count: $0) }
        case .education: profile.education.map { .list(count: $0.count) }
        case .skills: profile.skills.map { .list(count: $0.count) }
        case .languages: profile.languages.map { .list(count: $0.count) }
        case .certifications: profile.certifications.map { .list(count: $0.count) }
        case .groups: profile.groups.map { .list(count: $0.count) }
        case .connections: profile.connectionCount.map(FieldValue.number)
        case .recommendations: profile.recommendations.map(FieldValue.number)
        }
    }
}

extension ProfileView {
    /// Where a field was read, or the nearest parent that was.
    public func location(of field: ProfileField) -> SourceLocation? {
        if field.parent == .currentPosition || field == .currentPosition, let position = currentPosition.value {
            let key = field == .currentPosition ? "" : String(field.rawValue.dropFirst("current_position.".count))
            if let location = position.sources[key] ?? position.sources[""] { return location }
        }
        var current: ProfileField? = field
        while let field = current {
            if let location = profile.sourceMap[field.rawValue] { return location }
            current = field.parent
        }
        return profile.sourceMap[""]
    }
}
