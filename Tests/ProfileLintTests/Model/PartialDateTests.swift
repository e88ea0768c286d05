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

@Suite struct PartialDateReadingTests {
    @Test(arguments: [
        ("Mar-2022", PartialDate(year: 2022, month: 3)),
        ("May 2022", PartialDate(year: 2022, month: 5)),
        ("October 2014", PartialDate(year: 2014, month: 10)),
        ("Sep 2015", PartialDate(year: 2015, month: 9)),
        ("Sept. 2015", PartialDate(year: 2015, month: 9)),
        ("mars 2021", PartialDate(year: 2021, month: 3)),
        ("févr. 2020", PartialDate(year: 2020, month: 2)),
        ("Août 2019", PartialDate(year: 2019, month: 8)),
        ("mrt 2018", PartialDate(year: 2018, month: 3)),
        ("okt 2017", PartialDate(year: 2017, month: 10)),
        ("März 2016", PartialDate(year: 2016, month: 3)),
        ("Dezember 2015", PartialDate(year: 2015, month: 12)),
        ("noviembre de 2021", PartialDate(year: 2021, month: 11)),
        ("setembro de 2020", PartialDate(year: 2020, month: 9)),
        ("outubro 2019", PartialDate(year: 2019, month: 10)),
        ("2014, June", PartialDate(year: 2014, month: 6)),
        ("June 5, 2020", PartialDate(year: 2020, month: 6, day: 5)),
        ("2023-9-28", PartialDate(year: 2023, month: 9, day: 28)),
        ("2023-9", PartialDate(year: 2023, month: 9)),
        ("2023/09/28", PartialDate(year: 2023, month: 9, day: 28)),
        ("07/2025", PartialDate(year: 2025, month: 7)),
        ("7-2025", PartialDate(year: 2025, month: 7)),
        ("2019", PartialDate(year: 2019)),
        (" 2019 ", PartialDate(year: 2019)),
        ("28-09-2023", PartialDate(year: 2023, month: 9, day: 28)),
        ("09/28/2023", PartialDate(year: 2023, month: 9, day: 28)),
        ("05.05.2020", PartialDate(year: 2020, month: 5, day: 5)),
        ("2022-03-01T00:00:00.000Z", PartialDate(year: 2022, month: 3, day: 1)),
    ])
    func datesAsPeopleWriteThemAreRead(text: String, expected: PartialDate) {
        #expect(PartialDate.read(text) == .date(expected))
    }

    @Test(arguments: ["08-12-2020", "01/02/2021"])
    func dayAndMonthThatCouldBeEitherWayRoundAreAmbiguous(text: String) {
        #expect(PartialDate.read(text) == .ambiguous)
    }

    @Test(arguments: ["sometime", "Mar 22", "jui 2020", "2020-13", "13/2020", "32-13-2020", "Spring 2020", "2019 - 2021", "12345", "May June 2020"])
    func textThatIsNoDateIsUnrecognised(text: String) {
        #expect(PartialDate.read(text) == .unrecognised)
    }

    @Test(arguments: ["Present", "present", " PRESENT. ", "Current", "Now", "Heden", "huidig", "Nu", "Aujourd'hui", "aujourd’hui",
                      "Actuel", "Presente", "Atual", "Heute", "Actualidad", "Actualmente", "Today", "Present (part-time)"])
    func presentAndItsTranslationsMeanStillInTheRole(text: String) {
        #expect(PartialDate.meansPresent(text))
        #expect(PartialDate.read(text) == .present)
    }

    @Test(arguments: ["", "Past", "Presently unemployed", "2020", "Nov 2023"])
    func otherTextDoesNotMeanPresent(text: String) {
        #expect(!PartialDate.meansPresent(text))
    }

    @Test func blankTextIsBlank() {
        #expect(PartialDate.read("  ") == .blank)
    }

    @Test(arguments: [("Feb 2022", PartialDate(year: 2022, month: 2)), ("okt 2021", PartialDate(year: 2021, month: 10))])
    func linkedInDatesUseTheSameMonthNames(text: String, expected: PartialDate) {
        #expect(PartialDate(linkedIn: text) == expected)
    }
}
