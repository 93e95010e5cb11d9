import Foundation

extension ContiguousBytes {
    /// The bytes in lower-case hex, two digits each, as dossiers state digests; written
    /// from the bytes where they lie, which a digest's own iteration (one byte at a time,
    /// through its generic `Sequence`) costs many times over.
    public var lowercaseHex: String {
        withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { text in
                for (index, byte) in bytes.enumerated() {
                    text[2 * index] = hexDigit(byte >> 4)
                    text[2 * index + 1] = hexDigit(byte & 0x0f)
                }
                return bytes.count * 2
            }
        }
    }
}

/// The lower-case hex digit of `nibble` (0 to 15).
private func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
}
