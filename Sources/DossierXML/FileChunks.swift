#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read one chunk at a time into one buffer, with the same ceiling and
/// refusals as `FileReader`: what a streamed parse holds of a file is one chunk.
final class FileChunks {
    /// Bytes per read: libxml2 parses each chunk as it comes. Under 64 KiB, so that the
    /// buffer of each file is taken from and given back to the allocator's small bins,
    /// without a system call or a consolidation of the heap each time.
    static let chunkSize = 32 * 1024

    private let descriptor: Int32
    private let maxBytes: Int
    private let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: FileChunks.chunkSize)
    /// How many bytes have been read so far.
    private(set) var count = 0
    /// The size the file has when opened (0 when it does not say: a pipe).
    let size: Int
    /// Why reading stopped before the end, once it has.
    private(set) var failure: String?

    /// Opens `path`, refusing a directory or a file whose size is over `maxBytes`.
    init(path: String, maxBytes: Int) throws(FileReader.Failure) {
        // O_NONBLOCK for the same reason as `FileReader`: a named pipe without a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            buffer.deallocate()
            throw FileReader.Failure(message: "cannot open: \(FileReader.describe(errno))")
        }
        _ = fcntl(descriptor, F_SETFL, 0)
        var status = stat()
        var size = 0
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFREG { size = Int(status.st_size) }
            var refusal: String?
            if (status.st_mode & S_IFMT) == S_IFDIR { refusal = "is a directory, not a dossier" }
            if Int(status.st_size) > maxBytes { refusal = FileReader.tooLarge(Int(status.st_size), limit: maxBytes) }
            if let refusal {
                close(descriptor)
                buffer.deallocate()
                throw FileReader.Failure(message: refusal)
            }
        }
        self.descriptor = descriptor
        self.maxBytes = maxBytes
        self.size = size
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// The next chunk, valid until the next call; nil at the end of the file or once
    /// reading failed or went past the ceiling (then `failure` says why).
    func next() -> UnsafeBufferPointer<UInt8>? {
        guard failure == nil else { return nil }
        let read = FileReader.readRetrying(descriptor, buffer.baseAddress, buffer.count)
        if read < 0 { failure = "cannot read: \(FileReader.describe(errno))" }
        guard read > 0 else { return nil }
        count += read
        if count > maxBytes {
            failure = FileReader.tooLarge(count, limit: maxBytes, atLeast: true)
            return nil
        }
        return UnsafeBufferPointer(rebasing: buffer[..<read])
    }
}
