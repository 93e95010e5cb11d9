import AttachmentSources
import Audit
import DossierModel
import DossierXML
import Foundation
import Programme

/// What a Swift user imports to audit dossiers: the compiled dossier schema and a
/// loaded programme, shared by every dossier of a run and safe from any thread. The
/// session opens attached files where they are (`AttachmentSource`) and hands the
/// auditor their verdicts.
public struct AuditSession: Sendable {
    public let reader: DossierReader
    public let auditor: Auditor
    /// False with `--skip-attachments`: attached files are never opened.
    public let checkAttachments: Bool
    /// The limits a ZIP bundle is read within.
    public let bundleLimits: BundleLimits

    public init(reader: DossierReader, auditor: Auditor, checkAttachments: Bool = true, bundleLimits: BundleLimits = BundleLimits()) {
        self.reader = reader
        self.auditor = auditor
        self.checkAttachments = checkAttachments
        self.bundleLimits = bundleLimits
    }

    /// A session with the shipped dossier schema and the programme in `programFile`
    /// (the shipped Kerio programme when nil).
    public static func make(
        programFile: String? = nil, language: Language = .english, checkAttachments: Bool = true, limits: XMLLimits = XMLLimits(),
        bundleLimits: BundleLimits = BundleLimits()
    ) throws -> AuditSession {
        let reader = try DossierReader.shipped(limits: limits)
        let programme = try loadProgramme(file: programFile)
        return AuditSession(
            reader: reader, auditor: Auditor(programme: programme, language: language), checkAttachments: checkAttachments,
            bundleLimits: bundleLimits)
    }

    /// The programme in `file` (the shipped Kerio programme when nil), read alone: for what
    /// needs its tiers but audits no dossier (the history's listings), which then need not
    /// compile the dossier schema.
    public static func loadProgramme(file: String? = nil) throws -> Programme {
        let schemas = try SchemaLocator.directory().get()
        let loader = ProgrammeLoader(schema: try XMLSchema(file: schemas.appendingPathComponent("program.xsd").path))
        return try loader.load(file: file ?? schemas.appendingPathComponent("kerio/program.xml").path).get()
    }

    /// The programme audited against.
    public var programme: Programme { auditor.programme }

    /// The id of the programme audited against.
    public var programmeID: String { auditor.programme.id }

    /// The programme's tier ids, lowest first.
    public var tierIDs: [String] { auditor.programme.tiers.map(\.id) }

    // MARK: - Checking

    /// Reads, validates and audits one dossier file, its attachments in its folder.
    public func check(file path: String, asOf: CalendarDate, tier: String? = nil) -> AuditReport {
        audit(reader.read(file: path), attachments: FolderAttachments(beside: path), asOf: asOf, tier: tier)
    }

    /// Reads, validates and audits a dossier held in memory, named `name` in its report,
    /// its attachments in `attachments`.
    public func check(
        dossier bytes: Data, named name: String, attachments: any AttachmentSource, asOf: CalendarDate, tier: String? = nil
    ) -> AuditReport {
        audit(reader.read(bytes: Array(bytes), named: name), attachments: attachments, asOf: asOf, tier: tier)
    }

    /// Reads a ZIP bundle in memory and audits its dossier, named in its report as in
    /// the bundle, with the other files as its attachments; or why the bundle is refused.
    public func check(bundle bytes: Data, asOf: CalendarDate, tier: String? = nil) -> Result<AuditReport, BundleError> {
        Result { () throws(BundleError) in try BundleReader(limits: bundleLimits).read(bytes) }
            .map { check(dossier: $0.dossier, named: $0.dossierName, attachments: $0.attachments, asOf: asOf, tier: tier) }
    }

    /// `check(bundle:)` on the ZIP file at `path`.
    public func check(bundleFile path: String, asOf: CalendarDate, tier: String? = nil) -> Result<AuditReport, BundleError> {
        Result { () throws(BundleError) in try BundleReader(limits: bundleLimits).read(file: path) }
            .map { check(dossier: $0.dossier, named: $0.dossierName, attachments: $0.attachments, asOf: asOf, tier: tier) }
    }

    /// The report on a dossier read, its attachments judged in `attachments` unless the
    /// session skips them (then nothing is opened).
    private func audit(_ reading: DossierReading, attachments: any AttachmentSource, asOf: CalendarDate, tier: String?) -> AuditReport {
        guard let dossier = reading.dossier else {
            return auditor.invalid(file: reading.file, errors: reading.errors, warnings: reading.warnings, asOf: asOf, tier: tier)
        }
        guard checkAttachments else {
            return auditor.audit(dossier, asOf: asOf, tier: tier, attachments: AttachmentVerdicts(), warnings: reading.warnings)
        }
        switch attachments.verdicts(for: dossier, language: auditor.language) {
        case .success(let verdicts):
            return auditor.audit(dossier, asOf: asOf, tier: tier, attachments: verdicts, warnings: reading.warnings)
        case .failure(let failure):
            return auditor.invalid(dossier, errors: failure.diagnostics, warnings: reading.warnings, asOf: asOf, tier: tier)
        }
    }
}

extension CalendarDate {
    /// Today's date in UTC.
    public static var todayUTC: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
