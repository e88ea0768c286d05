import Testing
@testable import ProfileLint

/// JUnit marks as failures only what fails the run (`--fail-on`), as ESLint's and Spectral's
/// JUnit formatters do; a finding below it stays visible in `<system-out>`.
@Suite struct JUnitSeverityTests {
    static func failures(_ xml: String) -> Int {
        xml.components(separatedBy: "<failure ").count - 1
    }

    @Test func onlyFindingsAtOrAboveFailOnAreFailures() throws {
        let run = try GoldenRun.make()
        let failing = run.profiles.flatMap(\.results).filter { $0.status == .fail }
        let errors = failing.filter { $0.severity == .error }.count
        let warningsAndErrors = failing.filter { $0.severity >= .warning }.count
        #expect(errors < warningsAndErrors, "the golden run must have failing warnings for this test to mean anything")

        let byDefault = JUnitReporter().report(run)
        #expect(Self.failures(byDefault) == errors)
        #expect(byDefault.contains("failures=\"\(errors)\" errors=\"1\""))
        #expect(byDefault.contains(": warning: The About section is empty.</system-out>"))

        let strict = JUnitReporter(options: ReporterOptions(failOn: .warning)).report(run)
        #expect(Self.failures(strict) == warningsAndErrors)
        let all = JUnitReporter(failOn: .info).report(run)
        #expect(Self.failures(all) == failing.count)
    }
}
