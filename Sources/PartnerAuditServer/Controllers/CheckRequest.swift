import Audit
import HTTPTypes
import Hummingbird

/// The work both check endpoints share: the request's parameters judged before its body
/// is read, the body read within the limits while the request holds its place in the
/// gate, the upload audited.
extension AuditService {
    /// The report on `request`'s upload and the options it was made with.
    func check(_ request: Request) async throws -> (report: AuditReport, options: CheckOptions) {
        let query = request.uri.queryParameters
        let acceptLanguage = request.headers[.acceptLanguage]
        // Refused before a byte of the body is read.
        _ = try CheckOptions.parse({ query.get($0) }, acceptLanguage: acceptLanguage, tiers: tierIDs)
        let reader = UploadReader(limits: limits)
        let kind = try reader.admit(request)
        return try await admitted {
            let upload = try await reader.read(request, as: kind)
            let options = try CheckOptions.parse({ query.get($0) ?? upload.fields[$0] }, acceptLanguage: acceptLanguage, tiers: tierIDs)
            return (try await check(upload, options: options), options)
        }
    }
}

extension Response {
    /// A 200 answer of `type` holding `text`.
    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
