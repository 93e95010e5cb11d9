import Audit
import DossierModel
import DossierXML
import Foundation
import PartnerAudit
import Testing

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    private static let asOf = CorpusGenerator.defaultAsOf

    @Test("SplitMix64 gives the reference sequence, so corpora do not change with the platform")
    func splitMixReferenceValues() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        var bounded = SplitMix64(seed: 99)
        for _ in 0..<1_000 {
            #expect((3...7).contains(bounded.int(in: 3...7)))
        }
    }

    @Test("The same seed writes byte-identical files; another seed does not")
    func deterministic() throws {
        let first = try TemporaryFolder()
        let second = try TemporaryFolder()
        let other = try TemporaryFolder()
        let paths = try CorpusGenerator(seed: 42).write(count: 30, to: first.path)
        try CorpusGenerator(seed: 42).write(count: 30, to: second.path)
        try CorpusGenerator(seed: 43).write(count: 30, to: other.path)
        #expect(paths.count == 30)
        var differing = 0
        for path in paths {
            let relative = String(path.dropFirst(first.path.count))
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second.path + relative))), "\(relative)")
            if bytes != (try Data(contentsOf: URL(fileURLWithPath: other.path + relative))) { differing += 1 }
        }
        #expect(differing == 30)
    }

    @Test("A dossier does not depend on the size of the corpus it is part of")
    func dossierIndependentOfCount() throws {
        let folder = try TemporaryFolder()
        let generator = CorpusGenerator(seed: 5)
        let paths = try generator.write(count: 12, to: folder.path)
        #expect(try String(contentsOfFile: paths[11], encoding: .utf8) == generator.dossier(11))
        #expect(generator.relativePath(of: 11, count: 12) == "region-03/partner-00011.xml")
        #expect(generator.relativePath(of: 11, count: 200_000) == "region-03/partner-000011.xml")
    }

    @Test("Every dossier of a generated corpus is valid against the shipped schema")
    func valid() throws {
        let folder = try TemporaryFolder()
        let paths = try CorpusGenerator(seed: 2026).write(count: 50, to: folder.path)
        let reader = try DossierReader.shipped()
        for path in paths {
            let reading = reader.read(file: path)
            #expect(reading.isValid, "\(path): \(reading.errors.map(\.description))")
            #expect(reading.warnings.isEmpty, "\(path): \(reading.warnings.map(\.description))")
        }
    }

    @Test("A corpus mixes outcomes, statuses, countries and sizes, with unique partner ids")
    func varied() throws {
        let folder = try TemporaryFolder()
        let paths = try CorpusGenerator(seed: 7).write(count: 60, to: folder.path)
        let session = try AuditSession.make(checkAttachments: false)
        var qualified = Set<String>()
        var eligible = Set<Bool>()
        var statuses = Set<RequirementStatus>()
        var ids = Set<String>()
        var countries = Set<String>()
        var salesCounts: [Int] = []
        var nonASCII = 0
        for path in paths {
            let reading = session.reader.read(file: path)
            let dossier = try #require(reading.dossier, "\(path)")
            ids.insert(dossier.partner.id)
            countries.insert(dossier.partner.country)
            salesCounts.append(dossier.sales.lines.count)
            if dossier.partner.name.unicodeScalars.contains(where: { !$0.isASCII }) { nonASCII += 1 }
            let report = session.auditor.audit(dossier, asOf: Self.asOf, attachments: AttachmentVerdicts())
            qualified.insert(report.qualifiedTier ?? "none")
            eligible.insert(report.eligible)
            statuses.formUnion(report.findings.map(\.status))
        }
        #expect(ids.count == paths.count)
        #expect(qualified.count >= 3, "\(qualified)")
        #expect(eligible == [true, false])
        #expect(statuses.count >= 6, "\(statuses)")
        #expect(countries.count >= 8)
        #expect(nonASCII >= 10)
        #expect(salesCounts.min()! <= 5 && salesCounts.max()! >= 30, "\(salesCounts)")
        #expect(salesCounts.max()! <= 60)
    }

    @Test("The huge dossier holds exactly the sales lines asked for and stays valid")
    func huge() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/huge.xml"
        try CorpusGenerator(seed: 3).writeHuge(sales: 20_000, index: 0, to: path)
        let reading = try DossierReader.shipped().read(file: path)
        let dossier = try #require(reading.dossier, "\(reading.errors.map(\.description))")
        #expect(dossier.sales.lines.count == 20_000)
    }
}

/// A folder under the temporary directory, removed when the value goes away.
private final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
