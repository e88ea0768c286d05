import Foundation
import ProfileLint

/// Runs a fuzz harness: under libFuzzer when built for fuzzing, otherwise replays inputs from files.
///
/// Built by `.ci/fuzz` with `-sanitize=fuzzer,address -DFUZZING`, ``run(_:)`` hands the harness's
/// `LLVMFuzzerTestOneInput` to libFuzzer's driver (`LLVMFuzzerRunDriver`), which takes the usual
/// libFuzzer arguments (`-max_total_time=60 corpus/`). SwiftPM links every executable with its own
/// `main`, so libFuzzer's `main` cannot be used; calling the driver from ours works in both builds.
///
/// In a plain `swift build` (no sanitizer, no `FUZZING`), the same executable replays each file
/// given, or every file in each folder given, through the harness once: a crash found by the fuzzer
/// reproduces with `swift run FuzzJSON crash-…`, and the harnesses never break a normal build.
public enum FuzzDriver {
    /// The signature of `LLVMFuzzerTestOneInput`.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs `testOneInput` under libFuzzer or over the files named on the command line; never returns.
    public static func run(_ testOneInput: TestOneInput) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst()), testOneInput))
        #endif
    }

    /// Feeds every file named in `arguments` (folders: every file inside, sorted) to `testOneInput`;
    /// returns the exit status.
    static func replay(_ arguments: [String], _ testOneInput: TestOneInput) -> CInt {
        guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
            FileHandle.standardError.write(Data("""
                usage: \(CommandLine.arguments.first ?? "harness") FILE|FOLDER...
                This build replays inputs; build with .ci/fuzz to fuzz (libFuzzer options need that build).

                """.utf8))
            return 2
        }
        var files: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("\(argument): no such file or folder\n".utf8))
                return 2
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                files += names.sorted().map { (argument as NSString).appendingPathComponent($0) }
            } else {
                files.append(argument)
            }
        }
        var count = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { testOneInput($0.baseAddress, $0.count) }
            count += 1
        }
        FileHandle.standardError.write(Data("replayed \(count) inputs without a crash\n".utf8))
        return 0
    }

    /// The bytes libFuzzer hands over, copied into an array (an empty input may come with no pointer).
    public static func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let start, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// Limits small enough that the fuzzer reaches the limit checks and each input stays fast.
    public static let limits = Limits(maximumFileSize: 1 << 20, maximumUncompressedSize: 1 << 20, maximumDepth: 64, maximumRecordSize: 4096)
}

/// LeakSanitizer's suppressions, read by the sanitizer runtime (in the fuzzing build) before its first
/// leak check. `Check` is an `indirect enum` and Swift keeps the case number in the spare high bits of
/// each box pointer, which LeakSanitizer does not see as a pointer: the default rules, still in use,
/// look leaked from the rule loader.
@_cdecl("__lsan_default_suppressions")
public func leakSanitizerDefaultSuppressions() -> UnsafePointer<CChar> {
    let suppressions: StaticString = "leak:RuleFileReader\n"
    return UnsafeRawPointer(suppressions.utf8Start).assumingMemoryBound(to: CChar.self)
}

#if FUZZING
// libFuzzer's entry point for a custom `main` (compiler-rt FuzzerInterface.h); linked by -sanitize=fuzzer.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzDriver.TestOneInput
) -> CInt
#endif
