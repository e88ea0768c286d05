import Foundation
import ZIPFoundation

/// Reads entries of a ZIP archive held in memory, never extracting to disk, refusing unsafe
/// archives and bounding what they may expand to.
///
/// The central directory is walked here, with every offset and size checked against the archive's
/// bytes; inflating and CRC-32 come from ZIPFoundation (`Data.decompress`, `Data.crc32`). We do not
/// use `ZIPFoundation.Archive.extract`: on Linux its inflate loop asks the archive file for more input
/// until the deflate stream ends, so a truncated or crafted stream makes it spin forever at end of
/// file (weichsel/ZIPFoundation pull request #389, open at the time of writing), and a hostile export
/// must fail with an error instead. Our provider hands zlib exactly the entry's compressed bytes and
/// throws when they run out.
///
/// Safety: an archive with an entry whose name is absolute, has a `..` component or a NUL, or that
/// is a symbolic link is refused as a whole. The declared uncompressed sizes of the entries to read
/// are checked against ``Limits/maximumUncompressedSize`` before anything is inflated, and inflated
/// bytes are counted as they arrive, so an entry that lies about its size stops at the lie.
struct ZIPArchiveReader {
    /// One entry of the central directory.
    struct Entry: Sendable, Equatable {
        /// The path inside the archive, with `/` separators.
        var path: String
        /// 0 stored, 8 deflated.
        var method: UInt16
        /// The general purpose flags (bit 0: encrypted).
        var flags: UInt16
        /// The CRC-32 of the uncompressed bytes.
        var crc32: UInt32
        /// The size of the stored bytes.
        var compressedSize: UInt64
        /// The size the entry declares it expands to.
        var uncompressedSize: UInt64
        /// Where the entry's local header starts.
        var localHeaderOffset: UInt64
        /// Whether the entry is a symbolic link (Unix mode bits).
        var isSymbolicLink: Bool
        /// Whether the entry is a folder.
        var isDirectory: Bool
    }

    /// The archive's bytes.
    let bytes: [UInt8]
    /// The archive's path as shown to the user.
    let display: String
    /// Limits for hostile input.
    let limits: Limits
    /// The central directory, in archive order.
    let entries: [Entry]

    /// Reads the central directory of `bytes`, or throws one clear error when it is not a ZIP archive.
    init(bytes: [UInt8], display: String, limits: Limits) throws {
        self.bytes = bytes
        self.display = display
        self.limits = limits
        self.entries = try Self.centralDirectory(bytes, display: display)
    }

    /// Throws ``ProfileLintError/unsafeArchive(path:entry:reason:)`` for the first unsafe entry.
    func checkSafety() throws {
        for entry in entries {
            if let reason = Self.unsafeReason(entry) {
                throw ProfileLintError.unsafeArchive(path: display, entry: entry.path, reason: reason)
            }
        }
    }

    /// Why an entry must not be read, or `nil` when it is safe.
    static func unsafeReason(_ entry: Entry) -> CatalogMessage? {
        let path = entry.path
        if path.unicodeScalars.contains("\0") { return CatalogMessage(.errorZIPNameNUL) }
        if entry.isSymbolicLink { return CatalogMessage(.errorZIPSymbolicLink) }
        if path.hasPrefix("/") || path.hasPrefix("\\") { return CatalogMessage(.errorZIPAbsolutePath) }
        let scalars = Array(path.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].isASCII, scalars[0].properties.isAlphabetic {
            return CatalogMessage(.errorZIPDriveLetter)
        }
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if components.contains("..") { return CatalogMessage(.errorZIPLeavesArchive) }
        return nil
    }

    /// The uncompressed bytes of `selected`, in order, within ``Limits/maximumUncompressedSize`` summed.
    func read(_ selected: [Entry]) throws -> [[UInt8]] {
        let limit = UInt64(max(0, limits.maximumUncompressedSize))
        var declared: UInt64 = 0
        for entry in selected {
            let (sum, overflow) = declared.addingReportingOverflow(entry.uncompressedSize)
            declared = overflow ? .max : sum
        }
        guard declared <= limit else {
            throw ProfileLintError.limitExceeded(
                path: display,
                reason: CatalogMessage(.errorZIPDeclaredTooLarge, ["size": .message(Self.describe(declared)), "limit": ByteCount(limits.maximumUncompressedSize).argument]))
        }
        var total = 0
        var contents: [[UInt8]] = []
        for entry in selected {
            let data = try read(entry, budget: limits.maximumUncompressedSize - total)
            total += data.count
            contents.append(data)
        }
        return contents
    }

    // MARK: - One entry

