/// The input formats profilelint reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// The project's own profile JSON (`Sources/ProfileLint/Formats/profile.schema.json`).
    case profile
    /// The project's own profile format written in YAML (profile templates).
    case profileYAML = "profile-yaml"
    /// JSON Resume (jsonresume.org).
    case jsonResume = "json-resume"
    /// LinkedIn's "Get a copy of your data" export, as a ZIP archive or an extracted folder.
    case linkedInExport = "linkedin-export"
    /// Many profiles, one JSON value a line, each in any JSON format.
    case jsonLines = "json-lines"
}
