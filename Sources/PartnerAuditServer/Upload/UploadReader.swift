import DossierModel
import Hummingbird
import MultipartKit
import NIOCore

/// Reads a check request's body as it arrives and refuses it as soon as it breaks a
/// rule or a limit: nothing past a limit is read, nothing is written anywhere.
struct UploadReader {
    let limits: UploadLimits

    /// The form fields a check takes; other fields are read past.
    static let fieldNames: Set<String> = ["asOf", "tier", "lang", "skipAttachments"]
    /// Longest value of a field.
    static let maxFieldBytes = 1024

    /// The media type of `request`, refused (415) unless a check can read it, and its
    /// declared length refused (413) when over the limit, before any of the body is read.
    func admit(_ request: Request) throws(ServiceError) -> BodyKind {
        let header = request.headers[.contentType]
        guard let header, let type = MediaType(from: header) else { throw .unsupportedMediaType(header) }
        let kind: BodyKind
        switch (type.type, type.subType.lowercased()) {
        case (.application, "xml"), (.text, "xml"):
            kind = .xml
        case (.multipart, "form-data"):
            guard let parameter = type.parameter, parameter.name.lowercased() == "boundary" else { throw .badMultipart }
            let boundary = parameter.value.trimmingCharacters(in: ["\""])
            guard !boundary.isEmpty, boundary.utf8.count <= 70 else { throw .badMultipart }
            kind = .multipart(boundary: boundary)
        default:
            throw .unsupportedMediaType(header)
        }
        if let length = request.headers[.contentLength].flatMap(Int.init) {
            if length > limits.maxBodyBytes { throw .bodyTooLarge(limits.maxBodyBytes) }
            if case .xml = kind, length > limits.maxDossierBytes { throw .dossierTooLarge(limits.maxDossierBytes) }
        }
        return kind
    }

    /// The upload in `request`'s body.
    func read(_ request: Request, as kind: BodyKind) async throws -> Upload {
        switch kind {
        case .xml: try await readDossier(request.body, length: request.headers[.contentLength].flatMap(Int.init))
        case .multipart(let boundary): try await readParts(request.body, boundary: boundary)
        }
    }

    /// How a body is laid out.
    enum BodyKind: Equatable {
        case xml
        case multipart(boundary: String)
    }

    // MARK: - A dossier alone

    /// The dossier alone, in a buffer as large as the body says it is (`admit` checked that length).
    private func readDossier(_ body: RequestBody, length: Int?) async throws -> Upload {
        var bytes = ByteBufferAllocator().buffer(capacity: min(length ?? 0, limits.maxDossierBytes))
        for try await chunk in body {
            guard bytes.readableBytes + chunk.readableBytes <= limits.maxDossierBytes else {
                throw ServiceError.dossierTooLarge(limits.maxDossierBytes)
            }
            var chunk = chunk
            bytes.writeBuffer(&chunk)
        }
        return Upload(dossier: UploadedFile(name: "dossier.xml", bytes: bytes))
    }

    // MARK: - Multipart

    private func readParts(_ body: RequestBody, boundary: String) async throws -> Upload {
        let collector = PartCollector(limits: limits)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        var closing = ClosingDelimiterWatch(boundary: boundary)
        var total = 0
        for try await chunk in body {
            total += chunk.readableBytes
            closing.scan(chunk)
            guard total <= limits.maxBodyBytes else { throw ServiceError.bodyTooLarge(limits.maxBodyBytes) }
            do {
                try parser.execute(chunk)
            } catch {
                throw collector.failure ?? .badMultipart
            }
            if let failure = collector.failure { throw failure }
        }
        guard closing.seen else { throw ServiceError.badMultipart }
        return try collector.finish()
    }
}

/// Gathers the parts the parser reports, judging each as soon as its headers are known.
private final class PartCollector {
    private let limits: UploadLimits
    private var upload = Upload()
    /// Attachment paths as the format's rules read them, to refuse duplicates.
    private var attachmentPaths: Set<String> = []
    /// The first rule the body broke.
    private(set) var failure: ServiceError?

    /// The part being read.
    private var headers: [(String, String)] = []
    private var current: Part?
    private var inPart = false

    private enum Part {
        case dossier(String, ByteBuffer)
        case attachment(String, ByteBuffer)
        case bundle(String, ByteBuffer)
        case field(String, [UInt8])
        case skipped
    }

    init(limits: UploadLimits) {
        self.limits = limits
    }

    func header(_ name: String, _ value: String) {
        inPart = true
        headers.append((name, value))
    }

