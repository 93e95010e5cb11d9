import NIOCore

/// What a check request sent: one dossier and its attachments, or one bundle, and the
/// form's fields (`asOf`, `tier`, `lang`, `skipAttachments`).
struct Upload: Sendable {
    var dossier: UploadedFile?
    var attachments: [UploadedFile] = []
    var bundle: UploadedFile?
    var fields: [String: String] = [:]
}

/// A file of an upload, held in memory.
struct UploadedFile: Sendable {
    /// The dossier's own name, or an attachment's path as the dossier gives it.
    var name: String
    var bytes: ByteBuffer
}
