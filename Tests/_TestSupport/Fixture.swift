import Audit
import Diagnostics
import DossierModel
import DossierXML
import Foundation
import PartnerAudit
import Programme
import Reports

/// The samples, sessions and reporters the report tests share. Reports are made
/// as of 2026-11-24 with the dossier paths written `Samples/<name>.xml`, so that
/// output does not depend on where the checkout is.
public enum Fixture {
    public static let root = TestPaths.repository
    public static let samples = TestPaths.samples
    /// The golden files of the reports.
    public static let golden = root.appendingPathComponent("Tests/ReportsTests/Golden")
    /// Copies of the published report schemas (origin and licence in their README).
    public static let formats = TestPaths.fixtures.appendingPathComponent("formats")
    public static let asOf = CalendarDate(year: 2026, month: 11, day: 24)!

    /// Every sample dossier's file name, sorted.
    public static let sampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    /// Every report format, by `--format` identifier.
    public static let reporters: [String: any Reporter] = Dictionary(
        uniqueKeysWithValues: ReporterRegistry.identifiers.map { ($0, ReporterRegistry.reporter($0)!) })
    public static let formatNames = reporters.keys.sorted()

    private static let sessions: [String: Result<AuditSession, any Error>] = [
        "en": Result { try AuditSession.make(language: .english) },
        "ru": Result { try AuditSession.make(language: .russian) },
        "ru-skip": Result { try AuditSession.make(language: .russian, checkAttachments: false) },
    ]

    /// A session in `language` (`en`, `ru`), or Russian judging metadata only (`ru-skip`).
    public static func session(_ name: String) throws -> AuditSession {
        try sessions[name]!.get()
    }

    /// The report on one sample, with its paths made relative to the checkout.
    public static func report(_ sample: String, session name: String = "en") throws -> AuditReport {
        var report = try session(name).check(file: samples.appendingPathComponent(sample).path, asOf: asOf)
        report.file = "Samples/\(sample)"
        report.errors = report.errors.map(relative)
        report.warnings = report.warnings.map(relative)
        return report
    }

    private static func relative(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        diagnostic.location.file = diagnostic.location.file.replacingOccurrences(of: root.path + "/", with: "")
        return diagnostic
    }
}
