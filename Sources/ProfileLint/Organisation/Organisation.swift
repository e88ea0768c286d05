import Foundation

/// The organisation whose workforce is being linted, as set in `.profilelint.yml`.
public struct Organisation: Sendable, Equatable {
    /// The official name.
    public var name: String
    /// Other spellings that count as naming the organisation.
    public var aliases: [String]
    /// The LinkedIn company page.
    public var pageURL: String?
    /// Departments and the groups recommended to each, in configuration order.
    public var departments: [Department]
    /// Companies the organisation wants its network to reach.
    public var keyAccounts: [KeyAccount]
    /// Who counts as an internal ambassador and how many colleagues each coaches (`ambassadors:`).
    public var ambassadorSettings = AmbassadorSettings()
    /// When a group the departments join is worth recommending (`group_discovery:`).
    public var groupDiscoverySettings = GroupDiscoverySettings()

    /// Creates an organisation.
    public init(name: String, aliases: [String] = [], pageURL: String? = nil, departments: [Department] = [], keyAccounts: [KeyAccount] = []) {
        self.name = name
        self.aliases = aliases
        self.pageURL = pageURL
        self.departments = departments
        self.keyAccounts = keyAccounts
        normalisedNames = Set(([name] + aliases).map(EmployerName.normalise).filter { !$0.isEmpty })
    }

    private var normalisedNames: Set<String>

    /// Whether `company` names this organisation, after normalising case, punctuation and legal forms.
    public func isNamed(by company: String) -> Bool {
        normalisedNames.contains(EmployerName.normalise(company))
    }

    /// The department called `name` (case-insensitive).
    public func department(named name: String) -> Department? {
        let wanted = name.lowercased()
        return departments.first { $0.name.lowercased() == wanted }
    }
}

/// A company the organisation wants to reach, with the spellings that count as it.
public struct KeyAccount: Sendable, Equatable {
    /// The name shown in reports.
    public var name: String
    /// Other spellings.
    public var aliases: [String]

    /// Creates a key account.
    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    /// The normalised spellings (see ``EmployerName/normalise(_:)``).
    public var normalisedNames: Set<String> {
        Set(([name] + aliases).map(EmployerName.normalise).filter { !$0.isEmpty })
    }
}

/// A department, the professional groups its employees are encouraged to join and the example texts HR wrote for it.
public struct Department: Sendable, Equatable {
    /// The department's name.
    public var name: String
    /// Recommended LinkedIn groups.
    public var groups: [String]
    /// The example texts suggestions quote (`departments.<name>.template`), when configured.
    public var template: DepartmentTemplate?

    /// Creates a department.
    public init(name: String, groups: [String], template: DepartmentTemplate? = nil) {
        self.name = name
        self.groups = groups
        self.template = template
    }
}

/// Normalises employer and group names so that spelling variants compare equal.
package enum EmployerName {
    /// Legal forms left out when comparing employer names.
    public static let legalForms: Set<String> = [
        "bv", "nv", "vof", "cv", "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag",
        "sa", "sas", "sarl", "srl", "spa", "oy", "ab", "as", "aps", "co", "corp", "corporation", "company", "pty",
    ]

    /// Lower case, letters and digits only, accents removed, legal forms dropped, single spaces.
    ///
    /// "Acme Widgets B.V." and "ACME widgets bv" both become "acme widgets".
    public static func normalise(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        // "B.V." must become one word "bv": dots between single letters join them.
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "’" {
                continue
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        while words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Group names compare on case and spacing only.
    public static func normaliseGroup(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

