/// The language of messages, suggestions and report labels.
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case dutch = "nl"

    /// The language from the locale environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    public static func fromEnvironment(_ environment: [String: String]) -> ReportLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("nl") ? .dutch : .english
        }
        return .english
    }
}
