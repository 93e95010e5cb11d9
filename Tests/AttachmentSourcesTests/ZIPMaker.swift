import Foundation
import Testing
import ZIPFoundation

/// ZIP archives made in memory for the bundle tests, hostile ones included.
enum ZIPMaker {
    /// A small valid dossier's bytes (its content is never parsed by the bundle reader).
    static let dossier = Data("<dossier/>".utf8)

    /// An archive holding `entries` (name, bytes), each compressed with `method`.
    static func archive(_ entries: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// An archive holding a dossier and a symbolic link `name` to `target`.
    static func archive(link name: String, to target: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: "dossier.xml", type: .file, uncompressedSize: Int64(dossier.count)) { _, _ in dossier }
        let bytes = Data(target.utf8)
        try archive.addEntry(with: name, type: .symlink, uncompressedSize: Int64(bytes.count)) { _, _ in bytes }
        return try #require(archive.data)
    }

    /// `zip` with the uncompressed size that the central directory and the local header
    /// state for the entry `name` replaced by `size`.
    static func declaring(_ size: UInt32, for name: String, in zip: Data) -> Data {
        var bytes = [UInt8](zip)
        let nameBytes = Array(name.utf8)
        // Central directory header: signature, ..., uncompressed size at 24, name length at 28, name at 46.
        // Local file header: signature, ..., uncompressed size at 22, name length at 26, name at 30.
        for (signature, sizeOffset, nameOffset) in [(UInt32(0x0201_4b50), 24, 46), (UInt32(0x0403_4b50), 22, 30)] {
            for start in 0..<(bytes.count - nameOffset - nameBytes.count) where word32(bytes, start) == signature {
                guard Array(bytes[(start + nameOffset)..<(start + nameOffset + nameBytes.count)]) == nameBytes else { continue }
                for index in 0..<4 { bytes[start + sizeOffset + index] = UInt8(truncatingIfNeeded: size >> (8 * index)) }
            }
        }
        return Data(bytes)
    }

    /// `zip` with the flag saying names are UTF-8 cleared, as some archivers leave it.
    static func withoutUTF8Flag(_ zip: Data) -> Data {
        var bytes = [UInt8](zip)
        // General purpose flags: at 8 in a central directory header, at 6 in a local file header; UTF-8 is bit 11.
        for (signature, flagOffset) in [(UInt32(0x0201_4b50), 9), (UInt32(0x0403_4b50), 7)] {
            for start in 0..<(bytes.count - 46) where word32(bytes, start) == signature {
                bytes[start + flagOffset] &= ~0x08
            }
        }
        return Data(bytes)
    }

    /// Where each record with `signature` starts in `zip`.
    static func offsets(of signature: UInt32, in zip: Data) -> [Int] {
        let bytes = [UInt8](zip)
        return (0..<(bytes.count - 3)).filter { word32(bytes, $0) == signature }
    }

    private static func word32(_ bytes: [UInt8], _ start: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
    }
}
