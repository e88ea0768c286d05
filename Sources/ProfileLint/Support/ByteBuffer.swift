/// A growable buffer of bytes filled with `memcpy`, for the report lines that batch jobs render.
///
/// `Array.append(contentsOf:)` copies an unsafe buffer element by element, and a batch writes some
/// forty small pieces per employee; a job's lines go into one of these instead and reach the report
/// stream in one piece.
///
/// A buffer is filled by one worker and then handed, once, to the thread that writes the report; it
/// is never written from two threads, which is what makes the `@unchecked Sendable` safe.
package final class ByteBuffer: @unchecked Sendable {
    // Only its one writer touches a buffer, so the run-time exclusivity checks that class properties
    // get (one per access, several per byte written) guard nothing here.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    @exclusivity(unchecked) public private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    /// Creates an empty buffer with room for `capacity` bytes before it grows.
    package init(capacity: Int = 4096) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Whether nothing has been written.
    package var isEmpty: Bool { count == 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private func grow(to needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }

    /// Appends one byte.
    @inline(__always)
    package func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends what `body` writes at the end of the buffer: at most `maximum` bytes, returning how
    /// many it wrote. One capacity check for several small pieces.
    @inline(__always)
    func append(reserving maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        count += body(base + count)
    }

    /// Appends the UTF-8 of `text`.
    package func append(_ text: String) {
        var copy = text
        copy.withUTF8 { append($0) }
    }

    /// Appends a literal.
    @inline(__always)
    package func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the decimal digits of `value`.
    package func append(decimal value: Int) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        count += digits
        var index = count
        repeat {
            index -= 1
            base[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// Calls `body` with the bytes written so far.
    package func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets what was written, keeping the room.
    package func removeAll() { count = 0 }
}
