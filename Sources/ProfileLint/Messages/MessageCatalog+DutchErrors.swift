extension MessageCatalog {
    /// The Dutch texts of errors and import warnings (merged into ``dutch``).
    static let dutchErrors: [MessageID: String] = [:]
}
