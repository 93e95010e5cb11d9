import NIOCore

/// Watches a multipart body, chunk by chunk, for its closing delimiter (`--boundary--`
/// at the start of a line): a body that ends without it was cut short.
struct ClosingDelimiterWatch {
    private let delimiter: [UInt8]
    /// The end of the bytes seen so far, where a delimiter split across chunks begins.
    private var tail: [UInt8]
    private(set) var seen = false

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)--".utf8)
        // A body with no part at all starts with the delimiter, as if after a line break.
        tail = Array("\r\n".utf8)
    }

    mutating func scan(_ chunk: ByteBuffer) {
        guard !seen else { return }
        let bytes = chunk.readableBytesView
        let joined = tail + bytes.prefix(delimiter.count - 1)
        if joined.firstRange(of: delimiter) != nil || bytes.firstRange(of: delimiter) != nil {
            seen = true
            return
        }
        tail = Array((tail + bytes.suffix(delimiter.count - 1)).suffix(delimiter.count - 1))
    }
}
