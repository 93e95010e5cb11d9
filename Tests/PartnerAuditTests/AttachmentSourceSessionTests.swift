import AttachmentSources
import Audit
import DossierModel
import Foundation
import PartnerAudit
import Reports
import Testing

/// A dossier uploaded with its attachments is audited as the same dossier beside them.
@Suite struct AttachmentSourceSessionTests {
    /// Every file under `Samples/attachments`, by the path the samples use.
    static let uploads: [(name: String, bytes: Data)] = {
        let folder = Fixture.samples.appendingPathComponent("attachments")
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        return paths.compactMap { path in
            (try? Data(contentsOf: folder.appendingPathComponent(path))).map { (name: "attachments/\(path)", bytes: $0) }
        }
    }()

    @Test func thereAreUploads() {
        #expect(Self.uploads.count > 20)
    }

    @Test(arguments: Fixture.sampleNames)
    func anUploadIsAuditedAsTheFolder(sample: String) throws {
        let json = try #require(Fixture.reporters["json"])
        let bytes = try Data(contentsOf: Fixture.samples.appendingPathComponent(sample))
        let uploaded = try Fixture.session("en").check(
            dossier: bytes, named: "Samples/\(sample)", attachments: try MemoryAttachments(Self.uploads), asOf: Fixture.asOf)
        #expect(json.render(uploaded) == json.render(try Fixture.report(sample)))
    }

    @Test func aDossierUploadedAloneHasItsEvidenceAbsent() throws {
        let bytes = try Data(contentsOf: Fixture.samples.appendingPathComponent("fail-tampered-papadopoulos.xml"))
        let report = try Fixture.session("en").check(
            dossier: bytes, named: "upload.xml", attachments: try MemoryAttachments([:]), asOf: Fixture.asOf)
        #expect(report.valid)
        #expect(report.file == "upload.xml")
        #expect(!report.uncheckedEvidence.isEmpty)
        #expect(report.uncheckedEvidence.allSatisfy { $0.reason == .notFound })
    }

    @Test func skippingAttachmentsOpensNone() throws {
        let bytes = try Data(contentsOf: Fixture.samples.appendingPathComponent("fail-tampered-papadopoulos.xml"))
        let report = try Fixture.session("ru-skip").check(
            dossier: bytes, named: "upload.xml", attachments: try MemoryAttachments(Self.uploads), asOf: Fixture.asOf)
        #expect(!report.uncheckedEvidence.isEmpty)
        #expect(report.uncheckedEvidence.allSatisfy { $0.reason == .skipped })
    }

    @Test func aRefusedBundleIsAnErrorNotAReport() throws {
        let result = try Fixture.session("en").check(bundle: Data("not a zip".utf8), asOf: Fixture.asOf)
        #expect(throws: BundleError.notAZip) { try result.get() }
    }
}
