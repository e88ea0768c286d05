import Foundation

/// Writes reports atomically: to a temporary file in the same folder, then renamed over the target.
///
/// An interrupted run therefore never leaves half a report, and readers never see one.
public enum AtomicFileWriter {
    /// Writes `text` to `path` atomically, creating missing parent folders.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically, creating missing parent folders.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
                throw ProfileLintError.cannotWrite(path: path, reason: CatalogMessage(.errorCannotCreateFileIn, ["folder": .text(folder.path)]))
            }
            guard rename(temporary.path, url.path) == 0 else {
                let reason = CatalogMessage.system(errno)
                try? FileManager.default.removeItem(at: temporary)
                throw ProfileLintError.cannotWrite(path: path, reason: reason)
            }
        } catch let error as ProfileLintError {
            throw error
        } catch {
            throw ProfileLintError.cannotWrite(path: path, reason: ReportOutputStream.reason(error))
        }
    }
}
