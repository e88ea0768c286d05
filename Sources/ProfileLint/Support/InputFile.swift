import Foundation

/// Reads input files read-only, within ``Limits``, with one clear error when that is impossible.
public enum InputFile {
    /// The bytes of `path`; `display` is the path shown in errors.
    public static func readBytes(_ path: String, display: String? = nil, limits: Limits) throws -> [UInt8] {
        let shown = display ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ProfileLintError.unreadable(path: shown, reason: "no such file or folder")
        }
        guard !isDirectory.boolValue else {
            throw ProfileLintError.unreadable(path: shown, reason: "is a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ProfileLintError.unreadable(path: shown, reason: "permission denied")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limits.maximumFileSize else {
            throw ProfileLintError.limitExceeded(path: shown, reason: "file is \(ByteCount(size)), larger than the limit of \(ByteCount(limits.maximumFileSize)) (limits.max_file_size)")
        }
        do {
            // Read at most one byte over the limit so that files growing while read are still bounded.
            let data = try handle.read(upToCount: limits.maximumFileSize + 1) ?? Data()
            guard data.count <= limits.maximumFileSize else {
                throw ProfileLintError.limitExceeded(path: shown, reason: "file is larger than the limit of \(ByteCount(limits.maximumFileSize)) (limits.max_file_size)")
            }
            return [UInt8](data)
        } catch let error as ProfileLintError {
            throw error
        } catch {
            throw ProfileLintError.unreadable(path: shown, reason: (error as NSError).localizedFailureReason ?? "read error")
        }
    }

    /// The text of `path`, which must be UTF-8.
    public static func readText(_ path: String, display: String? = nil, limits: Limits) throws -> String {
        let bytes = try readBytes(path, display: display, limits: limits)
        return try decodeUTF8(bytes, display: display ?? path)
    }

    /// Decodes UTF-8 (dropping a byte order mark), or throws naming the first bad byte's line.
    public static func decodeUTF8(_ bytes: [UInt8], display: String) throws -> String {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            var line = 1
            var valid = 0
            // Find the first invalid byte to report its line.
            var iterator = UTF8.ForwardParser()
            var bytesIterator = slice.makeIterator()
            loop: while true {
                switch iterator.parseScalar(from: &bytesIterator) {
                case .valid(let scalar):
                    if scalar.count == 1, scalar.first == 0x0A { line += 1 }
                    valid += scalar.count
                case .emptyInput: break loop
                case .error: break loop
                }
            }
            throw ProfileLintError.malformedInput(location: SourceLocation(file: display, line: line), reason: "invalid UTF-8 (byte \(valid + 1))")
        }
        if text.utf8.contains(0) {
            throw ProfileLintError.malformedInput(location: SourceLocation(file: display), reason: "contains NUL bytes; not a text file")
        }
        return text
    }
}

/// A byte count formatted for people ("12.5 MB").
struct ByteCount: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f %@", value, units[unit])
    }
}
