/// The `sarif` format: SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
///
/// One run whose `tool.driver.rules` lists every applied rule; each failing rule becomes a result
/// pointing at the offending value (file, line and column, plus its JSON path as a logical
/// location). Passing and unknown results are left out: code scanning shows every result as an
/// alert. Inputs that could not be read, and warnings about inputs, become tool execution
/// notifications of the single invocation.
public struct SARIFReporter: CheckReporter {
    public static let identifier = "sarif"
    public static let description = "for code scanning"
    public static let fileExtensions = ["sarif"]

    /// The schema the output conforms to (the OASIS 2.1.0 errata 01 schema).
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// Where users read about the tool.
    public static let informationURI = "https://github.com/profilelint/profilelint"

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter; it has no options.
    public init(options: ReporterOptions) { self.init() }

    public func report(_ run: CheckRun) -> String {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in run.rules.enumerated() where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = index
        }
        var results: [JSONOutput] = []
        var notifications: [JSONOutput] = []
        for profile in run.profiles {
            for warning in profile.warnings {
                notifications.append(Self.notification(level: "warning", code: warning.code, message: warning.message.rendered(in: run.language),
                                                       location: warning.location ?? SourceLocation(file: profile.source)))
            }
            for result in profile.results where result.status == .fail {
                results.append(Self.result(result, source: profile.source, ruleIndex: ruleIndex[result.rule]))
            }
        }
        for error in run.errors {
            notifications.append(Self.notification(level: "error", code: "input-error", message: error.message(in: run.language),
                                                   location: SourceLocation(file: error.source)))
        }
        var invocation: [(String, JSONOutput)] = [("executionSuccessful", .bool(run.errors.isEmpty))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }

        let driver = JSONOutput.object([
            ("name", .string("profilelint")),
            ("version", .string(ProfileLintVersion.current)),
            ("semanticVersion", .string(ProfileLintVersion.current)),
            ("informationUri", .string(Self.informationURI)),
            ("rules", .array(run.rules.map { Self.descriptor($0, language: run.language) })),
        ])
        return JSONOutput.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("invocations", .array([.object(invocation)])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
                ("properties", .object([("profiles", .array(run.profiles.map(Self.profileProperties)))])),
            ])])),
        ]).rendered() + "\n"
    }

    /// The SARIF level of a failing rule of `severity`.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func descriptor(_ rule: Rule, language: ReportLanguage) -> JSONOutput {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.name.text(in: language))),
            ("shortDescription", .object([("text", .string(rule.description.text(in: language)))])),
            ("fullDescription", .object([("text", .string(rule.rationale.text(in: language)))])),
            ("helpUri", .string(rule.helpURL)),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([
                ("tags", .array((["profile", rule.category.rawValue] + (rule.allStar ? ["all-star"] : [])).map(JSONOutput.string))),
                ("weight", .int(rule.weight)),
                ("category", .string(rule.category.rawValue)),
            ])),
        ])
    }

    /// A profile's score, level and scores per category, as the run's property bag lists them
    /// (SARIF has no place for a score; `null` where the profile has none).
    static func profileProperties(_ profile: ProfileReport) -> JSONOutput {
        .object([
            ("source", .string(profile.source)),
            ("score", .optional(profile.shownScore)),
            ("level", .optional(profile.shownLevel?.rawValue)),
            ("assessment", .string(profile.assessment.standing.rawValue)),
            ("categories", JSONReporter.categories(profile.categories)),
        ])
    }

    static func result(_ result: RuleResult, source: String, ruleIndex: Int?) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("ruleId", .string(result.rule))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members.append(("level", .string(level(result.severity))))
        members.append(("message", .object([("text", .string(result.message ?? result.rule))])))
        members.append(("locations", .array([location(result.location ?? SourceLocation(file: source))])))
        var properties: [(String, JSONOutput)] = [("category", .string(result.category.rawValue))]
        if let suggestion = result.suggestion { properties.append(("suggestion", .string(suggestion))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    static func notification(level: String, code: String, message: String, location: SourceLocation) -> JSONOutput {
        .object([
            ("level", .string(level)),
            ("message", .object([("text", .string(message))])),
            ("descriptor", .object([("id", .string(code))])),
            ("locations", .array([self.location(location)])),
        ])
    }

    /// A SARIF location: the file as given (as a relative URI reference), the region only when the
    /// line is known (SARIF lines and columns start at 1), and the JSON path as a logical location.
    /// A page of a PDF, which has no lines, is the location's `properties.page` (SARIF's property bag;
    /// a region needs a line or an offset), with the section as its logical location.
    static func location(_ location: SourceLocation) -> JSONOutput {
        var physical: [(String, JSONOutput)] = [("artifactLocation", .object([("uri", .string(uri(location.file)))]))]
        if let line = location.line, line >= 1 {
            var region: [(String, JSONOutput)] = [("startLine", .int(line))]
            if let column = location.column, column >= 1 { region.append(("startColumn", .int(column))) }
            physical.append(("region", .object(region)))
        }
        var members: [(String, JSONOutput)] = [("physicalLocation", .object(physical))]
        if let path = location.path, !path.isEmpty {
            var logical: [(String, JSONOutput)] = [("fullyQualifiedName", .string(path))]
            if path.hasPrefix("$") { logical.append(("kind", .string(path == "$" ? "object" : path.hasSuffix("]") ? "value" : "property"))) }
            members.append(("logicalLocations", .array([.object(logical)])))
        }
        if location.line == nil, let page = location.page, page >= 1 {
            members.append(("properties", .object([("page", .int(page))])))
        }
        return .object(members)
    }

    /// `path` as a URI reference: kept as given (relative paths stay relative) with the characters
    /// a URI cannot hold percent-encoded, byte by byte in UTF-8.
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"),
                 UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: ":"):
                // A colon before the first slash would make the path read as a URI scheme.
                output += output.contains("/") ? ":" : "%3A"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
