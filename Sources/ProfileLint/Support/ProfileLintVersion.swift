/// The version of profilelint.
public enum ProfileLintVersion {
    /// The current version (semantic versioning).
    public static let current = "0.1.0"
}