    func body(_ buffer: inout ByteBuffer) {
        guard failure == nil else { return }
        inPart = true
        if current == nil { current = begin() }
        switch current {
        case .dossier(let name, var bytes):
            guard bytes.readableBytes + buffer.readableBytes <= limits.maxDossierBytes else {
                return fail(.dossierTooLarge(limits.maxDossierBytes))
            }
            bytes.writeBuffer(&buffer)
            current = .dossier(name, bytes)
        case .attachment(let name, var bytes):
            bytes.writeBuffer(&buffer)
            current = .attachment(name, bytes)
        case .bundle(let name, var bytes):
            bytes.writeBuffer(&buffer)
            current = .bundle(name, bytes)
        case .field(let name, var bytes):
            guard bytes.count + buffer.readableBytes <= UploadReader.maxFieldBytes else { return fail(.badMultipart) }
            bytes += buffer.readableBytesView
            current = .field(name, bytes)
        case .skipped, nil:
            break
        }
    }

    func complete() {
        guard failure == nil else { return }
        let part = current ?? begin()
        (headers, current, inPart) = ([], nil, false)
        guard failure == nil else { return }
        switch part {
        case .dossier(let name, let bytes):
            // A file input left empty sends a part with no file name and no content.
            if name.isEmpty, bytes.readableBytes == 0 { return }
            if upload.dossier != nil { return fail(.twoDossiers) }
            if upload.bundle != nil { return fail(.dossierAndBundle) }
            upload.dossier = UploadedFile(name: Self.baseName(name), bytes: bytes)
        case .attachment(let name, let bytes):
            if name.isEmpty {
                // No file chosen sends an empty part; content with no name names no file of the dossier.
                if bytes.readableBytes > 0 { fail(.badAttachmentName(AttachmentPath.problem(with: name) ?? name)) }
                return
            }
            upload.attachments.append(UploadedFile(name: name, bytes: bytes))
        case .bundle(let name, let bytes):
            if name.isEmpty, bytes.readableBytes == 0 { return }
            if upload.bundle != nil { return fail(.twoBundles) }
            if upload.dossier != nil { return fail(.dossierAndBundle) }
            upload.bundle = UploadedFile(name: Self.baseName(name), bytes: bytes)
        case .field(let name, let bytes):
            if upload.fields[name] == nil { upload.fields[name] = String(decoding: bytes, as: UTF8.self) }
        case .skipped:
            break
        }
    }

    /// The upload once the body has ended.
    func finish() throws(ServiceError) -> Upload {
        if let failure { throw failure }
        if inPart { throw .badMultipart }
        if upload.dossier == nil, upload.bundle == nil { throw .noDossier }
        if upload.bundle != nil, !upload.attachments.isEmpty { throw .dossierAndBundle }
        return upload
    }

    // MARK: - Judging a part by its headers

    /// What the part whose headers were just read is; a part that breaks a rule records the failure.
    private func begin() -> Part {
        let disposition = headers.first { $0.0.lowercased() == "content-disposition" }.map { ContentDisposition($0.1) }
        guard let disposition, let name = disposition.name else { return .skipped }
        switch name {
        case "dossier":
            // A second dossier or a bundle is refused once the part is known not to be an empty file input.
            return .dossier(disposition.filename ?? "", ByteBuffer())
        case "attachment":
            let filename = disposition.filename ?? ""
            if filename.isEmpty { return .attachment("", ByteBuffer()) }
            if upload.bundle != nil { fail(.dossierAndBundle) }
            if upload.attachments.count >= limits.maxAttachments { fail(.tooManyAttachments(limits.maxAttachments)) }
            if let problem = AttachmentPath.problem(with: filename) {
                fail(.badAttachmentName(problem))
                return .skipped
            }
            let path = Self.normalized(filename)
            if !attachmentPaths.insert(path).inserted { fail(.duplicateAttachment(filename)) }
            return .attachment(path, ByteBuffer())
        case "bundle":
            return .bundle(disposition.filename ?? "", ByteBuffer())
        case _ where UploadReader.fieldNames.contains(name) && disposition.filename == nil:
            return .field(name, [])
        default:
            return .skipped
        }
    }

    private func fail(_ error: ServiceError) {
        if failure == nil { failure = error }
    }

    /// The last component of a file name as a browser or a script sends it.
    static func baseName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return base.isEmpty ? "dossier.xml" : base
    }

    /// A path that keeps to the format's rules, `.` and `..` resolved: how the dossier's path reaches the file.
    static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            if component == ".." { components.removeLast() } else { components.append(component) }
        }
        return components.joined(separator: "/")
    }
}
