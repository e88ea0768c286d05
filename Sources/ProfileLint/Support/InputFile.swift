import Foundation

/// Reads input files read-only, within ``Limits``, with one clear error when that is impossible.
package enum InputFile {
    /// `path` as shown in reports: relative to `directory` when it lies inside it, else as given.
    package static func shown(_ path: String, relativeTo directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The bytes of `path`; `display` is the path shown in errors.
    ///
    /// One `open`, one `fstat` and the reads, straight into the result: batches read tens of thousands
    /// of small files. The file is opened non-blocking and must be a regular file, so a FIFO or a
    /// device named `.json` is refused instead of hanging the run.
    public static func readBytes(_ path: String, display: String? = nil, limits: Limits) throws -> [UInt8] {
        guard let bytes = try readFileOrFolder(path, display: display, limits: limits) else {
            throw ProfileLintError.unreadable(path: display ?? path, reason: CatalogMessage(.errorFolderNotFile))
        }
        return bytes
    }

    /// The bytes of `path`, or `nil` when it is a folder (found out by the same `fstat`).
    public static func readFileOrFolder(_ path: String, display: String? = nil, limits: Limits) throws -> [UInt8]? {
        let shown = display ?? path
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw ProfileLintError.unreadable(path: shown, reason: .system(code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ProfileLintError.unreadable(path: shown, reason: .system(errno))
        }
        let type = status.st_mode & S_IFMT
        guard type != S_IFDIR else { return nil }
        guard type == S_IFREG else { throw ProfileLintError.unreadable(path: shown, reason: CatalogMessage(.errorNotARegularFile)) }
        let size = Int(status.st_size)
        guard size <= limits.maximumFileSize else {
            throw ProfileLintError.limitExceeded(path: shown, reason: CatalogMessage(.errorFileTooLarge, ["size": ByteCount(size).argument, "limit": ByteCount(limits.maximumFileSize).argument]))
        }
        // Read one byte more than the size, to notice a file that grew past the limit while being read.
        let capacity = min(size, limits.maximumFileSize) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialised in
            guard let base = buffer.baseAddress else { return }
            while initialised < capacity {
                let count = read(descriptor, base + initialised, capacity - initialised)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { return }
                initialised += count
            }
        }
        guard failure == 0 else { throw ProfileLintError.unreadable(path: shown, reason: .system(failure)) }
        if bytes.count > size {
            // The file grew: read on, but never beyond the limit.
            while bytes.count <= limits.maximumFileSize {
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let count = read(descriptor, &chunk, chunk.count)
                if count <= 0 { break }
                bytes.append(contentsOf: chunk[..<count])
            }
            guard bytes.count <= limits.maximumFileSize else {
                throw ProfileLintError.limitExceeded(path: shown, reason: CatalogMessage(.errorFileGrewTooLarge, ["limit": ByteCount(limits.maximumFileSize).argument]))
            }
        }
        return bytes
    }

    /// At most the first `count` bytes of the regular file `path`, or `nil` when it cannot be read.
    static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialised in
            guard let base = buffer.baseAddress else { return }
            while initialised < count {
                let read = read(descriptor, base + initialised, count - initialised)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failed = true }
                if read <= 0 { return }
                initialised += read
            }
        }
        return failed ? nil : bytes
    }

    /// The names in the folder `path` (without `.` and `..`), read with `readdir`: Foundation's
    /// `contentsOfDirectory` took several times as long for a folder of tens of thousands of files.
    public static func names(inFolder path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            // `d_name` is a NUL-terminated array inside the entry.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.baseAddress.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } ?? ""
            }
            if !name.isEmpty, name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether `path` is a folder (following symbolic links).
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
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
            throw ProfileLintError.malformedInput(location: SourceLocation(file: display, line: line), reason: CatalogMessage(.errorInvalidUTF8AtByte, ["byte": .text(String(valid + 1))]))
        }
        if text.utf8.contains(0) {
            throw ProfileLintError.malformedInput(location: SourceLocation(file: display), reason: CatalogMessage(.errorNULBytes))
        }
        return text
    }
}

/// A byte count formatted for people ("12.5 MB").
struct ByteCount: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    /// The size in the largest unit that keeps it at 1 or more (`512 bytes`, `1.5 MB`).
    var message: CatalogMessage {
        let units: [MessageID] = [.sizeKB, .sizeMB, .sizeGB, .sizeTB]
        var value = Double(bytes)
        var unit = -1
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit < 0 ? CatalogMessage(.sizeBytes, ["count": .text(String(bytes))]) : CatalogMessage(units[unit], ["size": .decimal(value)])
    }

    /// The size as an argument of a catalog message.
    var argument: CatalogMessage.Argument { .message(message) }

    var description: String { message.description }
}
