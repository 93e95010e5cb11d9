import Audit
import AuditStore
import Hummingbird
import PartnerAudit

/// A partner's upload filed for review: the audit recorded (by `partner:web`) and the
/// application on it, in one call to the store.
struct ApplicationSubmission: Sendable {
    /// The application as the store filed it.
    let application: AuditStore.Application
    /// The receipt, which only this answer ever shows.
    let receipt: String
    /// The report on this upload, as `POST /api/v1/check` answers it.
    let report: AuditReport
    let options: CheckOptions
}

extension AuditService {
    /// Who records the audits partners submit from the web.
    static let partnerRecorder = "partner:web"

    /// Reads and audits `request`'s upload as a check does, with `tier` required, and
    /// files it for review in `store`.
    func submitApplication(_ request: Request, store: ServerStore) async throws -> ApplicationSubmission {
        let query = request.uri.queryParameters
        let acceptLanguage = request.headers[.acceptLanguage]
        // Refused before a byte of the body is read.
        let early = try CheckOptions.parse({ query.get($0) }, acceptLanguage: acceptLanguage, tiers: tierIDs)
        if early.tier == .none { throw ServiceError.tierRequired(tiers: tierIDs) }
        let reader = UploadReader(limits: limits)
        let kind = try reader.admit(request)
        return try await admitted {
            let upload = try await reader.read(request, as: kind)
            let options = try CheckOptions.parse({ query.get($0) ?? upload.fields[$0] }, acceptLanguage: acceptLanguage, tiers: tierIDs)
            guard case .tier(let tier) = options.tier else { throw ServiceError.tierRequired(tiers: tierIDs) }
            let audit = try await checkForHistory(upload, options: options)
            let now = store.now()
            let context = RecordingContext(programmeSHA256: programmeSHA256, recordedBy: Self.partnerRecorder)
            // An upload always holds the bytes it was judged from.
            guard let recording = context.recording(of: audit, at: now) else { throw ServiceError.noDossier }
            let tokens = ApplicationTokens()
            let application = try await store.history.submit(
                NewApplication(
                    id: tokens.id, tier: tier, receiptSHA256: ApplicationTokens.receiptSHA256(tokens.receipt), submittedAt: now),
                recording: recording)
            return ApplicationSubmission(application: application, receipt: tokens.receipt, report: audit.report, options: options)
        }
    }

    /// The application `id` if `receipt` is its own; else nil, whichever of them is wrong.
    static func application(id: String, receipt: String?, in store: ServerStore) async throws -> AuditStore.Application? {
        guard ApplicationTokens.isID(id), let receipt, !receipt.isEmpty else { return nil }
        guard let application = try await store.history.application(id: id),
            application.receiptSHA256 == ApplicationTokens.receiptSHA256(receipt)
        else { return nil }
        return application
    }
}
