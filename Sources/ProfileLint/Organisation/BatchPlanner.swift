import Foundation

/// One unit of batch work: an input to read, a slice of a JSON Lines file, or a roster entry without a profile.
package enum BatchJob: Sendable {
    /// A file or LinkedIn export (folder or ZIP), shown as `display`; `employee` is its roster entry, when it has one.
    case input(path: String, display: String, employee: Roster.Entry?)
    /// Several small files, read by one worker in turn (handing out each alone costs more than reading it).
    case inputs([(path: String, display: String, employee: Roster.Entry?)])
    /// Complete lines of a JSON Lines file; `firstLine` is the line number of `bytes[0]`.
    case jsonLines(bytes: [UInt8], display: String, firstLine: Int)
    /// A roster entry without a profile.
    case missing(Roster.Entry)
    /// An input that cannot be read at all.
    case failure(InputError, employee: Roster.Entry?)

    /// Bytes of input this job covers, for progress.
    public var size: Int {
        switch self {
        case .jsonLines(let bytes, _, _): bytes.count
        default: 0
        }
    }
}

/// Turns the paths given to `profilelint batch` (and a roster) into jobs.
///
/// Folders are searched recursively (hidden entries skipped, symlink loops detected); each LinkedIn
/// export folder or ZIP is one employee; JSON Lines files are streamed in chunks of whole lines, so a
/// file of a million profiles never sits in memory at once.
package struct BatchPlanner: Sendable {
    /// The file extensions read from folders.
    public static let profileExtensions: Set<String> = ["json", "jsonl", "ndjson", "yml", "yaml", "zip", "pdf"]
    /// Bytes read per JSON Lines chunk.
    public var chunkSize = 1 << 20
    /// Limits for hostile input.
    public var limits: Limits
    /// The working directory when planning started; paths under it are shown relative to it.
    let currentDirectory: String

    /// Creates a planner.
    public init(limits: Limits) {
        self.limits = limits
        currentDirectory = FileManager.default.currentDirectoryPath
    }

    /// A planned input: a path to read, with its size for progress.
    package struct PlannedInput: Sendable {
        public var path: String
        public var employee: Roster.Entry?
        public var isJSONLines: Bool
        public var size: Int
    }

    /// Every input under `paths` and on `roster`, jobs for inputs that cannot be read, and the roster
    /// entries without a profile path (missing unless an input carries their `employee_id`); roster
    /// profiles also given as paths are read once. Files in `excluded` (the configuration's department
    /// templates, which are examples, not employees) are never read as profiles.
    public func plan(paths: [String], roster: Roster?, excluded: [String] = []) -> (inputs: [PlannedInput], immediate: [BatchJob], withoutProfile: [Roster.Entry]) {
        var inputs: [PlannedInput] = []
        var immediate: [BatchJob] = []
        var withoutProfile: [Roster.Entry] = []
        var claimed = Set(excluded.map(Self.canonical))
        for entry in roster?.entries ?? [] {
            guard let profile = entry.profile else {
                withoutProfile.append(entry)
                continue
            }
            claimed.insert(Self.canonical(profile))
            guard FileManager.default.fileExists(atPath: profile) else {
                let shown = relativeToCurrentDirectory(profile)
                let roster = "\(roster.map { relativeToCurrentDirectory($0.file) } ?? ""):\(entry.line)"
                immediate.append(.failure(InputError(source: shown, error: .unreadable(path: shown, reason: CatalogMessage(.errorRosterProfileMissing, ["roster": .text(roster)]))),
                                          employee: entry))
                continue
            }
            inputs.append(plannedInput(profile, display: relativeToCurrentDirectory(profile), employee: entry))
        }
        var visited = Set<String>()
        for path in paths {
            walk(path, display: path, claimed: claimed, visited: &visited, inputs: &inputs, immediate: &immediate)
        }
        return (inputs, immediate, withoutProfile)
    }

    func relativeToCurrentDirectory(_ path: String) -> String {
        InputFile.shown(path, relativeTo: currentDirectory)
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// What `stat` says of a path: whether it is a folder, and its size.
    struct FileInfo {
        var isDirectory: Bool
        var size: Int
    }

    /// One `stat` (following symbolic links); `nil` when the path does not exist or is a dangling link.
    static func info(_ path: String) -> FileInfo? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileInfo(isDirectory: status.st_mode & S_IFMT == S_IFDIR, size: Int(status.st_size))
    }

    /// ``info(_:)`` of each of `names` in the folder `prefix` (open as `folder`, or `-1`), hidden names
    /// left out. The batch has not started yet, so a large folder is looked up on every core: one
    /// `stat` a file is most of the time it takes to plan a folder of small profiles.
    static func infos(_ names: [String], in folder: Int32, path prefix: String) -> [FileInfo?] {
        @Sendable func lookUp(_ name: String) -> FileInfo? {
            if name.hasPrefix(".") { return nil }
            return folder >= 0 ? info(name, in: folder) : info(prefix + name)
        }
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, names.count / 512)
        guard parts > 1 else { return names.map(lookUp) }
        var infos = [FileInfo?](repeating: nil, count: names.count)
        infos.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                // Each part writes its own slice of the results.
                for index in stride(from: part, to: names.count, by: parts) { results[index] = lookUp(names[index]) }
            }
        }
        return infos
    }

    /// ``info(_:)`` of the entry `name` of the open folder `folder`.
    static func info(_ name: String, in folder: Int32) -> FileInfo? {
        var status = stat()
        guard fstatat(folder, name, &status, 0) == 0 else { return nil }
        return FileInfo(isDirectory: status.st_mode & S_IFMT == S_IFDIR, size: Int(status.st_size))
    }

    private func plannedInput(_ path: String, size: Int, employee: Roster.Entry?) -> PlannedInput {
        PlannedInput(path: path, employee: employee, isJSONLines: isJSONLines(path, size: size), size: size)
    }

    private func plannedInput(_ path: String, display: String, employee: Roster.Entry?) -> PlannedInput {
        plannedInput(path, size: Self.info(path)?.size ?? 0, employee: employee)
    }

    /// Plans `path`, with one `stat` per entry: batches walk folders of tens of thousands of files.
    private func walk(_ path: String, display: String, known: FileInfo? = nil, claimed: Set<String>, visited: inout Set<String>,
                      inputs: inout [PlannedInput], immediate: inout [BatchJob]) {
        if !claimed.isEmpty, claimed.contains(Self.canonical(path)) { return }
        guard let info = known ?? Self.info(path) else {
            immediate.append(.failure(InputError(source: display, error: .unreadable(path: display, reason: CatalogMessage(.systemNoSuchFile))), employee: nil))
            return
        }
        guard info.isDirectory else {
            inputs.append(plannedInput(path, size: info.size, employee: nil))
            return
        }
        let canonical = Self.canonical(path)
        guard visited.insert(canonical).inserted else {
            immediate.append(.failure(InputError(source: display, error: .unreadable(path: display, reason: CatalogMessage(.errorSymbolicLinkLoop, ["path": .text(canonical)]))), employee: nil))
            return
        }
        guard let listed = InputFile.names(inFolder: path) else {
            immediate.append(.failure(InputError(source: display, error: .unreadable(path: display, reason: CatalogMessage(.systemPermissionDenied))), employee: nil))
            return
        }
        // The detector `check` uses: a folder that is an input of some format (a LinkedIn export) is one
        // employee; any other folder is searched for profiles.
        if ProfileImporters.detect(.folder(FolderInput(path: path, display: display, names: listed))) != nil {
            inputs.append(PlannedInput(path: path, employee: nil, isJSONLines: false, size: 0))
            return
        }
        let names = listed.sorted()
        let separator = path.hasSuffix("/") ? "" : "/"
        let displaySeparator = display.hasSuffix("/") ? "" : "/"
        // Entries are looked up relative to the open folder, so the kernel does not walk the folder's
        // path again for each of (maybe) tens of thousands of files.
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let infos = Self.infos(names, in: folder, path: path + separator)
        for (name, info) in zip(names, infos) where !name.hasPrefix(".") {
            let child = path + separator + name
            guard let childInfo = info else {
                let childDisplay = display + displaySeparator + name
                immediate.append(.failure(InputError(source: childDisplay, error: .unreadable(path: childDisplay, reason: CatalogMessage(.errorBrokenSymbolicLink))), employee: nil))
                continue
            }
            if childInfo.isDirectory {
                walk(child, display: display + displaySeparator + name, known: childInfo, claimed: claimed, visited: &visited, inputs: &inputs, immediate: &immediate)
            } else if Self.hasProfileExtension(name), claimed.isEmpty || !claimed.contains(Self.canonical(child)) {
                inputs.append(plannedInput(child, size: childInfo.size, employee: nil))
            }
        }
    }

    /// Whether a file name ends in one of ``profileExtensions`` (any case). Worked out on the name's
    /// bytes: `NSString.pathExtension` cost more than reading a small profile, for every file of a folder.
    static func hasProfileExtension(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return false }
        let suffix = utf8[utf8.index(after: dot)...]
        return profileExtensionBytes.contains { candidate in
            candidate.count == suffix.count && zip(candidate, suffix).allSatisfy { $0 == ($1 | 0x20) }
        }
    }

    /// Whether `path` ends in `suffix` (lower case), ignoring ASCII case, without lower-casing the path.
    static func hasSuffix(_ path: String, _ suffix: StaticString) -> Bool {
        let utf8 = path.utf8
        let count = suffix.utf8CodeUnitCount
        guard utf8.count >= count else { return false }
        return suffix.withUTF8Buffer { expected in
            zip(expected, utf8.suffix(count)).allSatisfy { $0 == (($1 >= 0x41 && $1 <= 0x5A) ? $1 | 0x20 : $1) }
        }
    }

    /// ``profileExtensions`` as bytes (all lower case letters, so `| 0x20` folds ASCII case).
    private static let profileExtensionBytes = profileExtensions.map { Array($0.utf8) }

    /// Whether to stream `path` as JSON Lines: when ``ProfileImporters`` detects JSON Lines in it, by its
    /// name or, for a file larger than a chunk, by its first megabyte. (Smaller files are read whole,
    /// and detected the same way when read.)
    func isJSONLines(_ path: String, size: Int) -> Bool {
        if JSONLinesReader.isNamedAsJSONLines(path) { return true }
        guard size > chunkSize, let start = InputFile.readPrefix(path, count: 1 << 20) else { return false }
        return ProfileImporters.detect(.bytes(start, display: path))?.format == .jsonLines
    }

    /// Calls `emit` with the jobs for `input`, streaming a JSON Lines file in chunks of whole lines.
    public func jobs(for input: PlannedInput, display: String, _ emit: (BatchJob) -> Void) {
        guard input.isJSONLines, input.employee == nil else {
            emit(.input(path: input.path, display: display, employee: input.employee))
            return
        }
        let descriptor = open(input.path, O_RDONLY)
        guard descriptor >= 0 else {
            emit(.failure(InputError(source: display, error: .unreadable(path: display, reason: .system(errno))), employee: nil))
            return
        }
        defer { close(descriptor) }
        // Each chunk is read straight into its own array, which the job then owns; only the partial
        // last line is copied into the next chunk.
        var carry: [UInt8] = []
        var line = 1
        var skipping = false
        while true {
            let start = carry.count
            var count = 0
            var chunk = [UInt8](unsafeUninitializedCapacity: start + chunkSize) { buffer, initialised in
                guard let base = buffer.baseAddress else { return }
                carry.withUnsafeBufferPointer { previous in
                    if let from = previous.baseAddress { base.update(from: from, count: start) }
                }
                count = read(descriptor, base + start, chunkSize)
                initialised = start + max(0, count)
            }
            guard count >= 0 else {
                emit(.failure(InputError(source: display, error: .unreadable(path: display, reason: CatalogMessage(.errorReadErrorAtLine, ["line": .text(String(line))]))), employee: nil))
                return
            }
            if count == 0 { break }
            if skipping {
                // Drop the rest of an over-long line.
                guard let newline = chunk[start...].firstIndex(of: 0x0A) else { continue }
                chunk.removeSubrange(0...newline)
                skipping = false
                line += 1
            }
            guard let lastNewline = chunk.lastIndex(of: 0x0A) else {
                carry = chunk
                if carry.count > limits.maximumRecordSize {
                    let source = "\(display):\(line)"
                    emit(.failure(InputError(source: source, error: .limitExceeded(path: source, reason: CatalogMessage(.errorLineTooLong, ["limit": ByteCount(limits.maximumRecordSize).argument]))), employee: nil))
                    carry = []
                    skipping = true
                }
                continue
            }
            carry = Array(chunk[(lastNewline + 1)...])
            chunk.removeLast(chunk.count - lastNewline - 1)
            let lines = Self.countNewlines(chunk)
            emit(.jsonLines(bytes: chunk, display: display, firstLine: line))
            line += lines
        }
        if !skipping, carry.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            emit(.jsonLines(bytes: carry, display: display, firstLine: line))
        }
    }
}

extension BatchPlanner {
    /// The number of line feeds in `bytes`, found with memchr.
    static func countNewlines(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard var cursor = buffer.baseAddress else { return 0 }
            let end = cursor + buffer.count
            var count = 0
            while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
                count += 1
                cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }
}
