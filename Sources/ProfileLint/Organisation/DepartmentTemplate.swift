import Foundation

/// The example texts HR wrote for one department: the headline, About and current role description
/// of a profile template (profilelint's profile format, YAML or JSON, as the pre-commit hook guards).
///
/// Suggestions of the rules about those texts quote the department's example
/// ("Example from Acme Logistics for Sales: “…”"), shortened to ``quoteLength`` characters at a word boundary.
public struct DepartmentTemplate: Sendable, Equatable {
    /// The template file as written in the configuration.
    public var file: String
    /// The template file's path (absolute when the configuration's was); a batch never reads it as a profile.
    public var path: String
    /// The example headline.
    public var headline: String?
    /// The example About section.
    public var about: String?
    /// The example description of the current role.
    public var roleDescription: String?

    /// The most characters of an example a suggestion quotes.
    public static let quoteLength = 160

    /// Creates a template from its texts.
    public init(file: String, path: String? = nil, headline: String? = nil, about: String? = nil, roleDescription: String? = nil) {
        self.file = file
        self.path = path ?? file
        self.headline = Self.cleaned(headline)
        self.about = Self.cleaned(about)
        self.roleDescription = Self.cleaned(roleDescription)
    }

    /// The template's texts read from a profile (the template's own, read as any input).
    public init(file: String, path: String? = nil, profile: Profile) {
        let view = ProfileView(profile)
        self.init(file: file, path: path, headline: profile.headline.value, about: profile.about.value,
                  roleDescription: view.currentPosition.value?.description)
    }

    /// Whether the template gives no text to quote.
    public var isEmpty: Bool { headline == nil && about == nil && roleDescription == nil }

    /// The example for a rule about `field`: the headline, About or role description; `nil` for other fields.
    public func example(for field: ProfileField) -> String? {
        switch field {
        case .headline: headline
        case .about: about
        case .currentPositionDescription: roleDescription
        default: nil
        }
    }

    /// The fields a template has examples for, in the order a rule's fields are matched against.
    public static let exampleFields: [ProfileField] = [.headline, .about, .currentPositionDescription]

    /// The example of a rule checking `fields`: that of the first of them a template has examples for.
    public func example(forFields fields: [ProfileField]) -> String? {
        for field in fields where Self.exampleFields.contains(field) {
            if let text = example(for: field) { return text }
        }
        return nil
    }

    /// `text` on one line and at most `limit` characters: cut at the last space before the limit,
    /// with "…", so a quote never ends in half a word.
    public static func shortened(_ text: String, limit: Int = quoteLength) -> String {
        let line = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard line.count > limit else { return line }
        let head = line.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        var trimmed = String(cut)
        while let last = trimmed.last, ",;:.-–—(".contains(last) { trimmed.removeLast() }
        return trimmed + "…"
    }

    /// Trimmed text, `nil` when empty.
    static func cleaned(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Reads the template at `path` (absolute, or relative to the current folder), shown as `display`.
    public static func load(_ path: String, display: String, limits: Limits = .default) throws -> DepartmentTemplate {
        let outcomes = InputReader(limits: limits).read(path: path, display: display)
        guard let first = outcomes.first else {
            throw ProfileLintError.unreadable(path: display, reason: CatalogMessage(.errorTemplateEmpty))
        }
        guard outcomes.count == 1 else {
            throw ProfileLintError.unreadable(path: display, reason: CatalogMessage(.errorTemplateSeveral, ["count": .integer(outcomes.count)]))
        }
        return DepartmentTemplate(file: display, path: path, profile: try first.get().profile)
    }
}
