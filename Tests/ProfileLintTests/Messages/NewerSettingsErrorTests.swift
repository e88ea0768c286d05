import Testing
@testable import ProfileLint

/// The errors of the settings and check kinds added since the catalog (ambassadors, group discovery,
/// word lists, department templates, PDF limits, categories, text checks) read in the user's language.
@Suite struct NewerSettingsErrorTests {
    static let configurations = [
        "organisation: Acme\nambassadors: {max_per_coach: 0}\n",
        "organisation: Acme\nambassadors: 3\n",
        "organisation: Acme\nambassadors: {min_connections: -5}\n",
        "organisation: Acme\ngroup_discovery: {min_share: 130%}\n",
        "organisation: Acme\ngroup_discovery: {min_share: lots}\n",
        "ambassadors: {max_per_coach: 2}\n",
        "lists: {buzzwrds: {add: {en: [guru]}}}\n",
        "lists: {buzzwords: {ad: {en: [guru]}}}\n",
        "lists: {buzzwords: {add: {de: [guru]}}}\n",
        "lists: {buzzwords: {add: [guru]}}\n",
        "lists: 3\n",
        "limits: {max_pdf_seconds: 0}\n",
        "organisation: Acme\ndepartments: {Sales: {groups: [], templat: x.json}}\n",
        "organisation: Acme\ndepartments: {Sales: {template: no-such-template.json}}\n",
    ]

    static let checks = [
        "min-results: {field: about, value: 0}",
        "min-share-action: {field: about, value: 2}",
        "prefix: {length: 0, check: {no-phrases: {field: about, list: buzzwords}}}",
        "prefix: {length: 10, check: {present: headline}}",
        "recent: {field: photo_uploaded}",
        "no-phrases: {field: about, list: buzzwrds}",
        "no-phrases: {field: about, list: buzzwords, language: klingon}",
        "no-phrases: {field: about}",
    ]

    /// The error `attempt` throws, in English, Dutch and French.
    static func lines(_ attempt: () throws -> Void) -> [ReportLanguage: String] {
        do {
            try attempt()
        } catch let error as ProfileLintError {
            return Dictionary(uniqueKeysWithValues: ReportLanguage.allCases.map { ($0, error.message(in: $0)) })
        } catch {}
        return [:]
    }

    static func expectNoEnglish(in lines: [ReportLanguage: String], _ input: String) {
        #expect(lines.count == ReportLanguage.allCases.count, "\(input) is refused with a ProfileLintError")
        for language in [ReportLanguage.dutch, .french] {
            let line = lines[language] ?? ""
            let leaked = LocalizedErrorTests.ownWords(line).filter(LocalizedErrorTests.englishOnlyWords(besides: language).contains)
            #expect(leaked.isEmpty, "\(input): English \(leaked) in: \(line)")
            #expect(line != lines[.english], "\(input) reads the same in \(language.rawValue) as in English: \(line)")
        }
    }

    @Test(arguments: configurations)
    func aBadNewerSettingIsRefusedInTheUsersLanguage(_ text: String) {
        Self.expectNoEnglish(in: Self.lines { _ = try ConfigurationLoader.parse(text, file: "config.yml") }, text)
    }

    @Test(arguments: checks)
    func aBadNewerCheckIsRefusedInTheUsersLanguage(_ check: String) {
        let lines = Self.lines { _ = try RuleLoader().loadRule(RuleCatalogTests.ruleFile(check: check), file: "round-trip.yml") }
        Self.expectNoEnglish(in: lines, check)
        #expect(lines[.english]?.contains("key 'check") == true, "the check itself is refused: \(lines[.english] ?? "")")
    }

    @Test func anUnknownCategoryIsRefusedInTheUsersLanguage() {
        let text = RuleCatalogTests.ruleFile(check: "present: headline").replacingOccurrences(of: "severity: info\n", with: "severity: info\ncategory: qualty\n")
        let lines = Self.lines { _ = try RuleLoader().loadRule(text, file: "round-trip.yml") }
        Self.expectNoEnglish(in: lines, "category: qualty")
        #expect(lines[.dutch]?.contains("'completeness', 'quality' of 'organisation' verwacht maar 'qualty' gevonden; bedoelde je 'quality'?") == true, "\(lines[.dutch] ?? "")")
    }

    @Test func anAllStarRuleOutsideCompletenessIsRefusedInTheUsersLanguage() {
        let text = RuleCatalogTests.ruleFile(check: "present: headline").replacingOccurrences(of: "severity: info\n", with: "severity: info\ncategory: quality\nall-star: true\n")
        Self.expectNoEnglish(in: Self.lines { _ = try RuleLoader().loadRule(text, file: "round-trip.yml") }, "all-star quality rule")
    }
}
