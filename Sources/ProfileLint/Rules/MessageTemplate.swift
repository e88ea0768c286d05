/// A rule message or suggestion with placeholders, parsed once when the linter is made.
///
/// `{<field>.length}` is a text's length in characters, `{<field>.count}` a list's length,
/// `{<field>.value}` a number or text, and `{organisation}`, `{department}` and
/// `{recommended_groups}` come from the organisation configuration; `{found}` names what the check
/// found (`"gedreven", "teamspeler"`). An unknown value shows as `?`.
/// A count, length or number may carry its noun in the singular and plural,
/// `{past_positions.count|past position|past positions}`: the number is shown with the form the
/// language's plural rule picks (`1 past position`, `0 past positions`; French `0 poste`).
/// Numbers have the language's grouping separator (`2,600`, `2.600`, `2 600`).
package struct MessageTemplate: Sendable {
    enum Measure: String, Sendable {
        case length, count, value
    }

    enum Segment: Sendable {
        case literal(String)
        case field(ProfileField, Measure)
        /// A number with its noun in the singular or plural form.
        case counted(ProfileField, Measure, one: String, other: String)
        /// The organisation's name, else the fallback text.
        case organisation(fallback: String)
        /// The profile's department, else the fallback text.
        case department(fallback: String)
        /// The department's recommended groups, else the fallback text.
        case recommendedGroups(fallback: String)
        /// What the check found (the buzzwords of a text, quoted), given when rendering.
        case found
    }

    let segments: [Segment]
    /// Number conventions, plural rule and list words of the template's language.
    let catalog: MessageCatalog
    /// The text the template was parsed from.
    package let source: String

    /// Parses `text`; unknown placeholders (rejected by the rule loader) are kept as written.
    ///
    /// The texts shown when the organisation, department or groups are not known come from
    /// `language`'s catalog, looked up here once rather than on every rendering.
    package init(_ text: String, language: ReportLanguage = .english) {
        let catalog = language.catalog
        let fallbacks = Fallbacks(organisation: catalog.text(.fallbackOrganisation), department: catalog.text(.fallbackDepartment),
                                  recommendedGroups: catalog.text(.fallbackRecommendedGroups))
        source = text
        self.catalog = catalog
        var segments: [Segment] = []
        var literal = ""
        var current: String?
        for character in text {
            if character == "{" {
                if let pending = current { literal += "{" + pending }
                current = ""
            } else if character == "}", let name = current {
                if let segment = Self.segment(for: name, fallbacks) {
                    if !literal.isEmpty { segments.append(.literal(literal)) }
                    literal = ""
                    segments.append(segment)
                } else {
                    literal += "{" + name + "}"
                }
                current = nil
            } else if current != nil {
                current?.append(character)
            } else {
                literal.append(character)
            }
        }
        if let pending = current { literal += "{" + pending }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
    }

    struct Fallbacks {
        var organisation = "", department = "", recommendedGroups = ""
    }

    static func segment(for placeholder: String, _ fallbacks: Fallbacks = Fallbacks()) -> Segment? {
        switch placeholder {
        case "organisation": return .organisation(fallback: fallbacks.organisation)
        case "department": return .department(fallback: fallbacks.department)
        case "recommended_groups": return .recommendedGroups(fallback: fallbacks.recommendedGroups)
        case "found": return .found
        default:
            let parts = placeholder.split(separator: "|", omittingEmptySubsequences: false)
            if parts.count == 3 {
                guard !parts[1].isEmpty, !parts[2].isEmpty, case .field(let field, let measure)? = segment(for: String(parts[0])),
                      measure != .value || field.valueKind == .number else { return nil }
                return .counted(field, measure, one: String(parts[1]), other: String(parts[2]))
            }
            guard let dot = placeholder.lastIndex(of: "."),
                  let field = ProfileField(rawValue: String(placeholder[..<dot])),
                  let measure = Measure(rawValue: String(placeholder[placeholder.index(after: dot)...])) else { return nil }
            return .field(field, measure)
        }
    }

    /// The placeholder names in `text`, without braces.
    package static func placeholders(in text: String) -> [String] {
        // Braces are ASCII, so the UTF-8 bytes are scanned instead of characters: rule loading
        // checks every text of every language, and character iteration was most of its cost.
        var result: [String] = []
        var start: String.UTF8View.Index?
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x7B {
                start = utf8.index(after: index)
            } else if byte == 0x7D, let open = start {
                result.append(String(decoding: utf8[open..<index], as: UTF8.self))
                start = nil
            }
            index = utf8.index(after: index)
        }
        return result
    }

    /// Whether `placeholder` is one the renderer knows.
    package static func isValid(_ placeholder: String) -> Bool {
        segment(for: placeholder) != nil
    }

    /// Whether the rendered text depends on the profile (its fields or department).
    package var dependsOnProfile: Bool {
        segments.contains { segment in
            switch segment {
            case .literal, .organisation: false
            case .field, .counted, .department, .recommendedGroups, .found: true
            }
        }
    }

    /// Whether the text names what the check found (`{found}`).
    package var usesFound: Bool {
        segments.contains { if case .found = $0 { true } else { false } }
    }

    /// The text with its placeholders filled in from `view`, and `{found}` with `found`.
    package func render(_ view: ProfileView?, organisation: Organisation?, found: String = "") -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .literal(let text):
                output += text
            case .found:
                output += found.isEmpty ? "?" : found
            case .organisation(let fallback):
                output += organisation?.name ?? fallback
            case .department(let fallback):
                output += view?.profile.department ?? fallback
            case .recommendedGroups(let fallback):
                if let name = view?.profile.department, let department = organisation?.department(named: name), !department.groups.isEmpty {
                    output += Self.choice(department.groups, catalog)
                } else {
                    output += fallback
                }
            case .field(let field, let measure):
                guard let view else {
                    output += "?"
                    continue
                }
                output += Self.value(of: field, measure, in: view, catalog)
            case .counted(let field, let measure, let one, let other):
                guard let view, let number = Self.number(of: field, measure, in: view) else {
                    output += "? " + other
                    continue
                }
                output += catalog.integer(number) + " " + (catalog.pluralRule.isSingular(number) ? one : other)
            }
        }
        return output
    }

    /// `'A'`, or `one of 'A' or 'B'` (`one of 'A', 'B' or 'C'`) in the catalog's words.
    static func choice(_ groups: [String], _ catalog: MessageCatalog) -> String {
        let quoted = groups.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        let list = quoted.dropLast().joined(separator: ", ") + catalog.text(.listOr) + last
        return catalog.text(.oneOfGroups, ["groups": list])
    }

    /// The number `measure` gives for `field` (a length, a count, a number), `nil` when unknown or a text.
    static func number(of field: ProfileField, _ measure: Measure, in view: ProfileView) -> Int? {
        switch view.value(of: field) {
        case .unknown:
            return nil
        case .absent:
            return measure == .value && field.valueKind == .text ? nil : 0
        case .present(let value):
            switch (measure, value) {
            case (.length, .text(let text)): return text.characterCount
            case (_, .list(let count)): return count
            case (_, .number(let number)): return number
            case (.count, _), (.length, _): return value.isFilled ? 1 : 0
            default: return nil
            }
        }
    }

    /// What `{field.measure}` shows: a number with the catalog's grouping separator, a text, or `?` when unknown.
    static func value(of field: ProfileField, _ measure: Measure, in view: ProfileView, _ catalog: MessageCatalog) -> String {
        switch view.value(of: field) {
        case .unknown: return "?"
        case .present(.text(let text)) where measure == .value: return text
        case .present(.date(let date)) where measure == .value: return date.description
        default: return number(of: field, measure, in: view).map(catalog.integer) ?? ""
        }
    }
}
