/// UTF-8 text built by appending to the end of one allocation that doubles as it fills.
/// An array's `append` checks that its storage is unshared at every call, and takes a
/// generic path for every run of bytes; a JSON report makes hundreds of such calls.
/// Not copyable, so that its one owner frees the allocation.
struct TextBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes written, as a string (invalid UTF-8 repaired, as `String(decoding:)` does).
    var text: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// `byte` written `times` times.
    mutating func append(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        if count + times > capacity { grow(toHold: count + times) }
        (base + count).initialize(repeating: byte, count: times)
        count += times
    }

    /// Reverses the order of the bytes from `start` to the end.
    mutating func reverse(from start: Int) {
        var written = UnsafeMutableBufferPointer(start: base + start, count: count - start)
        written.reverse()
    }

    /// A larger allocation, at least twice the size, holding what is written.
    private mutating func grow(toHold needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
