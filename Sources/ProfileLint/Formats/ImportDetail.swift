/// How much of a profile is read and reported: one choice for the importers and the ``Linter``,
/// made once by the caller (`check` wants findings, ``BatchRunner`` only scores).
public enum ImportDetail: Sendable {
    /// Everything, with the source location of every field: for `check`, whose findings point into the file.
    case full
    /// What rules and the workforce report can see, without locations: for `batch`.
    ///
    /// Texts that no rule can read (the titles and descriptions of past positions, the names of
    /// schools) are type-checked but not decoded. Rules see the same facts either way, and input
    /// errors are the same; `ImportDetailTests` checks both on every fixture.
    case rulesOnly
}
