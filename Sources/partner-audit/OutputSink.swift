import ArgumentParser
import Foundation

/// Where a report goes: standard output or a file, written in large chunks.
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()

    /// Standard output when `path` is nil; otherwise the file, created or truncated.
    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("--out \(path): cannot write there")
        }
        handle = file
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
