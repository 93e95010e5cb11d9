#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with a hard ceiling on its size, so that a huge or endless
/// input (a 10 GB upload, `/dev/zero`) is refused without being read.
enum FileReader {
    struct Failure: Error {
        let message: String
    }

    static func read(_ path: String, maxBytes: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(message: "cannot open: \(describe(errno))") }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(message: "is a directory, not a dossier") }
            if Int(status.st_size) > maxBytes { throw Failure(message: tooLarge(Int(status.st_size), limit: maxBytes)) }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read: \(describe(errno))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes { throw Failure(message: tooLarge(bytes.count, limit: maxBytes, atLeast: true)) }
        }
    }

    static func tooLarge(_ size: Int, limit: Int, atLeast: Bool = false) -> String {
        "the file is \(atLeast ? "over " : "")\(size) bytes; the limit is \(limit) bytes (see --max-size)"
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
