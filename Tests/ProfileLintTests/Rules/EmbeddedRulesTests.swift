import Testing
@testable import ProfileLint

@Suite struct EmbeddedRulesTests {
    @Test func embeddedRulesLoadTheSameRulesAsTheFolder() throws {
        let embedded = try RuleLoader().loadDefaultRules()
        let folder = try RuleLoader().loadDirectory(Repository.path("Rules"))
        #expect(embedded.map(\.id) == folder.map(\.id))
        #expect(embedded.map(\.weight) == folder.map(\.weight))
        #expect(embedded.map(\.severity) == folder.map(\.severity))
    }

    @Test func defaultRulesetHasTheRequiredIDs() throws {
        let ids = Set(try RuleLoader().loadDefaultRules().map(\.id))
        for required in ["photo", "headline", "about", "current-position", "role-description", "employer-named",
                         "past-positions", "education", "skills", "location", "industry", "connections", "groups-joined"] {
            #expect(ids.contains(required), "missing default rule \(required)")
        }
    }
}
