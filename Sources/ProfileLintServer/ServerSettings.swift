import Foundation
import ProfileLint

/// What `profilelint serve` was started with.
public struct ServerSettings: Sendable {
    /// The address to listen on (`127.0.0.1` by default: put a TLS reverse proxy in front for an intranet).
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The folder where shared profile cards and the HR password live; nothing else is written.
    public var dataDirectory: String
    /// Whether the server sits behind TLS (cookies get `Secure`); set when a proxy terminates HTTPS.
    public var behindTLS: Bool
    /// Uploads per client address per minute.
    public var uploadsPerMinute: Int
    /// Password attempts per client address per minute.
    public var loginsPerMinute: Int

    /// Creates settings.
    public init(host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "profilelint-data", behindTLS: Bool = false,
                uploadsPerMinute: Int = 30, loginsPerMinute: Int = 5) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.behindTLS = behindTLS
        self.uploadsPerMinute = uploadsPerMinute
        self.loginsPerMinute = loginsPerMinute
    }

    /// The file holding the HR password's salted hash.
    public var passwordFile: String { (dataDirectory as NSString).appendingPathComponent("hr-password") }
}

/// The rules, configuration and one linter per language the server checks uploads with.
public struct ServerEngine: Sendable {
    /// The organisation's configuration (limits, organisation, language default).
    public var configuration: Configuration
    /// The rules after the configuration's overrides.
    public var rules: [Rule]
    /// The roster employees share their card against; without one, sharing is off.
    public var roster: Roster?
    let linters: [ReportLanguage: Linter]

    /// Loads the configuration at `configPath` (or none), the default rules and the roster at `rosterPath`.
    public init(configPath: String?, rosterPath: String? = nil) throws {
        let configuration = try configPath.map(ConfigurationLoader.load) ?? Configuration()
        roster = try rosterPath.map { try Roster.load($0, limits: configuration.limits) }
        let loader = RuleLoader(limits: configuration.limits)
        let rules = try configuration.applied(to: loader.loadDefaultRules(), loader: loader)
        self.configuration = configuration
        self.rules = rules
        var linters: [ReportLanguage: Linter] = [:]
        for language in ReportLanguage.allCases {
            linters[language] = Linter(rules: rules, organisation: configuration.organisation, language: language,
                                       minimumCheckedShare: configuration.minimumCheckedShare)
        }
        self.linters = linters
    }

    /// What one upload held.
    public enum Checked: Sendable {
        /// One profile, checked, with its profile card (what sharing would send, nothing more).
        case one(ProfileReport, card: String)
        /// Several profiles (a JSON Lines file, an array): the page checks one at a time.
        case several(Int)
    }

    /// The roster entry an employee names by id or work e-mail (either case), if the roster has one.
    public func employee(_ identity: String) -> Roster.Entry? {
        let key = identity.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !key.isEmpty, let roster else { return nil }
        return roster.entries.first { $0.id.lowercased() == key || $0.email == key }
    }

    /// The workforce report from the shared cards (by employee id) and the roster: an employee without a card is
    /// missing a profile, as in `batch`.
    public func workforce(cards: [String: String], language: ReportLanguage) -> (WorkforceReport, [EmployeeRecord]) {
        let linter = linters[language] ?? Linter(rules: rules, organisation: configuration.organisation, language: language,
                                                 minimumCheckedShare: configuration.minimumCheckedShare)
        var aggregator = WorkforceAggregator(rules: rules, organisation: configuration.organisation)
        var records: [EmployeeRecord] = []
        for entry in roster?.entries ?? [] {
            let record: EmployeeRecord
            if let card = cards[entry.id],
               case .success(let input)? = InputReader(limits: configuration.limits).read(bytes: Array(card.utf8), display: "\(entry.id).card.json").first {
                let report = linter.lint(input.profile, source: entry.id, format: input.format)
                record = .scored(report, profile: input.profile, id: entry.id, name: entry.name, department: entry.department)
            } else {
                record = .missing(id: entry.id, name: entry.name, department: entry.department)
            }
            aggregator.add(record)
            records.append(record)
        }
        return (aggregator.report(), records)
    }

    /// Reads and checks an upload in memory; `name` is the file name the browser sent, shown in errors.
    public func check(_ bytes: [UInt8], name: String, language: ReportLanguage) -> Result<Checked, ProfileLintError> {
        let outcomes = InputReader(limits: configuration.limits).read(bytes: bytes, display: name)
        if outcomes.count > 1 { return .success(.several(outcomes.count)) }
        guard let first = outcomes.first else { return .failure(.notAProfile(path: name, kind: CatalogMessage(.kindEmptyFile), expected: CatalogMessage(.expectedProfileFormats))) }
        switch first {
        case .failure(let error):
            return .failure(error)
        case .success(let input):
            let linter = linters[language] ?? Linter(rules: rules, organisation: configuration.organisation, language: language,
                                                     minimumCheckedShare: configuration.minimumCheckedShare)
            let report = linter.lint(input.profile, source: name, format: input.format)
            return .success(.one(report, card: ProfileCard.card(for: input.profile, report: report)))
        }
    }
}
