import Foundation
import Testing
@testable import ProfileLint

@Suite struct CSVReaderTests {
    private func records(_ text: String, limits: Limits = .default) throws -> [CSVRecord] {
        try CSVReader(limits: limits).read(bytes: Array(text.utf8), file: "test.csv")
    }

    @Test func quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() throws {
        let records = try records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line one\nline two\"\nlast,row,here\n")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "line one\nline two"], ["last", "row", "here"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: [
        "Name,Title\nAnna,Planner\nBen,Driver\n",
        "Name,Title\r\nAnna,Planner\r\nBen,Driver\r\n",
        "Name,Title\nAnna,Planner\nBen,Driver",
        "Name,Title\r\nAnna,Planner\r\nBen,Driver",
        "Name,Title\rAnna,Planner\rBen,Driver\r",
    ])
    func lineEndingsAndAMissingFinalNewlineGiveTheSameRecords(text: String) throws {
        let records = try records(text)
        #expect(records.map(\.fields) == [["Name", "Title"], ["Anna", "Planner"], ["Ben", "Driver"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func quotedMultiLineFieldWithCarriageReturnsKeepsLaterLineNumbers() throws {
        // Learning.csv style: a quoted field holding a lone CR and a CRLF.
        let records = try records("Title,Notes\r\n\"Course\",\"first\rsecond\r\nthird\"\r\nNext,row\r\n")
        #expect(records.count == 3)
        #expect(records[1].fields == ["Course", "first\rsecond\r\nthird"])
        #expect(records[1].line == 2)
        #expect(records[2].line == 5)
        #expect(records[2].positions == [CSVRecord.Position(line: 5, column: 1), CSVRecord.Position(line: 5, column: 6)])
    }

    @Test func fieldAfterAMultiLineFieldKnowsItsOwnLineAndColumn() throws {
        let records = try records("A,B,C\n1,\"two\nlines\",3\n")
        #expect(records[1].positions == [
            CSVRecord.Position(line: 2, column: 1), CSVRecord.Position(line: 2, column: 3), CSVRecord.Position(line: 3, column: 8),
        ])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let records = try records("naïve,\"quoted\",€uro,x\n")
        #expect(records[0].positions.map(\.column) == [1, 7, 16, 21])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let records = try CSVReader().read(bytes: [0xEF, 0xBB, 0xBF] + Array("Name\nSQL\n".utf8), file: "Skills.csv")
        #expect(records.map(\.fields) == [["Name"], ["SQL"]])
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkTabSeparatedAndQuotedIsDecoded(littleEndian: Bool) throws {
        // 2018 "Ad Targeting.csv": UTF-16 with a BOM, tab-separated, every field quoted.
        let text = "\"Member Groups\"\t\"Member Skills\"\r\n\"Dutch Data Engineers;Supply Chain NL\"\t\"SQL; Python\"\r\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let records = try CSVReader().read(bytes: bytes, file: "Ad Targeting.csv")
        #expect(records.map(\.fields) == [["Member Groups", "Member Skills"], ["Dutch Data Engineers;Supply Chain NL", "SQL; Python"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func utf16WithoutByteOrderMarkIsRecognisedFromItsFirstCharacter() throws {
        var bytes: [UInt8] = []
        for unit in "Name\nSQL\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try CSVReader().read(bytes: bytes, file: "Skills.csv").map(\.fields) == [["Name"], ["SQL"]])
    }

    @Test func oddLengthUTF16IsAClearError() throws {
        #expect(throws: ProfileLintError.malformedInput(location: SourceLocation(file: "x.csv"), reason: CatalogMessage(.errorUTF16OddLength))) {
            try CSVReader().read(bytes: [0xFF, 0xFE, 0x41, 0x00, 0x42], file: "x.csv")
        }
    }

    @Test func invalidUTF8NamesTheLineOfTheBadByte() throws {
        let bytes = Array("Name\nSQL\n".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = try #require(throws: ProfileLintError.self) { try CSVReader().read(bytes: bytes, file: "Skills.csv") }
        guard case .malformedInput(let location, let reason) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(location == SourceLocation(file: "Skills.csv", line: 3))
        #expect(reason.description.hasPrefix("invalid UTF-8"))
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", CSVReader.Delimiter.comma),
        ("a\tb\tc\n1\t2\t3\n", .tab),
        ("\"a, with comma\"\t\"b, too\"\n\"1\"\t\"2\"\n", .tab),
        ("Notes:\n\"One sentence, with commas, in quotes\"\n\nFirst Name,Last Name\n", .comma),
    ])
    func delimiterIsDetectedOutsideQuotes(text: String, delimiter: CSVReader.Delimiter) {
        #expect(CSVReader.detectDelimiter(Array(text.utf8)) == delimiter)
    }

    @Test func connectionsPreambleIsSkippedBeforeTheHeader() throws {
        let text = """
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing."

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Anna,Bakker,https://www.linkedin.com/in/anna-example,,Globex,Planner,16 Dec 2024
        ,,,,,,17 Dec 2024

        """
        let table = CSVTable(records: try records(text), file: "Connections.csv", isHeader: LinkedInExportImporter.isConnectionsHeader)
        #expect(table.preamble.map(\.line) == [1, 2])
        #expect(table.header?.line == 4)
        #expect(table.rows.map(\.line) == [5, 6])
        #expect(table.value("Company", in: table.rows[0]) == "Globex")
        #expect(table.value("Connected On", in: table.rows[1]) == "17 Dec 2024")
        #expect(table.rows[1].isBlank == false)
    }

    @Test func trailingCommaInTheHeaderGivesAnEmptyColumnName() throws {
        let table = CSVTable(records: try records("Member Groups,Member Skills,\nData NL,SQL,\n"), file: "Ad_Targeting.csv")
        #expect(table.columnNames == ["Member Groups", "Member Skills", ""])
        #expect(table.rows[0].fields == ["Data NL", "SQL", ""])
        #expect(table.value("Member Skills", in: table.rows[0]) == "SQL")
    }

    @Test func repeatedColumnNamesKeepEveryColumn() throws {
        let table = CSVTable(records: try records("Job Titles,Company Names,Job Titles,Job Titles\nPlanner,Acme,Driver,\n"), file: "Ad_Targeting.csv")
        #expect(table.column(named: "job titles") == 0)
        #expect(table.columns(named: "Job Titles") == [0, 2, 3])
        #expect(table.value("Job Titles", in: table.rows[0]) == "Planner")
        #expect(table.values("Job Titles", in: table.rows[0]) == ["Planner", "Driver", ""])
    }

    @Test func rowsShorterOrLongerThanTheHeaderAreTolerated() throws {
        let table = CSVTable(records: try records("A,B,C\n1\n1,2,3,4,5\n"), file: "x.csv")
        #expect(table.value("C", in: table.rows[0]) == "")
        #expect(table.value("Missing", in: table.rows[0]) == nil)
        #expect(table.value("C", in: table.rows[1]) == "3")
        #expect(table.rows[1].fields.count == 5)
        #expect(table.location(of: "C", inRow: 0) == SourceLocation(file: "x.csv", line: 2, column: 1, path: "row 1, column C"))
        #expect(table.location(of: "Missing", inRow: 1) == SourceLocation(file: "x.csv", line: 1, column: 1, path: "row 2, column Missing"))
    }

    @Test func emptyLinesAreSkippedAndEmptyInputHasNoRecords() throws {
        #expect(try records("Name\n\nSQL\n\r\n\nPython").map(\.fields) == [["Name"], ["SQL"], ["Python"]])
        #expect(try records("Name\n\nSQL\n\r\n\nPython").map(\.line) == [1, 3, 6])
        #expect(try records("").isEmpty)
        #expect(CSVTable(records: [], file: "x.csv").header == nil)
    }

    @Test func unbalancedQuoteNamesTheFileAndTheLineWhereTheRecordStarts() throws {
        let error = try #require(throws: ProfileLintError.self) {
            try records("Name,Notes\nAnna,fine\nBen,\"never closed\nstill open\n")
        }
        #expect(error.errorDescription == "test.csv:3:5: unbalanced quote: the quoted field is never closed before the end of the file")
    }

    @Test func unbalancedQuoteOnALaterLineOfTheRecordSaysWhereItOpens() throws {
        let error = try #require(throws: ProfileLintError.self) {
            try records("A,B,C\n\"one\ntwo\",\"three\n")
        }
        #expect(error.errorDescription == "test.csv:2: unbalanced quote: the quoted field is never closed before the end of the file (the quote opens on line 3, column 6)")
    }

    @Test func recordLargerThanTheLimitIsRefusedWithItsLine() throws {
        let limits = Limits(maximumFileSize: 1 << 20, maximumUncompressedSize: 1 << 20, maximumDepth: 16, maximumRecordSize: 64)
        let long = String(repeating: "x", count: 100)
        #expect(throws: ProfileLintError.limitExceeded(path: "test.csv:2", reason: CatalogMessage(.errorCSVRecordTooLong, ["limit": ByteCount(64).argument]))) {
            try records("Name\n\(long)\nshort\n", limits: limits)
        }
        // An unbalanced quote in a long file stops at the limit instead of reading to the end.
        let error = try #require(throws: ProfileLintError.self) {
            try records("Name\n\"" + String(repeating: "y\n", count: 1_000), limits: limits)
        }
        guard case .limitExceeded(let path, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == "test.csv:2")
    }

    @Test func arbitraryBytesNeverCrashTheReader() {
        var generator = SeededGenerator(seed: 0x5EED)
        let alphabet: [UInt8] = Array("ab,\t\"\r\n ".utf8) + [0xC3, 0xA9, 0xFF, 0xFE, 0x00]
        for _ in 0..<500 {
            let length = Int.random(in: 0..<64, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            do {
                let records = try CSVReader().read(bytes: bytes, file: "fuzz.csv")
                #expect(records.allSatisfy { $0.fields.count == $0.positions.count && $0.line >= 1 })
            } catch {
                let message = (error as? ProfileLintError)?.errorDescription ?? ""
                #expect(message.hasPrefix("fuzz.csv"), "unexpected error \(error)")
            }
        }
    }
}
