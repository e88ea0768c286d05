import Testing
@testable import ProfileLint

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2021", PartialDate(year: 2021)),
        ("2021-03", PartialDate(year: 2021, month: 3)),
        ("2021-03-15", PartialDate(year: 2021, month: 3, day: 15)),
        ("  2021-03 ", PartialDate(year: 2021, month: 3)),
    ])
    func isoDatesParse(text: String, expected: PartialDate) {
        #expect(PartialDate(iso: text) == expected)
    }

    @Test(arguments: ["", "21", "2021-3", "2021-13", "2021-00", "2021-03-32", "2021-03-1", "2021 03", "2021-03-15-01", "2013-12-021",
                      "March 2021", "2021-", "-2021", "２０２１"])
    func malformedDatesAreRejected(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }
}
