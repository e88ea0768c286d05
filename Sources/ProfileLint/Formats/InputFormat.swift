/// The identifier of an input format: its `--input-format` name and the `format` shown in reports.
///
/// The formats are not listed here: each importer declares its own (`extension InputFormat` in the
/// importer's file) and ``ProfileImporters`` lists the importers, so adding a format never means
/// keeping a second list in step. ``allCases`` and ``init(rawValue:)`` answer from that registry.
public struct InputFormat: RawRepresentable, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The identifier, as in `--input-format json-resume`.
    public let rawValue: String

    /// The format with this identifier, or `nil` when no registered importer reads it.
    public init?(rawValue: String) {
        guard let format = ProfileImporters.all.first(where: { $0.format.rawValue == rawValue })?.format else { return nil }
        self = format
    }

    /// A format named by its importer (the importer's file declares it).
    init(identifier: String) {
        rawValue = identifier
    }

    /// Every registered format, in the registry's order.
    public static var allCases: [InputFormat] { ProfileImporters.all.map(\.format) }

    /// The identifier.
    public var description: String { rawValue }
}
