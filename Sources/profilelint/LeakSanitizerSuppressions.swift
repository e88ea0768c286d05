/// LeakSanitizer's suppressions for `profilelint` built with `--sanitize=address`, and for the test
/// process, which links this module: the sanitizer runtime calls this function, when the program
/// defines it, before its first leak check (other builds never call it). So `swift test
/// --sanitize=address` and `.ci/sanitizers address` pass on Linux without any environment.
///
/// Only leaks that are not leaks of ours are suppressed; everything else still fails the run:
/// - `RuleFileReader`: `Check` is an `indirect enum`, and Swift keeps the case number in the spare
///   high bits of each box pointer; LeakSanitizer does not see a tagged word as a pointer, so rules
///   that are still in use look leaked.
/// - `libXCTest.so` (tests): XCTest keeps its run bookkeeping until exit.
/// - `readBytesFromFile` (tests): swift-foundation's `String(contentsOf:)` loses a 4 KB read buffer (seen on
///   6.3.1 reading the browser's output files in `HTMLRenderingTests`).
/// - `Foundation7ProcessC3run` (tests): `Process.run()` loses a weak-reference side table per process.
@_cdecl("__lsan_default_suppressions")
public func leakSanitizerDefaultSuppressions() -> UnsafePointer<CChar> {
    let suppressions: StaticString = """
        leak:RuleFileReader
        leak:libXCTest.so
        leak:readBytesFromFile
        leak:Foundation7ProcessC3run

        """
    return UnsafeRawPointer(suppressions.utf8Start).assumingMemoryBound(to: CChar.self)
}
