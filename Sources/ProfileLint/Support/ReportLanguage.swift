/// The language of messages, suggestions and report labels: one of the registered message catalogs.
///
/// Languages are data: each is a ``MessageCatalog`` listed in ``MessageCatalog/all``, so adding
/// one is a catalog file, a registry line and the rules' texts, with no new branch in code.
public struct ReportLanguage: RawRepresentable, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// The language code used by `--lang`, configurations and rule files (`en`, `nl`, `fr`).
    public let rawValue: String

    /// The language with `rawValue` as its code, if a catalog for it is registered.
    public init?(rawValue: String) {
        guard MessageCatalog.all.contains(where: { $0.code == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    private init(code: String) {
        rawValue = code
    }

    /// English, the required language and the fallback of every other.
    public static let english = ReportLanguage(code: "en")
    /// Dutch.
    public static let dutch = ReportLanguage(code: "nl")
    /// French.
    public static let french = ReportLanguage(code: "fr")

    /// Every registered language, in the registry's order (English first).
    public static var allCases: [ReportLanguage] { MessageCatalog.all.map { ReportLanguage(code: $0.code) } }

    /// The language codes, for messages such as "expected en, nl or fr".
    public static var codeList: String {
        let codes = allCases.map(\.rawValue)
        guard codes.count > 1, let last = codes.last else { return codes.joined() }
        return codes.dropLast().joined(separator: ", ") + " or " + last
    }

    /// The language codes as a catalog message (`'en', 'nl' or 'fr'`, with the shown language's “or”).
    public static var codes: CatalogMessage {
        CatalogMessage(.alternativesList, ["items": .alternatives(allCases.map(\.rawValue))])
    }

    /// The catalog of this language's labels (English when none is registered).
    public var catalog: MessageCatalog { MessageCatalog.named(rawValue) }

    /// The language code.
    public var description: String { rawValue }

    /// The language from the locale environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    ///
    /// The first set variable decides; its language part (`fr` in `fr_BE.UTF-8`) picks the
    /// catalog, and a language without a catalog (or `C`, `POSIX`) gives English.
    public static func fromEnvironment(_ environment: [String: String]) -> ReportLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let code = value.lowercased().prefix { $0.isLetter }
            return ReportLanguage(rawValue: String(code)) ?? .english
        }
        return .english
    }

    /// Decodes a language from its code; a code without a registered catalog is an error.
    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let language = ReportLanguage(rawValue: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown language '\(code)'"))
        }
        self = language
    }

    /// Encodes the language as its code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
