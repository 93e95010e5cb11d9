import Diagnostics

/// A document read as a stream of events that an `XMLEventHandler` turns into what it
/// needs, validated against a schema on the way when one is given. Only the chunk of
/// the file being parsed and the elements open at that point are held, so memory does
/// not grow with the document; the parser's safety settings are those of `XMLTree`.
public enum XMLStream {
    /// What reading a document as a stream found.
    public struct Outcome: Sendable {
        /// Errors that end the read: the file, its encoding or its form.
        public let errors: [Diagnostic]
        /// Warnings libxml2 reported on a document it accepted.
        public let warnings: [Diagnostic]
        /// The schema's errors and warnings.
        public let validity: [Diagnostic]
        /// Whether each element's line is where its start tag begins, as `XMLTree` has it
        /// (else where its tag ends: an element out of an entity), and the document has no
        /// DOCTYPE (whose entities `XMLTree` charges to its memory budget).
        public let plain: Bool
        /// The file's size, or as much of it as was read when that is more.
        public let bytes: Int

        /// Well-formed, valid, without a warning and plain: the handler saw the whole
        /// document, and `XMLTree` would report nothing either.
        public var isClean: Bool { errors.isEmpty && warnings.isEmpty && validity.isEmpty && plain }

        /// Diagnostics are located by line only (column 1 unless libxml2 gave one).
        static func failed(_ diagnostic: Diagnostic, bytes: Int) -> Outcome {
            Outcome(errors: [diagnostic], warnings: [], validity: [], plain: true, bytes: bytes)
        }
    }

    /// Reads the file at `path` chunk by chunk, refusing it if it is larger than `limits`
    /// allow, and sends its events to `handler`, validating it against `schema` when one is given.
    public static func parse(
        file path: String, limits: XMLLimits = XMLLimits(), schema: XMLSchema? = nil, handler: any XMLEventHandler
    ) -> Outcome {
        _ = LibXML2Setup.ready
        let chunks: FileChunks
        do {
            chunks = try FileChunks(path: path, maxBytes: limits.maxBytes)
        } catch {
            return .failed(.fileError(error.message, file: path), bytes: 0)
        }
        var sniffed = false
        var refusal: Diagnostic?
        let outcome = parse(file: path, schema: schema, handler: handler) {
            guard let chunk = chunks.next() else { return nil }
            if !sniffed {
                sniffed = true
                refusal = sniff(chunk, file: path)
                if refusal != nil { return nil }
            }
            return chunk
        }
        let bytes = max(chunks.size, chunks.count)
        if let failure = chunks.failure { return .failed(.fileError(failure, file: path), bytes: bytes) }
        if let refusal { return .failed(refusal, bytes: bytes) }
        if !sniffed {
            return .failed(Diagnostic(.error, "the file is empty", at: SourceLocation(file: path, line: 1, column: 1)), bytes: 0)
        }
        return Outcome(
            errors: outcome.errors, warnings: outcome.warnings, validity: outcome.validity, plain: outcome.plain, bytes: bytes)
    }

    /// Reads a document held in memory as `parse(file:)` reads a file, in chunks of the
    /// same size; `file` names it in diagnostics.
    public static func parse(
        bytes: [UInt8], file: String, limits: XMLLimits = XMLLimits(), schema: XMLSchema? = nil, handler: any XMLEventHandler
    ) -> Outcome {
        _ = LibXML2Setup.ready
        guard bytes.count <= limits.maxBytes else {
            return .failed(.fileError(FileReader.tooLarge(bytes.count, limit: limits.maxBytes), file: file), bytes: bytes.count)
        }
        guard !bytes.isEmpty else {
            return .failed(Diagnostic(.error, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1)), bytes: 0)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            if let refusal = sniff(UnsafeBufferPointer(rebasing: buffer.prefix(4096)), file: file) {
                return .failed(refusal, bytes: bytes.count)
            }
            var offset = 0
            let outcome = parse(file: file, schema: schema, handler: handler) {
                guard offset < buffer.count else { return nil }
                let end = min(offset + FileChunks.chunkSize, buffer.count)
                defer { offset = end }
                return UnsafeBufferPointer(rebasing: buffer[offset..<end])
            }
            return Outcome(
                errors: outcome.errors, warnings: outcome.warnings, validity: outcome.validity, plain: outcome.plain, bytes: bytes.count)
        }
    }

    /// The refusal of a document whose first bytes are not XML in an accepted encoding.
    private static func sniff(_ chunk: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic? {
        guard case .failure(let refusal) = InputSniffer(bytes: Array(chunk.prefix(4096))).encoding() else { return nil }
        return Diagnostic(.error, refusal.message, at: SourceLocation(file: file, line: 1, column: refusal.column))
    }

    private static func parse(
        file: String, schema: XMLSchema?, handler: any XMLEventHandler, read: () -> UnsafeBufferPointer<UInt8>?
    ) -> (errors: [Diagnostic], warnings: [Diagnostic], validity: [Diagnostic], plain: Bool) {
        var forwarder: EventForwarder?
        let (wellFormed, receiver) = SafeParser.stream(
            file: file, schema: schema,
            makeReceiver: { parser in
                let made = EventForwarder(handler: handler, parser: parser, file: file)
                forwarder = made
                return made
            },
            read: read)
        guard let receiver else {
            let failure = Diagnostic(.error, "the XML parser could not be created", at: SourceLocation(file: file, line: 1, column: 1))
            return ([failure], [], [], true)
        }
        let reported = receiver.collector.diagnostics
        let errors = reported.filter { $0.severity == .error }
        guard wellFormed, errors.isEmpty else {
            return (errors.isEmpty ? [.fileError("the document is not well-formed", file: file)] : errors, [], [], true)
        }
        let plain = (forwarder?.exactLines ?? false) && !receiver.sawDoctype
        return ([], reported, receiver.validity.diagnostics, plain)
    }
}
