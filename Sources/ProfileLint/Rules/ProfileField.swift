/// A field of the canonical ``Profile`` that checks can read.
///
/// Field names are those of the project's profile JSON (`snake_case`, dotted into the current position).
public enum ProfileField: String, Sendable, CaseIterable, Codable {
    case name
    case headline
    case photo
    case photoUploaded = "photo_uploaded"
    case backgroundPhoto = "background_photo"
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
        /// “a text field”, “a list field”, for errors.
        var message: CatalogMessage {
            switch self {
            case .text: CatalogMessage(.fieldKindText)
            case .flag: CatalogMessage(.fieldKindFlag)
            case .number: CatalogMessage(.fieldKindNumber)
            case .list: CatalogMessage(.fieldKindList)
            case .date: CatalogMessage(.fieldKindDate)
            }
        }

        /// Text: presence, length, pattern.
        case text
        /// Yes or no: presence.
        case flag
        /// A whole number: presence, min/max value.
        case number
        /// A list: presence, min/max count.
        case list
        /// A day, month or year: presence, recency.
        case date
    }

    /// The kind of value this field holds.
    public var valueKind: ValueKind {
        switch self {
        case .name, .headline, .about, .location, .industry, .profileURL,
             .currentPositionCompany, .currentPositionTitle, .currentPositionDescription, .currentPositionLocation:
            .text
        case .photo, .backgroundPhoto, .currentPosition:
            .flag
        case .photoUploaded:
            .date
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
        case .photoUploaded:
            .photo
        default:
            nil
        }
    }
}

/// The value of a ``ProfileField`` as checks see it.
package enum FieldValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    /// A list, by its number of items (checks only count lists).
    case list(count: Int)
    /// A date.
    case date(PartialDate)

    /// The value as text: a number or count in digits, a flag as `true` or `false`.
    public var text: String {
        switch self {
        case .text(let text): text
        case .list(let count): String(count)
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .date(let date): date.description
        }
    }

    /// Whether the value counts as filled in.
    public var isFilled: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .number(let number): number > 0
        case .list(let count): count > 0
        case .date: true
        }
    }
}

