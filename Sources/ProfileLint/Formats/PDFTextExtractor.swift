import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs poppler's `pdftotext -bbox-layout` on a PDF held in memory and gives its word boxes as
/// XHTML text: the PDF layer of ``PDFProfileImporter``, never a hand-written PDF parser.
///
/// The PDF goes to `pdftotext` through its standard input (`-`), so an upload held in memory is never
/// written to a temporary file. The run is bounded: it is stopped after ``Limits/maximumPDFSeconds``
/// and when its output grows past ``Limits/maximumPDFTextSize`` (a decompression bomb, a huge
/// stream), and what poppler says on standard error tells an encrypted file from a damaged one.
/// Poppler is found on `PATH` when a PDF is read; neither the package nor its build needs it.
struct PDFTextExtractor: Sendable {
    /// Why a PDF gave no word boxes.
    enum Failure: Error, Equatable {
        /// `pdftotext` is not on `PATH`.
        case popplerMissing
        /// The PDF needs a password, or forbids copying its text.
        case encrypted
        /// Poppler could not read the file as a PDF; `detail` is its first message.
        case damaged(detail: String)
        /// The run took longer than the limit, in seconds.
        case tookTooLong(seconds: Int)
        /// The text grew past the limit, in bytes.
        case tooMuchText(limit: Int)
        /// `pdftotext` could not be started.
        case cannotRun(reason: String)
    }

    /// The bounds of one run.
    var limits: Limits

    /// The path of `pdftotext` on `PATH`, or `nil`.
    static func pdftotextPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? ""
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(folder) + (folder.hasSuffix("/") ? "pdftotext" : "/pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether poppler's `pdftotext` can be found.
    static var isAvailable: Bool { pdftotextPath() != nil }

    /// The word boxes of `pdf` as `pdftotext -bbox-layout` writes them (UTF-8 XHTML).
    func wordBoxes(of pdf: [UInt8]) -> Result<[UInt8], Failure> {
        guard let executable = Self.pdftotextPath() else { return .failure(.popplerMissing) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", "-", "-"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.cannotRun(reason: "\(error)"))
        }
        let outputLimit = max(limits.maximumPDFTextSize, 1)
        let text = PipeCollector(limit: outputLimit) { [process] in
            if process.isRunning { process.terminate() }
        }
        let messages = PipeCollector(limit: 64 << 10, onOverflow: {})
        let readers = DispatchGroup()
        text.start(reading: output.fileHandleForReading.fileDescriptor, group: readers)
        messages.start(reading: errors.fileHandleForReading.fileDescriptor, group: readers)
        PipeFeeder.start(pdf, writingTo: input.fileHandleForWriting, group: readers)

        let seconds = max(limits.maximumPDFSeconds, 1)
        if finished.wait(timeout: .now() + .seconds(seconds)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(2)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            readers.wait()
            return .failure(.tookTooLong(seconds: seconds))
        }
        readers.wait()
        if text.overflowed { return .failure(.tooMuchText(limit: outputLimit)) }
        let status = process.terminationStatus
        let stderr = String(decoding: messages.bytes, as: UTF8.self)
        if status == 0 { return .success(text.bytes) }
        return .failure(Self.failure(status: status, messages: stderr))
    }

    /// What a failed run means, from its exit status (poppler: 1 cannot open, 3 copying not allowed)
    /// and its messages.
    static func failure(status: Int32, messages: String) -> Failure {
        let lowered = messages.lowercased()
        if status == 3 || lowered.contains("password") || lowered.contains("encrypt") || lowered.contains("copying of text") {
            return .encrypted
        }
        let first = messages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? "pdftotext exited with status \(status)"
        return .damaged(detail: String(first.prefix(200)))
    }
}

/// Reads a pipe to its end on a thread of its own, keeping at most `limit` bytes.
private final class PipeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [UInt8] = []
    private var didOverflow = false
    private let limit: Int
    private let onOverflow: @Sendable () -> Void

    init(limit: Int, onOverflow: @escaping @Sendable () -> Void) {
        self.limit = limit
        self.onOverflow = onOverflow
    }

    var bytes: [UInt8] { lock.withLock { collected } }
    var overflowed: Bool { lock.withLock { didOverflow } }

    func start(reading descriptor: Int32, group: DispatchGroup) {
        group.enter()
        let thread = Thread { [self] in
            defer { group.leave() }
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                let overflow: Bool = lock.withLock {
                    if didOverflow { return false }
                    if collected.count + count > limit {
                        didOverflow = true
                        return true
                    }
                    collected.append(contentsOf: buffer[0..<count])
                    return false
                }
                // Past the limit the rest is drained and dropped, so the process never blocks on a full pipe.
                if overflow { onOverflow() }
            }
        }
        thread.start()
    }
}

/// Writes the PDF into `pdftotext`'s standard input on a thread of its own, then closes it.
private enum PipeFeeder {
    static func start(_ bytes: [UInt8], writingTo handle: FileHandle, group: DispatchGroup) {
        group.enter()
        let thread = Thread {
            defer { group.leave() }
            // A reader that exits early must give EPIPE here, not a SIGPIPE that ends the whole process:
            // the signal is blocked on this thread only, and one left pending is taken back below.
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            let descriptor = handle.fileDescriptor
            var offset = 0
            var brokenPipe = false
            bytes.withUnsafeBytes { buffer in
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        brokenPipe = errno == EPIPE
                        break
                    }
                    offset += written
                }
            }
            if brokenPipe {
                var pending = sigset_t()
                sigpending(&pending)
                if sigismember(&pending, SIGPIPE) == 1 {
                    var taken: Int32 = 0
                    sigwait(&blocked, &taken)
                }
            }
            try? handle.close()
        }
        thread.start()
    }
}
