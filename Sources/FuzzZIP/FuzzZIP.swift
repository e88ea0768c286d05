// libFuzzer harness for LinkedIn export ZIP archives: detection, the central directory walk, entry
// safety checks, inflating within the limits, CRC checks, the header check and the importer. Run by .ci/fuzz; seeds:
// Fixtures/linkedin/*.zip and the ZIP cases of Fixtures/hostile.
import FuzzSupport
import ProfileLint

/// One input: read in memory as the detector finds it (an archive when it opens as one), then as an
/// export archive whatever it is.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    for reader in [InputReader(limits: FuzzDriver.limits), InputReader(limits: FuzzDriver.limits, forcedFormat: .linkedInExport)] {
        for outcome in reader.read(bytes: bytes, display: "fuzz.zip") {
            if case .failure(let error) = outcome { _ = error.errorDescription }
        }
    }
    return 0
}

@main enum FuzzZIP {
    static func main() { FuzzDriver.run(testOneInput) }
}
