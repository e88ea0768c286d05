extension Profile {
    /// The facts that only a real person's profile has, never a template: a photo, a network,
    /// groups joined and recommendations received.
    public static let personalFacts = ["photo", "connections", "groups", "recommendations"]

    /// The profile read as a template (`check --template`, used by the pre-commit hooks): the facts
    /// only a real profile has are unknown, so their rules are left out of the score instead of
    /// failing every template.
    public func asTemplate() -> Profile {
        var template = self
        template.photo = .unknown
        template.connectionCount = .unknown
        template.connections = []
        template.groups = .unknown
        template.recommendations = .unknown
        return template
    }
}
