import Testing
@testable import ProfileLint

@Suite struct LooseComparisonTests {
    static let texts = [
        "", " ", "---", "Data engineer", "data  ENGINEER", " Data-engineer. ", "Data engineers", "Data engineer at Acme",
        "data engineer ", "Dataengineer", "Data engineer!", "Recruiter", "recruiter", "Réseau manager", "reseau manager",
        "RÉSEAU MANAGER", "Data\tengineer", "Data\nengineer", "a", "A ", "1 2 3", "1-2-3", "123",
    ]

    @Test(arguments: texts)
    func looselyEqualsAgreesWithTheLooseForms(text: String) {
        for other in Self.texts {
            #expect(text.looselyEquals(other) == (text.looselyComparable == other.looselyComparable), "\(text) vs \(other)")
        }
        #expect(text.hasNoLooseWords == text.looselyComparable.isEmpty)
    }
}
