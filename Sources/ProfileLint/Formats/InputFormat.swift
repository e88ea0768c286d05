/// The identifier of an input format: its `--input-format` name and the `format` shown in reports.
///
/// The formats are not listed here: each importer names its own (``ProfileImporter/identifier``, and
/// an `extension InputFormat` in the importer's file) and ``ProfileImporters`` lists the importers, so
/// adding a format never means keeping a second list in step. ``allCases``, ``rawValue`` and
/// ``init(rawValue:)`` answer from that registry.
///
/// A format is the identity of its importer's type: one word, copied with every profile report
/// without reference counting, as the enum it replaces was.
public struct InputFormat: RawRepresentable, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The importer type that reads the format.
    private let importer: ObjectIdentifier

    /// The format read by `importer`.
    init(_ importer: any ProfileImporter.Type) {
        self.importer = ObjectIdentifier(importer)
    }

    /// The identifier, as in `--input-format json-resume`.
    public var rawValue: String {
        for candidate in ProfileImporters.all where candidate.format == self { return type(of: candidate).identifier }
        return "unregistered"
    }

    /// The format with this identifier, or `nil` when no registered importer reads it.
    public init?(rawValue: String) {
        guard let importer = ProfileImporters.all.first(where: { type(of: $0).identifier == rawValue }) else { return nil }
        self = importer.format
    }

    /// Every registered format, in the registry's order.
    public static var allCases: [InputFormat] { ProfileImporters.all.map(\.format) }

    /// The identifier.
    public var description: String { rawValue }

    // Compared and hashed by importer, not by `rawValue` as `RawRepresentable` would (a registry look-up).

    /// Whether both formats are read by the same importer.
    public static func == (lhs: InputFormat, rhs: InputFormat) -> Bool { lhs.importer == rhs.importer }

    /// Hashes the importer's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(importer) }
}
