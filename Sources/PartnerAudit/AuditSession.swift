import Audit
import DossierModel
import DossierXML
import Foundation
import Programme

/// What a Swift user imports to audit dossiers: the compiled dossier schema and a
/// loaded programme, shared by every dossier of a run and safe from any thread.
public struct AuditSession: Sendable {
    public let reader: DossierReader
    public let auditor: Auditor

    public init(reader: DossierReader, auditor: Auditor) {
        self.reader = reader
        self.auditor = auditor
    }

    /// A session with the shipped dossier schema and the programme in `programFile`
    /// (the shipped Kerio programme when nil).
    public static func make(
        programFile: String? = nil, language: String = "en", checkAttachments: Bool = true, limits: XMLLimits = XMLLimits()
    ) throws -> AuditSession {
        let schemas = try SchemaLocator.directory().get()
        let reader = try DossierReader.shipped(limits: limits)
        let loader = ProgrammeLoader(schema: try XMLSchema(file: schemas.appendingPathComponent("program.xsd").path))
        let programme = try loader.load(file: programFile ?? schemas.appendingPathComponent("kerio/program.xml").path).get()
        return AuditSession(
            reader: reader, auditor: Auditor(programme: programme, language: language, checkAttachments: checkAttachments))
    }

    /// The programme audited against.
    public var programme: Programme { auditor.programme }

    /// The id of the programme audited against.
    public var programmeID: String { auditor.programme.id }

    /// The programme's tier ids, lowest first.
    public var tierIDs: [String] { auditor.programme.tiers.map(\.id) }

    /// Reads, validates and audits one dossier file.
    public func check(file path: String, asOf: CalendarDate, tier: String? = nil) -> AuditReport {
        let reading = reader.read(file: path)
        guard let dossier = reading.dossier else {
            return auditor.invalid(file: path, errors: reading.errors, warnings: reading.warnings, asOf: asOf, tier: tier)
        }
        return auditor.audit(dossier, asOf: asOf, tier: tier, warnings: reading.warnings)
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
