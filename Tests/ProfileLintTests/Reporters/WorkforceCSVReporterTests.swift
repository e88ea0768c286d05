import Testing
@testable import ProfileLint

@Suite struct WorkforceCSVReporterTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+31 6 1234", "'+31 6 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("plain text", "plain text"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("", ""),
    ])
    func cellsAreNeutralisedAndQuoted(value: String, expected: String) {
        #expect(WorkforceCSVReporter.cell(value) == expected)
    }

    @Test func rowsEndInCRLFAndNeverStartAFormula() {
        let record = EmployeeRecord.missing(id: "=1+1", name: "@evil", department: "-Sales")
        let row = WorkforceCSVReporter().row(record)
        #expect(row.hasSuffix("\r\n"))
        #expect(row.hasPrefix("'=1+1,'@evil,'-Sales,missing,"))
    }
}
