import Foundation

/// The texts of one language, keyed by ``MessageID``, with the language's number conventions.
///
/// Every label the engine and the CLI print comes from a catalog (rule texts live in the rule
/// files). A text may hold named placeholders such as `{count}`, filled by
/// ``text(_:_:)``; plurals are separate ids (`…One`, `…Other`) chosen by the catalog's
/// ``PluralRule``. English is required and is the fallback for any id a catalog lacks.
public struct MessageCatalog: Sendable {
    /// Which counts take the singular form.
    public enum PluralRule: Sendable {
        /// Only 1 is singular (English, Dutch).
        case oneIsSingular
        /// 0 and 1 are singular (French).
        case zeroAndOneAreSingular

        func isSingular(_ count: Int) -> Bool {
            switch self {
            case .oneIsSingular: count == 1
            case .zeroAndOneAreSingular: count == 0 || count == 1
            }
        }
    }

    /// The language code (`en`, `nl`, `fr`), as used by `--lang`, configurations and rule files.
    public let code: String
    /// The language's own name (`Nederlands`), for `--help`.
    public let name: String
    /// The decimal separator (`.` or `,`).
    public let decimalSeparator: String
    /// The separator between groups of three digits (`,`, `.` or a narrow no-break space).
    public let groupingSeparator: String
    /// What follows a percentage (`%`, or a no-break space and `%` in French).
    public let percentSuffix: String
    /// Which counts are singular.
    public let pluralRule: PluralRule
    /// The texts.
    public let messages: [MessageID: String]

    /// Creates a catalog.
    public init(code: String, name: String, decimalSeparator: String, groupingSeparator: String, percentSuffix: String,
                pluralRule: PluralRule, messages: [MessageID: String]) {
        self.code = code
        self.name = name
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.percentSuffix = percentSuffix
        self.pluralRule = pluralRule
        self.messages = messages
    }

    /// The registry of languages, English first: adding a language is one line here plus its catalog file.
    public static let all: [MessageCatalog] = [.english, .dutch, .french]

    /// The catalog with `code`, else English.
    public static func named(_ code: String) -> MessageCatalog {
        all.first { $0.code == code } ?? .english
    }

    /// The text of `id` with its `{name}` placeholders replaced by `arguments`.
    ///
    /// A number may carry its noun in the singular and the plural, `{total|rule|rules}`: the
    /// argument is shown with the form the language's plural rule picks (`1 rule`, `2 rules`).
    public func text(_ id: MessageID, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        // Reports call this for every profile: the arguments are not copied unless a plural form needs them.
        var text = messages[id] ?? MessageCatalog.english.messages[id] ?? id.rawValue
        for (name, value) in arguments {
            text = text.replacingAll("{" + name + "}", with: value)
        }
        if text.utf8.contains(0x7C) { text = fillingPluralForms(text, arguments.map { ($0.key, $0.value) }) }
        return text
    }

    /// The text of `id` with its placeholders filled from `arguments` (name, rendered value).
    func text(_ id: MessageID, filling arguments: [(String, String)]) -> String {
        var text = messages[id] ?? MessageCatalog.english.messages[id] ?? id.rawValue
        for (name, value) in arguments {
            text = text.replacingAll("{" + name + "}", with: value)
        }
        // Plural forms are rare: only a text with a `|` is scanned for them.
        if text.utf8.contains(0x7C) { text = fillingPluralForms(text, arguments) }
        return text
    }

    /// `text` with each `{name|singular|plural}` of `arguments` replaced by the number and its noun.
    private func fillingPluralForms(_ text: String, _ arguments: [(String, String)]) -> String {
        var result = text
        for (name, value) in arguments {
            let opening = "{" + name + "|"
            while let start = result.range(of: opening), let end = result[start.upperBound...].firstIndex(of: "}") {
                let forms = result[start.upperBound..<end].split(separator: "|", omittingEmptySubsequences: false)
                guard forms.count == 2 else { break }
                let count = Int(value.filter(\.isNumber)) ?? 0
                let noun = pluralRule.isSingular(count) ? forms[0] : forms[1]
                result.replaceSubrange(start.lowerBound...end, with: value + " " + noun)
            }
        }
        return result
    }

    /// Alternatives joined with commas and the language's “or” (`a, b or c`).
    public func alternatives(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.joined() }
        return items.dropLast().joined(separator: ", ") + text(.listOr) + last
    }

    /// The singular or plural text for `count`, whose `{count}` placeholder is filled in too.
    public func text(one: MessageID, other: MessageID, count: Int, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        var text = self.text(pluralRule.isSingular(count) ? one : other, arguments)
        text = text.replacingAll("{count}", with: integer(count))
        return text
    }

    /// A whole number with the language's grouping separator from four digits on (`2,600`, `2.600`, `2 600`).
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3 else { return value < 0 ? "-" + digits : digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return (value < 0 ? "-" : "") + groups.reversed().joined(separator: groupingSeparator)
    }

    /// A figure such as an average: whole when it is whole, else with one decimal (`70.9`, `70,9`); `–` when unknown.
    public func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value == value.rounded(), value.magnitude < 1e15 { return integer(Int(value)) }
        return decimal(value, signed: false)
    }

    /// `value` with one decimal and the language's separator; with a sign (`+2.5`) when `signed`.
    public func decimal(_ value: Double, signed: Bool) -> String {
        // A change that rounds to nothing is +0.0, never -0.0.
        let text = String(format: signed ? "%+.1f" : "%.1f", (value * 10).rounded() == 0 ? 0 : value)
        return decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// A share from 0 to 1 as a whole percentage (`71%`, `71 %`); `–` when unknown.
    public func percent(_ share: Double?) -> String {
        guard let share else { return "–" }
        return String(Int((share * 100).rounded())) + percentSuffix
    }

    /// The placeholder names in `text`, without braces, sorted.
    ///
    /// A plural form counts as its number's name: `{total|rule|rules}` is `total`, whatever the nouns.
    static func placeholders(in text: String) -> [String] {
        MessageTemplate.placeholders(in: text).map { String($0.prefix { $0 != "|" }) }.sorted()
    }
}