/// A profile prepared for evaluation: facts derived from several fields (the current position,
/// the past positions) are worked out once per profile, not once per check.
///
/// A class, so that handing the view to every check and message costs one reference count rather
/// than one per text the profile holds.
package final class ProfileView: Sendable {
    /// The profile.
    public let profile: Profile
    /// Its current position.
    public let currentPosition: Fact<Position>
    /// Its number of past positions.
    public let pastPositionCount: Fact<Int>
    /// The current position's texts, as facts.
    private let currentTexts: (company: Fact<String>, title: Fact<String>, description: Fact<String>, location: Fact<String>)

    /// Prepares `profile`.
    public init(_ profile: consuming Profile) {
        (currentPosition, currentTexts, pastPositionCount) = Self.derived(from: profile)
        self.profile = profile
    }

    /// What the view works out once, from a borrowed profile: reading the parameter (or the stored
    /// profile through `self`) in the initialiser would copy the whole profile, a reference count per text.
    private static func derived(from profile: borrowing Profile)
        -> (Fact<Position>, (company: Fact<String>, title: Fact<String>, description: Fact<String>, location: Fact<String>), Fact<Int>) {
        let currentPosition = profile.currentPosition
        let currentTexts: (company: Fact<String>, title: Fact<String>, description: Fact<String>, location: Fact<String>)
        switch currentPosition {
        case .unknown: currentTexts = (.unknown, .unknown, .unknown, .unknown)
        case .absent: currentTexts = (.absent, .absent, .absent, .absent)
        case .present(let position):
            currentTexts = (Fact.text(position.company), Fact.text(position.title), Fact.text(position.description), Fact.text(position.location))
        }
        let pastPositionCount: Fact<Int>
        switch profile.positions {
        case .unknown: pastPositionCount = .unknown
        case .absent: pastPositionCount = .absent
        case .present(let positions):
            var count = 0
            for index in positions.indices where positions[index].end != nil { count += 1 }
            pastPositionCount = count == 0 ? .absent : .present(count)
        }
        return (currentPosition, currentTexts, pastPositionCount)
    }

    /// The value of a field as a fact.
    public func value(of field: ProfileField) -> Fact<FieldValue> {
        if let text = withText(field, { $0 }) { return text.map(FieldValue.text) }
        switch field {
        case .photo: return profile.photo.map(FieldValue.flag)
        case .photoUploaded: return profile.photoUploaded.map(FieldValue.date)
        case .backgroundPhoto: return profile.backgroundPhoto.map(FieldValue.flag)
        case .currentPosition: return currentPosition.map { _ in .flag(true) }
        case .connections: return profile.connectionCount.map(FieldValue.number)
        case .recommendations: return profile.recommendations.map(FieldValue.number)
        default: return listCount(field).map { .list(count: $0) }
        }
    }

    // The accessors below read a field where it is stored: going through `value(of:)` would copy
    // its text into a new fact (a reference count each way) for every check that reads it.

    /// Whether a field is unknown, absent or present.
    func state(of field: ProfileField) -> FactState {
        switch field {
        case .name: profile.name.state
        case .headline: profile.headline.state
        case .photo: profile.photo.state
        case .photoUploaded: profile.photoUploaded.state
        case .backgroundPhoto: profile.backgroundPhoto.state
        case .about: profile.about.state
        case .location: profile.location.state
        case .industry: profile.industry.state
        case .profileURL: profile.profileURL.state
        case .positions: profile.positions.state
        case .currentPosition: currentPosition.state
        case .currentPositionCompany: currentTexts.company.state
        case .currentPositionTitle: currentTexts.title.state
        case .currentPositionDescription: currentTexts.description.state
        case .currentPositionLocation: currentTexts.location.state
        case .pastPositions: pastPositionCount.state
        case .education: profile.education.state
        case .skills: profile.skills.state
        case .languages: profile.languages.state
        case .certifications: profile.certifications.state
        case .groups: profile.groups.state
        case .connections: profile.connectionCount.state
        case .recommendations: profile.recommendations.state
        }
    }

    /// What the count, value and presence checks see of a present field (``FieldValue/isFilled``,
    /// its count and its number).
    func measure(_ field: ProfileField) -> FieldMeasure {
        switch field {
        case .name: FieldMeasure(text: profile.name)
        case .headline: FieldMeasure(text: profile.headline)
        case .photo: FieldMeasure(flag: profile.photo.value ?? false)
        case .photoUploaded: FieldMeasure(flag: profile.photoUploaded.isPresent)
        case .backgroundPhoto: FieldMeasure(flag: profile.backgroundPhoto.value ?? false)
        case .about: FieldMeasure(text: profile.about)
        case .location: FieldMeasure(text: profile.location)
        case .industry: FieldMeasure(text: profile.industry)
        case .profileURL: FieldMeasure(text: profile.profileURL)
        case .positions: FieldMeasure(list: profile.positions)
        case .currentPosition: FieldMeasure(flag: currentPosition.isPresent)
        case .currentPositionCompany: FieldMeasure(text: currentTexts.company)
        case .currentPositionTitle: FieldMeasure(text: currentTexts.title)
        case .currentPositionDescription: FieldMeasure(text: currentTexts.description)
        case .currentPositionLocation: FieldMeasure(text: currentTexts.location)
        case .pastPositions: FieldMeasure(number: pastPositionCount.value ?? 0)
        case .education: FieldMeasure(list: profile.education)
        case .skills: FieldMeasure(list: profile.skills)
        case .languages: FieldMeasure(list: profile.languages)
        case .certifications: FieldMeasure(list: profile.certifications)
        case .groups: FieldMeasure(list: profile.groups)
        case .connections: FieldMeasure(number: profile.connectionCount.value ?? 0)
        case .recommendations: FieldMeasure(number: profile.recommendations.value ?? 0)
        }
    }

    /// The length in characters of a text field (0 for any other field).
    func length(of field: ProfileField) -> Int {
        withText(field, { $0.value?.characterCount ?? 0 }) ?? 0
    }

    /// A present field as text (a number or count in digits, a flag as `true` or `false`), for
    /// patterns and comparisons.
    func text(of field: ProfileField) -> String {
        value(of: field).value?.text ?? ""
    }

    /// A present date field's date (`nil` for any other field).
    func date(of field: ProfileField) -> PartialDate? {
        field == .photoUploaded ? profile.photoUploaded.value : nil
    }

    /// Calls `body` with a text field's fact in place; `nil` for a field that is not text.
    @inline(__always)
    private func withText<Result>(_ field: ProfileField, _ body: (borrowing Fact<String>) -> Result) -> Result? {
        switch field {
        case .name: body(profile.name)
        case .headline: body(profile.headline)
        case .about: body(profile.about)
        case .location: body(profile.location)
        case .industry: body(profile.industry)
        case .profileURL: body(profile.profileURL)
        case .currentPositionCompany: body(currentTexts.company)
        case .currentPositionTitle: body(currentTexts.title)
        case .currentPositionDescription: body(currentTexts.description)
        case .currentPositionLocation: body(currentTexts.location)
        default: nil
        }
    }

    /// The number of items of a list field (and `unknown` for a field that is not a list).
    private func listCount(_ field: ProfileField) -> Fact<Int> {
        switch field {
        case .positions: profile.positions.map { $0.count }
        case .pastPositions: pastPositionCount
        case .education: profile.education.map { $0.count }
        case .skills: profile.skills.map { $0.count }
        case .languages: profile.languages.map { $0.count }
        case .certifications: profile.certifications.map { $0.count }
        case .groups: profile.groups.map { $0.count }
        default: .unknown
        }
    }
}

/// Whether a fact is unknown, absent or present, without its value.
enum FactState: UInt8, Sendable {
    case unknown, absent, present
}

extension Fact {
    var state: FactState {
        switch self {
        case .unknown: .unknown
        case .absent: .absent
        case .present: .present
        }
    }

    var isPresent: Bool { state == .present }
}

/// A present field as the presence, count and value checks see it.
struct FieldMeasure {
    /// ``FieldValue/isFilled``.
    var filled: Bool
    /// The items of a list, a number, or 1 for a filled text or a set flag.
    var count: Int
    /// A number, else ``count``.
    var number: Int { count }

    /// A text (filled when not empty) or a flag.
    init(flag: Bool) {
        filled = flag
        count = flag ? 1 : 0
    }

    /// A number or a list's count.
    init(number: Int) {
        filled = number > 0
        count = number
    }

    /// A text fact's measure (filled when present and not empty).
    init(text: borrowing Fact<String>) {
        switch text {
        case .present(let value): self.init(flag: !value.isEmpty)
        default: self.init(flag: false)
        }
    }

    /// A list fact's measure, by its number of items.
    init<Item>(list: borrowing Fact<[Item]>) {
        switch list {
        case .present(let items): self.init(number: items.count)
        default: self.init(number: 0)
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
