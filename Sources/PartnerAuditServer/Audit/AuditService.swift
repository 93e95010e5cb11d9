import AttachmentSources
import Audit
import AuditStore
import DossierModel
import DossierXML
import Foundation
import NIOCore
import NIOPosix
import PartnerAudit
import Programme

/// The audits the server runs: the dossier schema and the programme compiled once at
/// start, a session for each language and attachment setting, and the gate that bounds
/// the work. An upload is audited in memory: nothing of it is written anywhere.
public struct AuditService: Sendable {
    public let programme: Programme
    /// SHA-256 of the programme file, as the history records it.
    let programmeSHA256: String
    let gate: AuditGate
    let limits: UploadLimits
    /// One session per language and attachment setting.
    private let sessions: [SessionKey: AuditSession]

    private struct SessionKey: Hashable {
        let language: Language
        let checkAttachments: Bool
    }

    /// Compiles the schemas and loads the programme; throws `ProgrammeLoadFailure` when the programme cannot be used.
    public init(configuration: ServerConfiguration) throws {
        let limits = configuration.limits
        let bundleLimits = BundleLimits(
            maxArchiveBytes: limits.maxBodyBytes, maxEntries: limits.maxBundleEntries, maxUncompressedBytes: limits.maxBundleBytes,
            maxRatio: limits.maxCompressionRatio)
        let session = try AuditSession.make(
            programFile: configuration.programFile, limits: XMLLimits(maxBytes: limits.maxDossierBytes), bundleLimits: bundleLimits)
        var sessions: [SessionKey: AuditSession] = [:]
        for language in Language.allCases {
            for check in [true, false] {
                sessions[SessionKey(language: language, checkAttachments: check)] = AuditSession(
                    reader: session.reader, auditor: Auditor(programme: session.programme, language: language),
                    checkAttachments: check, bundleLimits: bundleLimits)
            }
        }
        self.sessions = sessions
        programme = session.programme
        programmeSHA256 = try AuditSession.programmeSHA256(programFile: configuration.programFile)
        gate = AuditGate(inFlight: configuration.auditsInFlight, queue: configuration.auditQueue)
        self.limits = limits
    }

    /// The programme's tier ids, lowest first.
    var tierIDs: [String] { programme.tiers.map(\.id) }

    /// The session that audits in `language`, opening attachments.
    func session(_ language: Language) -> AuditSession {
        sessions[SessionKey(language: language, checkAttachments: true)]!
    }

    /// Runs `work` once the gate admits the request (503 when it cannot), giving the place back after.
    func admitted<Value: Sendable>(_ work: () async throws -> Value) async throws -> Value {
        guard await gate.admit() else { throw ServiceError.busy(retryAfter: 1) }
        do {
            let value = try await work()
            await gate.leave()
            return value
        } catch {
            await gate.leave()
            throw error
        }
    }

    /// The report on an upload, audited in an audit slot on the shared blocking-thread
    /// pool: off the server's threads, and always on the same few threads, so that the
    /// memory of large audits is not spread over a malloc arena per passing thread.
    func check(_ upload: Upload, options: CheckOptions) async throws -> AuditReport {
        try await checkForHistory(upload, options: options).report
    }

    /// The audit of an upload as the history records it: the report, the dossier's bytes
    /// and what was known of each attached file.
    func checkForHistory(_ upload: Upload, options: CheckOptions) async throws -> HistoryAudit {
        try await inAuditSlot { try self.audit(upload, options: options) }
    }

    /// `record`'s dossier, held in `bytes`, judged again as it was recorded (same date,
    /// tier and attachment verdicts), its report in `language`.
    func rejudge(_ record: AuditRecord, bytes: [UInt8], language: Language) async throws -> AuditReport {
        let session = sessions[SessionKey(language: language, checkAttachments: true)]!
        return try await inAuditSlot { Reauditor(session: session).audit(record, bytes: bytes, asOf: record.asOf).report }
    }

    /// Runs `work` in an audit slot on the shared blocking-thread pool.
    private func inAuditSlot<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        await gate.start()
        let value: Value
        do {
            value = try await NIOThreadPool.singleton.runIfActive(work)
        } catch {
            await gate.finish()
            throw error
        }
        await gate.finish()
        return value
    }

    // MARK: - The audit

    private func audit(_ upload: Upload, options: CheckOptions) throws -> HistoryAudit {
        let session = sessions[SessionKey(language: options.language, checkAttachments: !options.skipAttachments)]!
        if let bundle = upload.bundle {
            let contents: DossierBundle
            do {
                contents = try BundleReader(limits: session.bundleLimits).read(Data(bundle.bytes.readableBytesView))
            } catch {
                throw ServiceError.refusedBundle(error)
            }
            let bytes = Array(contents.dossier)
            return audit(session.reader.read(bytes: bytes, named: contents.dossierName), bytes, contents.attachments, session, options)
        }
        guard let dossier = upload.dossier else { throw ServiceError.noDossier }
        let attachments: MemoryAttachments
        do {
            attachments = try MemoryAttachments(upload.attachments.map { (name: $0.name, bytes: Data($0.bytes.readableBytesView)) })
        } catch {
            switch error {
            case .badName(_, let problem): throw ServiceError.badAttachmentName(problem)
            case .duplicate(let name): throw ServiceError.duplicateAttachment(name)
            }
        }
        let bytes = Array(dossier.bytes.readableBytesView)
        return audit(session.reader.read(bytes: bytes, named: dossier.name), bytes, attachments, session, options)
    }

    /// What the session's `check` does, with the tier choice of the service: `none` judges no tier at all.
    private func audit(
        _ reading: DossierReading, _ bytes: [UInt8], _ attachments: MemoryAttachments, _ session: AuditSession, _ options: CheckOptions
    ) -> HistoryAudit {
        let auditor = session.auditor
        let override: String? = if case .tier(let id) = options.tier { id } else { nil }
        guard var dossier = reading.dossier else {
            let report = auditor.invalid(
                file: reading.file, errors: reading.errors, warnings: reading.warnings, asOf: options.asOf, tier: override)
            return HistoryAudit(report: report, bytes: bytes, attachments: [])
        }
        if options.tier == .none { dossier.appliesFor = nil }
        guard session.checkAttachments else {
            let report = auditor.audit(
                dossier, asOf: options.asOf, tier: override, attachments: AttachmentVerdicts(), warnings: reading.warnings)
            return HistoryAudit(report: report, bytes: bytes, attachments: AttachmentCheck.checks(of: dossier, AttachmentVerdicts()))
        }
        switch attachments.verdicts(for: dossier, language: auditor.language) {
        case .success(let verdicts):
            let report = auditor.audit(dossier, asOf: options.asOf, tier: override, attachments: verdicts, warnings: reading.warnings)
            return HistoryAudit(report: report, bytes: bytes, attachments: AttachmentCheck.checks(of: dossier, verdicts))
        case .failure(let failure):
            let report = auditor.invalid(
                dossier, errors: failure.diagnostics, warnings: reading.warnings, asOf: options.asOf, tier: override)
            return HistoryAudit(report: report, bytes: bytes, attachments: [])
        }
    }
}
