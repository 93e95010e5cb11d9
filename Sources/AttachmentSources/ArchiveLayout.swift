import Foundation

/// A ZIP archive's structure as its end record and central directory give it, checked
/// against its bytes before ZIPFoundation reads them: every record and entry the central
/// directory points to must lie within the bytes (ZIPFoundation's in-memory reader traps
/// on an offset past their end), and the entries must be few enough to read at all.
enum ArchiveLayout {
    private static let endSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let centralSignature: UInt32 = 0x0201_4b50
    private static let localSignature: UInt32 = 0x0403_4b50
    /// The end record's size without its comment, which may be up to 65,535 bytes long.
    private static let endSize = 22
    private static let centralSize = 46
    private static let localSize = 30

    /// The number of entries the central directory holds, once every one of them was
    /// found within `bytes`.
    static func entryCount(of bytes: Data, maxEntries: Int) throws(BundleError) -> Int {
        let bytes = [UInt8](bytes)
        guard let end = endRecord(in: bytes) else { throw .notAZip }
        if end >= 20, word32(bytes, end - 20) == zip64LocatorSignature { throw .unsupported(feature: "ZIP64 records") }
        let count = Int(word16(bytes, end + 10))
        let directory = Int(word32(bytes, end + 16))
        if count == 0xFFFF || directory == 0xFFFF_FFFF { throw .unsupported(feature: "ZIP64 records") }
        guard count <= maxEntries else { throw .tooManyEntries(limit: maxEntries) }
        var position = directory
        for _ in 0..<count {
            position = try checkEntry(at: position, in: bytes, directoryEnd: end)
        }
        return count
    }

    /// Checks the central directory record at `position` and the local entry it points to;
    /// gives the position of the next record.
    private static func checkEntry(at position: Int, in bytes: [UInt8], directoryEnd: Int) throws(BundleError) -> Int {
        guard position + centralSize <= directoryEnd, word32(bytes, position) == centralSignature else { throw .notAZip }
        let flags = word16(bytes, position + 8)
        if flags & 1 != 0 { throw .unsupported(feature: "encrypted entries") }
        let isStored = word16(bytes, position + 10) == 0
        let compressed = Int(word32(bytes, position + 20))
        let uncompressed = Int(word32(bytes, position + 24))
        let header = Int(word32(bytes, position + 42))
        if [compressed, uncompressed, header].contains(0xFFFF_FFFF) { throw .unsupported(feature: "ZIP64 records") }
        let next =
            position + centralSize + Int(word16(bytes, position + 28)) + Int(word16(bytes, position + 30))
            + Int(word16(bytes, position + 32))
        guard next <= directoryEnd, header + localSize <= bytes.count, word32(bytes, header) == localSignature else { throw .notAZip }
        let data = header + localSize + Int(word16(bytes, header + 26)) + Int(word16(bytes, header + 28))
        guard data + (isStored ? uncompressed : compressed) <= bytes.count else { throw .notAZip }
        return next
    }

    /// Where the end record starts: the last signature in the archive's last 65,557 bytes,
    /// when the record's comment ends within the bytes. (ZIPFoundation takes the same
    /// signature; given a comment past the end, its in-memory reader throws without
    /// closing what it opened, and leaks a copy of the archive.)
    private static func endRecord(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= endSize else { return nil }
        let lowest = max(0, bytes.count - endSize - 0xFFFF)
        var end = bytes.count - endSize
        while end >= lowest {
            if word32(bytes, end) == endSignature {
                return end + endSize + Int(word16(bytes, end + 20)) <= bytes.count ? end : nil
            }
            end -= 1
        }
        return nil
    }

    // MARK: - Little-endian words (callers keep `at` within the bytes)

    private static func word16(_ bytes: [UInt8], _ index: Int) -> UInt16 {
        UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
    }

    private static func word32(_ bytes: [UInt8], _ index: Int) -> UInt32 {
        UInt32(word16(bytes, index)) | UInt32(word16(bytes, index + 2)) << 16
    }
}
