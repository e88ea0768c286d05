/// The canonical profile that every input format is read into.
///
/// Each fact is ``Fact/unknown`` when the source does not carry it, ``Fact/absent`` when the source
/// says it is empty, and ``Fact/present(_:)`` otherwise. ``sourceMap`` records where each field was
/// read (or where it would have been), so findings can point into the input.
public struct Profile: Sendable {
    /// The person's name (shown in reports; never an e-mail address or phone number).
    public var name: Fact<String> = .unknown
    /// The headline under the name.
    public var headline: Fact<String> = .unknown
    /// Whether there is a profile photo.
    public var photo: Fact<Bool> = .unknown
    /// When the profile photo was uploaded (a LinkedIn export's `Rich_Media.csv`).
    public var photoUploaded: Fact<PartialDate> = .unknown
    /// Whether there is a background photo (the banner behind the profile photo).
    public var backgroundPhoto: Fact<Bool> = .unknown
    /// The About section (LinkedIn's "Summary").
    public var about: Fact<String> = .unknown
    /// Where the person is.
    public var location: Fact<String> = .unknown
    /// The industry.
    public var industry: Fact<String> = .unknown
    /// The public profile URL.
    public var profileURL: Fact<String> = .unknown
    /// Jobs, in the order of the source.
    public var positions: Fact<[Position]> = .unknown
    /// Schools.
    public var education: Fact<[Education]> = .unknown
    /// Skill names.
    public var skills: Fact<[String]> = .unknown
    /// Languages.
    public var languages: Fact<[Language]> = .unknown
    /// Certifications.
    public var certifications: Fact<[Certification]> = .unknown
    /// Names of LinkedIn groups joined.
    public var groups: Fact<[String]> = .unknown
    /// The number of first-degree connections.
    public var connectionCount: Fact<Int> = .unknown
    /// Connections, for organisation-wide aggregates only (may be empty when only the count is known).
    public var connections: [Connection] = []
    /// The number of recommendations received.
    public var recommendations: Fact<Int> = .unknown

    /// An employee id carried by the source or a roster (batch only).
    public var employeeID: String?
    /// The department carried by the source or a roster (batch only).
    public var department: String?

    /// Where each field was read, keyed by rule field name (``ProfileField/rawValue``).
    public var sourceMap = SourceMap()
    /// Problems with the input that did not stop it from being read (unknown keys, odd dates).
    public var warnings: [InputWarning] = []

    /// Creates an empty profile in which every fact is unknown.
    public init() {}

    /// The current position: the one without an end date that started last.
    public var currentPosition: Fact<Position> {
        switch positions {
        case .unknown: return .unknown
        case .absent: return .absent
        case .present(let positions):
            // Latest start wins; on ties the earlier entry in the source wins.
            var best: Int?
            for index in positions.indices where positions[index].isCurrent {
                guard let current = best else {
                    best = index
                    continue
                }
                if (positions[index].start ?? PartialDate(year: 0)) > (positions[current].start ?? PartialDate(year: 0)) { best = index }
            }
            return best.map { .present(positions[$0]) } ?? .absent
        }
    }

    /// Positions that have ended.
    public var pastPositions: Fact<[Position]> {
        positions.map { $0.filter { !$0.isCurrent } }.normalisedList()
    }
}

/// Something odd about an input that did not stop it from being read.
public struct InputWarning: Sendable, Equatable {
    /// A short identifier, such as `unknown-key`.
    public var code: String
    /// The message, rendered in the report's language by the reporter.
    public var message: CatalogMessage
    /// Where it is.
    public var location: SourceLocation?

    /// Creates a warning.
    public init(code: String, message: CatalogMessage, location: SourceLocation?) {
        self.code = code
        self.message = message
        self.location = location
    }
}

extension Fact where Value: Collection {
    /// Turns an empty present list into `absent`.
    func normalisedList() -> Fact<Value> {
        if case .present(let items) = self, items.isEmpty { return .absent }
        return self
    }
}
