// libFuzzer harness for LinkedIn export CSV files: decoding (UTF-8, UTF-16), the header check of
// export detection, the CSV reader and the export importer, with the same bytes as every export file it reads. Run by .ci/fuzz; seeds:
// Fixtures/linkedin/**/*.csv and Fixtures/workforce/exports/**/*.csv.
import FuzzSupport
import ProfileLint

/// The export files the importer reads.
let kinds = LinkedInExportFile.allCases.filter(\.isRead)
/// The default rules, loaded once.
let linter = Linter(rules: (try? RuleLoader().loadDefaultRules()) ?? [])

/// One input: split as CSV, then imported as each export file at once and linted.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    if let records = try? CSVReader(limits: FuzzDriver.limits).read(bytes: bytes, file: "fuzz.csv") {
        for record in records { _ = record.fields.count }
    }
    for kind in LinkedInExportFile.allCases { _ = kind.hasLinkedInHeader(bytes) }
    var files: [LinkedInExportFile: LinkedInExportImporter.File] = [:]
    for kind in kinds { files[kind] = LinkedInExportImporter.File(bytes: bytes, display: "fuzz/" + kind.rawValue) }
    do {
        let profile = try LinkedInExportImporter(limits: FuzzDriver.limits).importFiles(files, display: "fuzz")
        let report = linter.lint(profile, source: "fuzz", format: .linkedInExport)
        _ = TextReporter().report(CheckRun(profiles: [report], errors: [], rules: linter.rules, language: .dutch))
    } catch {
        _ = (error as? ProfileLintError)?.errorDescription
    }
    return 0
}

@main enum FuzzCSV {
    static func main() { FuzzDriver.run(testOneInput) }
}
