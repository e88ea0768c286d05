/// Fills the placeholders of rule messages and suggestions from a profile.
///
/// `{<field>.length}` is a text's length in characters, `{<field>.count}` a list's length,
/// `{<field>.value}` a number or text, and `{organisation}`, `{department}` and
/// `{recommended_groups}` come from the organisation configuration. An unknown value shows as `?`.
public enum MessageTemplate {
    /// The placeholder names in `text`, without braces.
    public static func placeholders(in text: String) -> [String] {
        var result: [String] = []
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                result.append(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return result
    }

    /// Whether `placeholder` is one the renderer knows.
    public static func isValid(_ placeholder: String) -> Bool {
        if RuleLoader.placeholders.contains(placeholder) { return true }
        guard let dot = placeholder.lastIndex(of: ".") else { return false }
        let field = String(placeholder[..<dot])
        let measure = String(placeholder[placeholder.index(after: dot)...])
        return ProfileField(rawValue: field) != nil && ["length", "count", "value"].contains(measure)
    }

    /// `text` with its placeholders filled in.
    public static func render(_ text: String, profile: Profile, organisation: Organisation?, language: ReportLanguage) -> String {
        guard text.contains("{") else { return text }
        var output = ""
        var current: String?
        for character in text {
            if character == "{" {
                if let pending = current { output += "{" + pending }
                current = ""
            } else if character == "}", let name = current {
                output += value(of: name, profile: profile, organisation: organisation, language: language)
                current = nil
            } else if current != nil {
                current?.append(character)
            } else {
                output.append(character)
            }
        }
        if let pending = current { output += "{" + pending }
        return output
    }

    static func value(of placeholder: String, profile: Profile, organisation: Organisation?, language: ReportLanguage) -> String {
        switch placeholder {
        case "organisation":
            return organisation?.name ?? (language == .dutch ? "je werkgever" : "your employer")
        case "department":
            return profile.department ?? (language == .dutch ? "je afdeling" : "your department")
        case "recommended_groups":
            guard let name = profile.department, let department = organisation?.department(named: name), !department.groups.isEmpty else {
                return language == .dutch ? "een vakgroep in je vakgebied" : "a professional group in your field"
            }
            return department.groups.map { "'\($0)'" }.joined(separator: ", ")
        default:
            guard let dot = placeholder.lastIndex(of: "."), let field = ProfileField(rawValue: String(placeholder[..<dot])) else {
                return "{\(placeholder)}"
            }
            let measure = placeholder[placeholder.index(after: dot)...]
            switch profile.value(of: field) {
            case .unknown:
                return "?"
            case .absent:
                return measure == "value" && field.valueKind == .text ? "" : "0"
            case .present(let value):
                switch (measure, value) {
                case ("length", .text(let text)): return String(text.count)
                case ("count", .list(let items)): return String(items.count)
                case (_, .number(let number)): return String(number)
                case ("value", .text(let text)): return text
                case ("count", _), ("length", _): return value.isFilled ? "1" : "0"
                default: return ""
                }
            }
        }
    }
}
