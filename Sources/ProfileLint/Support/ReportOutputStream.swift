import Foundation

/// A buffered stream for reports: to standard output, or to a file written atomically.
///
/// A front end makes one and hands it to the batch runner (or writes a report to it), then commits
/// or discards it; how a report is framed in it is the reporters' business.
/// A file target is written to a temporary file beside it and renamed into place by ``commit()``,
/// so an interrupted run never leaves half a report; ``discard()`` removes the temporary file.
package final class ReportOutputStream {
    private let handle: FileHandle
    private let target: String?
    private let temporary: String?
    private let buffer = ByteBuffer(capacity: 1 << 16)
    private let bufferSize = 1 << 16
    /// Why the first write failed (a full disk, say); later writes are dropped and ``commit()`` throws.
    private var failure: CatalogMessage?

    /// A stream to standard output.
    package init() {
        handle = FileHandle.standardOutput
        target = nil
        temporary = nil
    }

    /// A stream to `path`, created atomically on ``commit()``.
    package init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ProfileLintError.cannotWrite(path: path, reason: CatalogMessage(.errorCannotCreateFolder, ["folder": .text(folder.path)]))
        }
        let temporaryPath = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil), let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw ProfileLintError.cannotWrite(path: path, reason: CatalogMessage(.errorCannotCreateFileIn, ["folder": .text(folder.path)]))
        }
        self.handle = handle
        target = path
        temporary = temporaryPath
    }

    /// A stream to a scratch file that is read back with ``copy(to:)`` and then removed.
    static func scratch() throws -> ReportOutputStream {
        try ReportOutputStream(path: FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-spool-\(UUID().uuidString)").path)
    }

    /// Appends `text`.
    package func write(_ text: String) {
        buffer.append(text)
        if buffer.count >= bufferSize { flush() }
    }

    /// Appends UTF-8 `bytes`; a large piece (a batch job's lines) is written straight out.
    func write(bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count > bufferSize {
            flush()
            if bytes.count >= bufferSize {
                writeOut(bytes)
                return
            }
        }
        buffer.append(bytes)
    }

    /// Appends what `bytes` holds.
    func write(_ bytes: ByteBuffer) {
        bytes.withUnsafeBytes { write(bytes: $0) }
    }

    /// Writes out the buffer.
    package func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeOut($0) }
        buffer.removeAll()
    }

    private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        do {
            try handle.write(contentsOf: UnsafeRawBufferPointer(bytes))
        } catch {
            failure = Self.reason(error)
        }
    }

    /// Why a write failed, in the system's words (`No space left on device`).
    package static func reason(_ error: any Error) -> CatalogMessage {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return .system(Int32(underlying.code))
        }
        if error.domain == NSPOSIXErrorDomain { return .system(Int32(error.code)) }
        return .detail(error.localizedDescription)
    }

    /// The path shown when a write fails.
    private var shownPath: String { target ?? "standard output" }

    /// Throws when a write has failed; a file target's temporary file is removed first.
    private func checkWrites() throws {
        guard let failure else { return }
        discard()
        throw ProfileLintError.cannotWrite(path: shownPath, reason: failure)
    }

    /// Flushes and renames the temporary file onto the target; throws, leaving the target untouched,
    /// when any write failed.
    package func commit() throws {
        flush()
        try checkWrites()
        guard let target, let temporary else { return }
        try? handle.close()
        guard rename(temporary, target) == 0 else {
            let reason = CatalogMessage.system(errno)
            try? FileManager.default.removeItem(atPath: temporary)
            throw ProfileLintError.cannotWrite(path: target, reason: reason)
        }
    }

    /// Closes and removes the temporary file without touching the target.
    package func discard() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// Copies what was written so far (a scratch stream) into `other`, then removes the scratch file.
    func copy(to other: ReportOutputStream) throws {
        flush()
        try checkWrites()
        guard let temporary else { return }
        try? handle.close()
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard let reader = FileHandle(forReadingAtPath: temporary) else {
            throw ProfileLintError.cannotWrite(path: temporary, reason: CatalogMessage(.errorCannotReadScratchFile))
        }
        defer { try? reader.close() }
        other.flush()
        try other.checkWrites()
        while let data = try reader.read(upToCount: 1 << 20), !data.isEmpty {
            do {
                try other.handle.write(contentsOf: data)
            } catch {
                other.failure = Self.reason(error)
                try other.checkWrites()
            }
        }
    }
}
