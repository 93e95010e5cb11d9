import Diagnostics
import DossierXML
import Foundation
import Programme
import Testing

@testable import Audit
@testable import DossierModel

/// Each check fills exactly the placeholders its kind's descriptor declares for the status
/// it reports: every one a programme text may use for that status has a value, and no
/// other. Judged on the shipped samples (on several dates, with their attachments intact
/// and tampered) and on boundary dossiers.
@Suite struct KindPlaceholderTests {
    /// One judgement: the kind, the status, and the placeholders with a value.
    private struct Filled {
        let kind: KindDescriptor
        let status: RequirementStatus
        let names: Set<PlaceholderName>
        let source: String
    }

    // MARK: - Fixtures

    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The distinct requirement kinds, with their parameters, of the shipped programme and the Acme test programme.
    private static func programmeKinds() throws -> [RequirementKind] {
        let loader = ProgrammeLoader(schema: try XMLSchema(file: repository.appendingPathComponent("Schemas/program.xsd").path))
        var kinds: [RequirementKind] = []
        for file in ["Schemas/kerio/program.xml", "Tests/Fixtures/programs/acme-program.xml"] {
            let programme = try loader.load(file: repository.appendingPathComponent(file).path).get()
            for kind in programme.tiers.flatMap(\.requirements).map(\.kind) where !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }

    /// Every sample dossier that is valid, decoded.
    private static func sampleDossiers() throws -> [Dossier] {
        let schema = try XMLSchema(file: repository.appendingPathComponent("Schemas/dossier.xsd").path)
        let folder = repository.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        return names.compactMap { name in
            guard let tree = try? XMLTree.parse(file: folder.appendingPathComponent(name).path, schema: schema),
                !tree.validity.contains(where: { $0.severity == .error })
            else { return nil }
            return try? DossierDecoder.decode(tree).get()
        }
    }

    /// Every file `dossier` attaches, judged tampered.
    private static func allTampered(_ dossier: Dossier) -> [String: AttachmentVerdicts.Verdict] {
        let documents =
            dossier.contracts.compactMap(\.document) + dossier.certificates.compactMap(\.document)
            + dossier.screenshots.compactMap(\.image) + dossier.quarterlyReports.compactMap(\.document)
        return Dictionary(documents.map { ($0.path, .tampered(actual: "0")) }, uniquingKeysWith: { first, _ in first })
    }

    /// What `kind`'s check reports on `dossier`, when not met, with the placeholders filled
    /// (the auditor adds the audit date to every judgement).
    private static func judge(_ kind: RequirementKind, _ dossier: Dossier, _ context: CheckContext, _ source: String) -> Filled? {
        let judgement = kind.check.judge(dossier, in: context)
        guard judgement.status != .met else { return nil }
        let names = Set(PlaceholderName.allCases.filter { judgement.values[$0] != nil }).union([.asOf])
        return Filled(kind: kind.descriptor, status: judgement.status, names: names, source: source)
    }

    /// Each judgement filled what its status declares, in a status of its kind; every
    /// status of every kind was reached, so that no declaration goes unchecked.
    private static func expectDeclared(_ judged: [Filled]) {
        for kind in KindDescriptor.all {
            let reached = Set(judged.filter { $0.kind.element == kind.element }.map(\.status))
            #expect(reached.isSuperset(of: kind.statuses), "\(kind.element): reached only \(reached.map(\.rawValue).sorted())")
        }
        for filled in judged {
            let declared = filled.kind.available(for: filled.status)
            let judgement = "\(filled.kind.element) \(filled.status.rawValue) on \(filled.source)"
            #expect(filled.names == declared, "\(judgement): filled \(sorted(filled.names)), declared \(sorted(declared))")
            #expect(filled.kind.statuses.contains(filled.status), "\(filled.kind.element) reports \(filled.status.rawValue)")
        }
    }

    private static func sorted(_ names: Set<PlaceholderName>) -> [String] {
        names.map(\.rawValue).sorted()
    }

    // MARK: - Samples

    @Test func samplesFillWhatEachStatusDeclares() throws {
        let kinds = try Self.programmeKinds()
        let dossiers = try Self.sampleDossiers()
        #expect(dossiers.count >= 15)
        var judged: [Filled] = []
        for dossier in dossiers {
            for asOf in ["2024-03-01", "2026-11-24", "2027-02-28", "2029-01-01"] {
                for tampered in [false, true] {
                    let context = Build.context(asOf, attachments: tampered ? Self.allTampered(dossier) : [:])
                    let source = "\((dossier.file as NSString).lastPathComponent) on \(asOf)\(tampered ? ", tampered" : "")"
                    judged += kinds.compactMap { Self.judge($0, dossier, context, source) }
                }
            }
        }
        Self.expectDeclared(judged)
    }

    // MARK: - Boundaries

    /// Elements with every optional part present or absent, on the audit date, the day before and the day after.
    @Test(arguments: ["2026-11-23", "2026-11-24", "2026-11-25"])
    func boundaryDossiersFillWhatEachStatusDeclares(asOf: String) {
        let contracts: [[Contract]] = [
            [],
            [Build.contract(signed: nil)],
            [Build.contract(parties: ["partner"])],
            [Build.contract(signed: "2026-11-24", from: "2026-11-24", until: "2026-11-24")],
            [Build.contract(from: "2026-11-25", until: "2027-11-25", document: "c.pdf")],
            [Build.contract(from: "2025-01-01", until: "2026-11-23", document: "c.pdf")],
            [Build.contract(parties: ["vendor"], from: "2025-01-01", until: "2026-11-23")],
            [Build.contract(from: "2025-01-01", until: "2025-12-31")],
            [Build.contract(from: "2027-01-01")],
            [Build.contract(document: "c.pdf"), Build.contract("C-2", from: "2025-01-01", until: "2027-01-01", document: "d.pdf")],
        ]
        let certificates: [[Certificate]] = [
            [], [Build.certificate(issued: "2026-11-24")], [Build.certificate(expires: "2026-11-24", document: "k.pdf")],
            [Build.certificate(issued: "2027-01-01", expires: "2028-01-01")],
            [Build.certificate(issued: "2024-01-01", expires: "2025-01-01")],
            [Build.certificate(document: "k.pdf")],
        ]
        let screenshots: [[Screenshot]] = [
            [],
            [Build.screenshot(page: "https://elsewhere.example/")],
            [Build.screenshot(ads: [(false, "https://www.kerio.com/")], image: "s.png")],
            [Build.screenshot(ads: [])],
            [Build.screenshot(captured: "2026-08-26T00:00:00Z", image: "s.png")],
            [Build.screenshot(captured: "2026-01-01T00:00:00Z")],
            [Build.screenshot(captured: "2026-11-24T12:00:00Z", image: "s.png")],
            [Build.screenshot(image: "s.png")],
        ]
        let sales: [Sales] = [
            Sales(),
            Build.sales([Build.retail("2026-11-24", "7499.99")]),
            Build.sales([Build.retail("2026-11-24", "7499.9952")]),
            Build.sales([Build.retail("2026-11-24", "9000.00"), Build.retail("2026-01-01", "10.00", "EUR")]),
            Build.sales([Build.retail("2025-11-25", "7500.00")]),
        ]
        let forecasts: [[Forecast]] = [
            [], [Forecast(quarter: Quarter("2027-Q1")!, amount: 0, currency: nil, submitted: Build.date("2026-11-01"), line: 70)],
            [Forecast(quarter: Quarter("2027-Q1")!, amount: 10, currency: nil, submitted: Build.date("2026-11-25"), line: 70)],
        ]
        let reports: [[QuarterlyReport]] = [
            [],
            [QuarterlyReport(quarter: Quarter("2026-Q3")!, submitted: Build.date("2026-11-25"), document: nil, line: 80)],
            [
                QuarterlyReport(
                    quarter: Quarter("2026-Q3")!, submitted: Build.date("2026-10-10"),
                    document: Attachment(path: "q.pdf", sha256: String(repeating: "d", count: 64), line: 81), line: 80)
            ],
        ]
        var dossiers = contracts.map { Build.dossier(contracts: $0) } + certificates.map { Build.dossier(certificates: $0) }
        dossiers += screenshots.map { Build.dossier(screenshots: $0) } + sales.map { Build.dossier(sales: $0) }
        dossiers += forecasts.map { Build.dossier(forecasts: $0) } + reports.map { Build.dossier(reports: $0) }
        dossiers.append(Build.dossier(website: "mailto:sales@acme.example", screenshots: [Build.screenshot()]))

        let kinds: [RequirementKind] = [
            .contract(type: "nda"), .certificate(kind: "sales"),
            .websiteAd(maxAgeDays: 90, vendorDomains: ["kerio.com"]),
            .salesVolume(channel: "retail", windowMonths: 12, threshold: 7500, currency: "USD"),
            .forecast(quartersAhead: 1), .quarterlyReport(graceDays: 30),
        ]
        var judged: [Filled] = []
        for (index, dossier) in dossiers.enumerated() {
            for tampered in [false, true] {
                let context = Build.context(asOf, attachments: tampered ? Self.allTampered(dossier) : [:])
                judged += kinds.compactMap { Self.judge($0, dossier, context, "boundary dossier \(index)\(tampered ? ", tampered" : "")") }
            }
        }
        Self.expectDeclared(judged)
    }
}
