// libFuzzer harness for LinkedIn export ZIP archives: the central directory walk, entry safety
// checks, inflating within the limits, CRC checks and the importer. Run by .ci/fuzz; seeds:
// Fixtures/linkedin/*.zip and the ZIP cases of Fixtures/hostile.
import FuzzSupport
import ProfileLint

/// One input: read as an export archive, in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    do {
        _ = try LinkedInExportImporter(limits: FuzzDriver.limits).importArchive(bytes, display: "fuzz.zip")
    } catch {
        _ = (error as? ProfileLintError)?.errorDescription
    }
    return 0
}

@main enum FuzzZIP {
    static func main() { FuzzDriver.run(testOneInput) }
}
