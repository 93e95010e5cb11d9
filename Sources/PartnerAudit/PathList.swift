import Foundation

/// A list of paths read from a file or a pipe, for batches too long for a command line
/// (the argument parser's cost grows with the square of the number of arguments).
public enum PathList {
    /// The largest list read: about half a million paths of a hundred bytes.
    public static let maxBytes = 64 << 20

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The paths in `source` (`-` for standard input): NUL-separated, as `find -print0`
    /// writes them, when the text holds a NUL; else one per line (a trailing `\r` is
    /// dropped). Empty entries are skipped.
    public static func read(from source: String) throws(Failure) -> [String] {
        let handle: FileHandle
        if source == "-" {
            handle = .standardInput
        } else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue {
                throw Failure(description: "--files-from \(source): is a directory, not a list of paths")
            }
            guard let file = FileHandle(forReadingAtPath: source) else {
                throw Failure(description: "--files-from \(source): cannot open it")
            }
            handle = file
        }
        defer { if source != "-" { try? handle.close() } }
        var bytes = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw Failure(description: "--files-from \(source): cannot read it")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(chunk)
            if bytes.count > maxBytes {
                throw Failure(description: "--files-from \(source): the list is over \(maxBytes >> 20) MiB")
            }
        }
        return paths(in: bytes)
    }

    /// The paths in a list's bytes, split as `read(from:)` says.
    public static func paths(in bytes: Data) -> [String] {
        let separator: UInt8 = bytes.contains(0) ? 0 : UInt8(ascii: "\n")
        return bytes.split(separator: separator).compactMap { entry in
            var entry = entry
            if separator != 0, entry.last == UInt8(ascii: "\r") { entry = entry.dropLast() }
            return entry.isEmpty ? nil : String(decoding: entry, as: UTF8.self)
        }
    }
}
