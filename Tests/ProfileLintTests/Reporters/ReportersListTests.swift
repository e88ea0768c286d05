import Testing
@testable import ProfileLint

/// The registry: each command's formats in help order, found by identifier, each described.
@Suite struct ReportersListTests {
    @Test func eachCommandListsItsFormatsInHelpOrder() {
        #expect(ReportersList.check.map { $0.identifier } == ["text", "json", "sarif", "junit", "github"])
        #expect(ReportersList.workforce.map { $0.identifier } == ["text", "json", "csv", "html"])
    }

    @Test func reporterIsFoundByItsIdentifierAndOnlyByIt() {
        for reporter in ReportersList.check {
            #expect(ReportersList.checkReporter(identifier: reporter.identifier) == reporter)
        }
        for reporter in ReportersList.workforce {
            #expect(ReportersList.workforceReporter(identifier: reporter.identifier) == reporter)
        }
        #expect(ReportersList.checkReporter(identifier: "csv") == nil)
        #expect(ReportersList.workforceReporter(identifier: "sarif") == nil)
        #expect(ReportersList.checkReporter(identifier: "JSON") == nil)
    }

    @Test func everyReporterSaysWhatItIsForAndWhatFilesItWrites() {
        for reporter in ReportersList.all {
            #expect(reporter.description.hasPrefix("for "), "\(reporter.identifier): \(reporter.description)")
            #expect(!reporter.fileExtensions.isEmpty, "\(reporter.identifier)")
            #expect(reporter.fileExtensions.allSatisfy { !$0.hasPrefix(".") && !$0.isEmpty }, "\(reporter.identifier)")
        }
    }

    @Test func onlyTheFormatsThatListEmployeesStream() {
        let streaming = ReportersList.workforce.filter { $0 is any StreamingWorkforceReporter.Type }.map { $0.identifier }
        #expect(streaming == ["json", "csv"])
        for reporter in ReportersList.workforce {
            let declared = reporter.init(options: ReporterOptions()).streaming.map { type(of: $0).identifier }
            #expect(declared == (streaming.contains(reporter.identifier) ? reporter.identifier : nil), "\(reporter.identifier)")
        }
    }

    @Test func textColourIsAnOption() {
        let run = CheckRun(profiles: [], errors: [InputError(source: "a.json", message: "bad"), InputError(source: "b.json", message: "bad")], rules: [], language: .english)
        let plain = TextReporter(options: ReporterOptions()).report(run)
        let coloured = TextReporter(options: ReporterOptions(colour: true)).report(run)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1m"))
    }
}
