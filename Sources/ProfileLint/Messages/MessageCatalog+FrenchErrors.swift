extension MessageCatalog {
    /// The French texts of errors and import warnings (merged into ``french``).
    static let frenchErrors: [MessageID: String] = [:]
}
