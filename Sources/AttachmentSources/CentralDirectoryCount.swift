import Foundation

/// The number of entries a ZIP archive's end-of-central-directory record declares,
/// read before the archive is opened: so that a bundle with too many entries is refused
/// at once, and one whose central directory stops short is told from a smaller one.
enum CentralDirectoryCount {
    private static let endSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let zip64EndSignature: UInt32 = 0x0606_4b50
    /// The end record's size without its comment, which may be up to 65,535 bytes long.
    private static let endSize = 22

    /// The declared count, or nil when no end record is found.
    static func declared(in bytes: Data) -> UInt64? {
        guard bytes.count >= endSize else { return nil }
        let start = bytes.startIndex
        let lowest = max(start, bytes.endIndex - endSize - 0xFFFF)
        var end = bytes.endIndex - endSize
        while end >= lowest {
            if word32(bytes, at: end) == endSignature, end + endSize + Int(word16(bytes, at: end + 20)) <= bytes.endIndex {
                let count = word16(bytes, at: end + 10)
                return count == 0xFFFF ? zip64Count(bytes, endRecord: end) : UInt64(count)
            }
            end -= 1
        }
        return nil
    }

    /// The count in the ZIP64 end record that the locator before `endRecord` points to.
    private static func zip64Count(_ bytes: Data, endRecord: Int) -> UInt64? {
        let locator = endRecord - 20
        guard locator >= bytes.startIndex, word32(bytes, at: locator) == zip64LocatorSignature else { return nil }
        let offset = word64(bytes, at: locator + 8)
        guard bytes.count >= 56, offset <= UInt64(bytes.count - 56) else { return nil }
        let record = bytes.startIndex + Int(offset)
        guard word32(bytes, at: record) == zip64EndSignature else { return nil }
        return word64(bytes, at: record + 32)
    }

    // MARK: - Little-endian words (callers keep `at` within the bytes)

    private static func word16(_ bytes: Data, at index: Int) -> UInt16 {
        UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
    }

    private static func word32(_ bytes: Data, at index: Int) -> UInt32 {
        UInt32(word16(bytes, at: index)) | UInt32(word16(bytes, at: index + 2)) << 16
    }

    private static func word64(_ bytes: Data, at index: Int) -> UInt64 {
        UInt64(word32(bytes, at: index)) | UInt64(word32(bytes, at: index + 4)) << 32
    }
}
