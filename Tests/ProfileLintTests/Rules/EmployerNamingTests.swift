import Testing
@testable import ProfileLint

/// "Names the employer" is decided by one function, for the `employer-named` check and for the
/// workforce report's employer presence.
@Suite struct EmployerNamingTests {
    @Test func anyEmployerCountsWithoutAnOrganisation() {
        #expect(EmployerName.namesEmployer("Globex", organisation: nil))
        #expect(!EmployerName.namesEmployer("", organisation: nil))
    }

    @Test func theOrganisationIsNamedByItsNameOrAliasesInAnySpelling() {
        let organisation = Organisation(name: "Acme Logistics", aliases: ["Acme"])
        #expect(EmployerName.namesEmployer("ACME b.v.", organisation: organisation))
        #expect(EmployerName.namesEmployer("Acme Logistics GmbH", organisation: organisation))
        #expect(!EmployerName.namesEmployer("Globex", organisation: organisation))
        #expect(!EmployerName.namesEmployer("", organisation: organisation))
    }
}
