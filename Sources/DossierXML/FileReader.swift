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
        // Without O_NONBLOCK, opening a named pipe waits for a writer, possibly forever;
        // reads block again once it is open, so a pipe with no writer reads as empty.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw Failure(message: "cannot open: \(describe(errno))") }
        defer { close(descriptor) }
        // Clears O_NONBLOCK, the only status flag it was opened with.
        _ = fcntl(descriptor, F_SETFL, 0)
        var status = stat()
        var bytes: [UInt8] = []
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(message: "is a directory, not a dossier") }
            if Int(status.st_size) > maxBytes { throw Failure(message: tooLarge(Int(status.st_size), limit: maxBytes)) }
            // A regular file says its size: read it straight into a buffer of that size, and
            // look for more (a file still growing) only with a small probe.
            if (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
                bytes = try readKnownSize(descriptor, Int(status.st_size))
                let more = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { probe in
                    let count = readRetrying(descriptor, probe.baseAddress, probe.count)
                    if count > 0 { bytes.append(contentsOf: probe[..<count]) }
                    return count
                }
                if more < 0 { throw Failure(message: "cannot read: \(describe(errno))") }
                if more == 0 { return bytes }
                if bytes.count > maxBytes { throw Failure(message: tooLarge(bytes.count, limit: maxBytes, atLeast: true)) }
            }
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read: \(describe(errno))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes { throw Failure(message: tooLarge(bytes.count, limit: maxBytes, atLeast: true)) }
        }
    }

    /// Up to `size` bytes, read into a buffer allocated once.
    private static func readKnownSize(_ descriptor: Int32, _ size: Int) throws(Failure) -> [UInt8] {
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = readRetrying(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0 { failure = errno }
                if count <= 0 { break }
                initialized += count
            }
        }
        if let failure { throw Failure(message: "cannot read: \(describe(failure))") }
        return bytes
    }

    /// `read(2)`, retried when a signal interrupts it.
    static func readRetrying(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        while true {
            let result = systemRead(descriptor, buffer, count)
            if result < 0, errno == EINTR { continue }
            return result
        }
    }

    static func tooLarge(_ size: Int, limit: Int, atLeast: Bool = false) -> String {
        "the file is \(atLeast ? "over " : "")\(size) bytes; the limit is \(limit) bytes (see --max-size)"
    }

    /// `read(2)` of the platform's C library (its name is taken by Swift members here).
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #elseif canImport(Darwin)
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
