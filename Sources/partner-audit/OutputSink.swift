import ArgumentParser
import Foundation

/// Where a report goes: standard output or a file, written in large chunks.
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()

    /// Standard output when `path` is nil; otherwise the file, created or truncated and
    /// written in place, so that a link is written through and a device (`/dev/null`, a
    /// pipe) stays what it is, never replaced by a file.
    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            return
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw ValidationError("--out \(path): cannot write there (\(String(cString: strerror(errno))))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func close() {
        flush()
        if handle !== FileHandle.standardOutput { try? handle.close() }
    }

    private func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
