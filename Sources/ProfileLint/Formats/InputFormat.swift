/// The identifier of an input format: its `--input-format` name and the `format` shown in reports.
///
/// The formats are not listed here: each importer declares its own (`extension InputFormat` in the
/// importer's file) and ``ProfileImporters`` lists the importers, so adding a format never means
/// keeping a second list in step. ``allCases`` and ``init(rawValue:)`` answer from that registry.
///
/// The identifier is kept as the importer's string literal (a `StaticString`), so that a format is
/// copied with every profile report without reference counting, as the enum it replaces was.
public struct InputFormat: RawRepresentable, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The identifier as the importer spells it.
    private let identifier: StaticString

    /// The identifier, as in `--input-format json-resume`.
    public var rawValue: String { identifier.description }

    /// The format with this identifier, or `nil` when no registered importer reads it.
    public init?(rawValue: String) {
        guard let format = ProfileImporters.all.first(where: { $0.format.rawValue == rawValue })?.format else { return nil }
        self = format
    }

    /// A format named by its importer (the importer's file declares it).
    init(identifier: StaticString) {
        self.identifier = identifier
    }

    /// Every registered format, in the registry's order.
    public static var allCases: [InputFormat] { ProfileImporters.all.map(\.format) }

    /// The identifier.
    public var description: String { rawValue }

    /// Whether two formats have the same identifier.
    public static func == (lhs: InputFormat, rhs: InputFormat) -> Bool {
        lhs.identifier.withUTF8Buffer { left in rhs.identifier.withUTF8Buffer { right in left.elementsEqual(right) } }
    }

    /// Hashes the identifier's bytes.
    public func hash(into hasher: inout Hasher) {
        identifier.withUTF8Buffer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