    private func read(_ entry: Entry, budget: Int) throws -> [UInt8] {
        func corrupt(_ reason: CatalogMessage) -> ProfileLintError {
            .unsafeArchive(path: display, entry: entry.path, reason: reason)
        }
        guard entry.flags & 1 == 0 else { throw corrupt(CatalogMessage(.errorZIPEncrypted)) }
        guard entry.uncompressedSize <= UInt64(Int.max), entry.compressedSize <= UInt64(Int.max) else {
            throw corrupt(CatalogMessage(.errorZIPSizesOutOfRange))
        }
        let declared = Int(entry.uncompressedSize)
        let range = try dataRange(of: entry)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard range.count == declared else { throw corrupt(CatalogMessage(.errorZIPStoredSizesDisagree)) }
            output = Array(bytes[range])
        case 8:
            output = try inflate(range, declared: declared, budget: budget, entry: entry)
        default:
            throw corrupt(CatalogMessage(.errorZIPCompressionMethod, ["method": .text(String(entry.method))]))
        }
        guard output.count == declared else {
            throw corrupt(CatalogMessage(.errorZIPSizeMismatch, ["size": .text(String(output.count)), "declared": .text(String(declared))]))
        }
        guard Data(output).crc32(checksum: 0) == entry.crc32 else {
            throw corrupt(CatalogMessage(.errorZIPChecksum))
        }
        return output
    }

    /// The byte range of an entry's stored data, after its local header.
    private func dataRange(of entry: Entry) throws -> Range<Int> {
        let problem = ProfileLintError.unsafeArchive(path: display, entry: entry.path,
                                                     reason: CatalogMessage(.errorZIPDataOutside))
        guard entry.localHeaderOffset <= UInt64(bytes.count) else { throw problem }
        let header = Int(entry.localHeaderOffset)
        guard header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4B50 else { throw problem }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard start <= bytes.count, entry.compressedSize <= UInt64(bytes.count - start) else { throw problem }
        return start..<(start + Int(entry.compressedSize))
    }

    private func inflate(_ range: Range<Int>, declared: Int, budget: Int, entry: Entry) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(min(declared, budget, 1 << 24))
        var cursor = range.lowerBound
        let end = range.upperBound
        let truncated = ProfileLintError.unsafeArchive(path: display, entry: entry.path,
                                                       reason: CatalogMessage(.errorZIPDataEndsEarly))
        do {
            _ = try Data.decompress(size: Int64(range.count), bufferSize: 1 << 16, skipCRC32: true, provider: { _, requested in
                guard requested > 0 else { return Data() }
                guard cursor < end else { throw truncated }
                let available = min(requested, end - cursor)
                var chunk = Data(bytes[cursor..<(cursor + available)])
                cursor += available
                // zlib on Linux is told the chunk is `requested` bytes long: pad past the entry's end so it
                // never reads beyond the buffer. A stream that reads into the padding is broken, and fails
                // as corrupt, by running out here, or by the size and CRC-32 checks below.
                if available < requested { chunk.append(Data(count: requested - available)) }
                return chunk
            }, consumer: { data in
                guard output.count + data.count <= budget else {
                    throw ProfileLintError.limitExceeded(
                        path: display,
                        reason: CatalogMessage(.errorZIPExpandsBeyondLimit, ["entry": .text(entry.path), "limit": ByteCount(limits.maximumUncompressedSize).argument]))
                }
                guard output.count + data.count <= declared else {
                    throw ProfileLintError.unsafeArchive(path: display, entry: entry.path,
                                                         reason: CatalogMessage(.errorZIPExpandsBeyondDeclared, ["declared": .text(String(declared))]))
                }
                output.append(contentsOf: data)
            })
        } catch let error as ProfileLintError {
            throw error
        } catch {
            throw ProfileLintError.unsafeArchive(path: display, entry: entry.path, reason: CatalogMessage(.errorZIPCorruptData))
        }
        return output
    }

    // MARK: - Central directory

    private static func centralDirectory(_ bytes: [UInt8], display: String) throws -> [Entry] {
        func invalid(_ detail: MessageID) -> ProfileLintError {
            .unsafeArchive(path: display, entry: "", reason: CatalogMessage(.errorZIPInvalid, ["detail": .message(CatalogMessage(detail))]))
        }
        guard bytes.count >= 22 else { throw invalid(.zipTooShort) }
        // The end of central directory record is in the last 22 + 65,535 (comment) bytes.
        var eocd: Int?
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50, position + 22 + Int(uint16(bytes, position + 20)) <= bytes.count {
                eocd = position
                break
            }
            position -= 1
        }
        guard let eocd else { throw invalid(.zipNoEndRecord) }
        guard uint16(bytes, eocd + 4) == 0, uint16(bytes, eocd + 6) == 0 else {
            throw ProfileLintError.unsafeArchive(path: display, entry: "", reason: CatalogMessage(.errorZIPSplit))
        }
        var count = UInt64(uint16(bytes, eocd + 10))
        var size = UInt64(uint32(bytes, eocd + 12))
        var offset = UInt64(uint32(bytes, eocd + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
            guard eocd >= 20, uint32(bytes, eocd - 20) == 0x0706_4B50 else { throw invalid(.zipMissingZIP64Locator) }
            let recordOffset = uint64(bytes, eocd - 12)
            guard bytes.count >= 56, recordOffset <= UInt64(bytes.count - 56) else { throw invalid(.zipBadZIP64EndRecord) }
            let record = Int(recordOffset)
            guard uint32(bytes, record) == 0x0606_4B50 else { throw invalid(.zipBadZIP64EndRecord) }
            count = uint64(bytes, record + 32)
            size = uint64(bytes, record + 40)
            offset = uint64(bytes, record + 48)
        }
        guard offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset else {
            throw invalid(.zipDirectoryOutside)
        }
        guard count <= size / 46 else { throw invalid(.zipEntryCountMismatch) }
        var entries: [Entry] = []
        entries.reserveCapacity(Int(count))
        var cursor = Int(offset)
        let end = Int(offset + size)
        for _ in 0..<Int(count) {
            guard cursor + 46 <= end, uint32(bytes, cursor) == 0x0201_4B50 else { throw invalid(.zipBadDirectoryEntry) }
            let versionMadeBy = uint16(bytes, cursor + 4)
            let flags = uint16(bytes, cursor + 8)
            let method = uint16(bytes, cursor + 10)
            let crc = uint32(bytes, cursor + 16)
            var compressed = UInt64(uint32(bytes, cursor + 20))
            var uncompressed = UInt64(uint32(bytes, cursor + 24))
            let nameLength = Int(uint16(bytes, cursor + 28))
            let extraLength = Int(uint16(bytes, cursor + 30))
            let commentLength = Int(uint16(bytes, cursor + 32))
            let external = uint32(bytes, cursor + 38)
            var localOffset = UInt64(uint32(bytes, cursor + 42))
            let nameStart = cursor + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= end else { throw invalid(.zipDirectoryEntryTooLong) }
            let nameBytes = Array(bytes[nameStart..<extraStart])
            // ZIP64 extended information: the 64-bit values of the fields that are saturated, in order.
            var field = extraStart
            while field + 4 <= extraStart + extraLength {
                let id = uint16(bytes, field)
                let length = Int(uint16(bytes, field + 2))
                let dataStart = field + 4
                guard dataStart + length <= extraStart + extraLength else { break }
                if id == 0x0001 {
                    var value = dataStart
                    func take() -> UInt64? {
                        guard value + 8 <= dataStart + length else { return nil }
                        defer { value += 8 }
                        return uint64(bytes, value)
                    }
                    if uncompressed == 0xFFFF_FFFF { uncompressed = take() ?? uncompressed }
                    if compressed == 0xFFFF_FFFF { compressed = take() ?? compressed }
                    if localOffset == 0xFFFF_FFFF { localOffset = take() ?? localOffset }
                }
                field = dataStart + length
            }
            let path = String(validating: nameBytes, as: UTF8.self)
                ?? String(nameBytes.map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : "\u{FFFD}" })
            let host = versionMadeBy >> 8
            let mode = (host == 3 || host == 19) ? (external >> 16) & 0o170000 : 0
            entries.append(Entry(path: path, method: method, flags: flags, crc32: crc,
                                 compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: localOffset,
                                 isSymbolicLink: mode == 0o120000,
                                 isDirectory: mode == 0o040000 || path.hasSuffix("/") || path.hasSuffix("\\")))
            cursor = next
        }
        return entries
    }

    private static func describe(_ size: UInt64) -> CatalogMessage {
        size > UInt64(Int.max) ? CatalogMessage(.sizeMoreThan, ["size": ByteCount(Int.max).argument]) : ByteCount(Int(size)).message
    }

    // Little-endian reads; callers check bounds first, these return 0 past the end rather than trap.
    private static func uint16(_ bytes: [UInt8], _ index: Int) -> UInt16 {
        guard index >= 0, index + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ index: Int) -> UInt32 {
        guard index >= 0, index + 4 <= bytes.count else { return 0 }
        return UInt32(uint16(bytes, index)) | UInt32(uint16(bytes, index + 2)) << 16
    }

    private static func uint64(_ bytes: [UInt8], _ index: Int) -> UInt64 {
        guard index >= 0, index + 8 <= bytes.count else { return 0 }
        return UInt64(uint32(bytes, index)) | UInt64(uint32(bytes, index + 4)) << 32
    }
}
