import Audit
import Diagnostics
import DossierModel
import DossierXML
import Foundation
import PartnerAudit
import Reports
import Testing
import _TestSupport

@Suite struct BatchAuditTests {
    static let session = try! AuditSession.make()
    let asOf = CalendarDate("2026-11-24")!

    private func run(_ files: [String], jobs: Int) async -> (reports: [AuditReport], outcome: BatchOutcome) {
        var reports: [AuditReport] = []
        let outcome = await BatchAudit(session: Self.session, asOf: asOf, jobs: jobs).run(files) { _ in
        } receive: { report, _ in
            reports.append(report)
        }
        return (reports, outcome)
    }

    /// The summary `writer` writes of `files` from the entries the auditing tasks make, and the reports.
    private func summary<Writer: BatchWriter>(
        _ files: [String], jobs: Int, into writer: Writer
    ) async -> (summary: String, reports: [AuditReport]) {
        var writer = writer
        var reports: [AuditReport] = []
        var summary = writer.begin()
        _ = await BatchAudit(session: Self.session, asOf: asOf, jobs: jobs).run(files, entry: Writer.entry(for:)) { report, entry in
            reports.append(report)
            summary += writer.add(report, entry: entry)
        }
        return (summary + writer.end(), reports)
    }

    @Test func resultsComeInPathOrderWhateverTheParallelism() async {
        let files = DossierDiscovery.files(under: [TestPaths.samples.path])
        #expect(files == files.sorted())
        #expect(files.count >= 20)
        let serial = await run(files, jobs: 1)
        let parallel = await run(files, jobs: 8)
        #expect(serial.reports.map(\.file) == files)
        #expect(parallel.reports.map(\.file) == files)
        #expect(serial.reports.map(\.qualifiedTier) == parallel.reports.map(\.qualifiedTier))
        #expect(serial.reports.map(\.findings) == parallel.reports.map(\.findings))
    }

    @Test func badFilesGetTheirEntryAndNeverStopTheBatch() async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("b-good.xml")
        try FileManager.default.copyItem(atPath: TestPaths.sample("authorized-nordlys.xml"), toPath: good.path)
        try FileManager.default.copyItem(
            at: TestPaths.samples.appendingPathComponent("attachments"), to: folder.appendingPathComponent("attachments"))
        try Data().write(to: folder.appendingPathComponent("a-empty.xml"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: folder.appendingPathComponent("c-image.xml"))
        try Data("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>".utf8)
            .write(to: folder.appendingPathComponent("d-hostile.xml"))
        let missing = folder.appendingPathComponent("e-missing.xml").path
        let files = DossierDiscovery.files(under: [folder.path, missing])
        #expect(files.count == 5)

        let (reports, outcome) = await run(files, jobs: 2)
        #expect(reports.count == 5)
        #expect(outcome.invalid == 4)
        let byName = Dictionary(uniqueKeysWithValues: reports.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0) })
        #expect(byName["b-good.xml"]?.eligible == true)
        #expect(byName["a-empty.xml"]?.errors.first?.message == "the file is empty")
        #expect(byName["c-image.xml"]?.errors.first?.message.contains("PNG") == true)
        #expect(byName["d-hostile.xml"]?.errors.first?.message.contains("external entity") == true)
        #expect(byName["e-missing.xml"]?.errors.first?.message.contains("No such file") == true)
        #expect(reports.filter { !$0.valid }.allSatisfy { $0.errors.allSatisfy { $0.line >= 1 && $0.column >= 1 } })
    }

    @Test func anAttachmentLinkingOutsideTheFolderMakesTheDossierInvalid() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = folder.appendingPathComponent("dossier.xml")
        try FileManager.default.copyItem(atPath: TestPaths.sample("authorized-nordlys.xml"), toPath: dossier.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("attachments").path,
            withDestinationPath: TestPaths.samples.appendingPathComponent("attachments").path)
        let report = Self.session.check(file: dossier.path, asOf: asOf)
        #expect(!report.valid)
        #expect(report.errors.first?.message.contains("symbolic link leading outside") == true)
        #expect(report.errors.first?.line ?? 0 > 1)
    }

    @Test func aDuplicatePartnerIdIsReported() async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["one.xml", "two.xml"] {
            try FileManager.default.copyItem(
                atPath: TestPaths.sample("self-check-lodzkie.xml"), toPath: folder.appendingPathComponent(name).path)
        }
        let (reports, outcome) = await run(DossierDiscovery.files(under: [folder.path]), jobs: 2)
        #expect(outcome.duplicatePartnerIDs == [try #require(reports.first?.partner?.id)])
        #expect(reports[0].warnings.isEmpty)
        let duplicate = try #require(reports[1].warnings.first { $0.message.contains("also used by \(reports[0].file)") })
        #expect(duplicate.severity == .warning)
    }

    /// Entries are made in parallel, before the collector adds the duplicate-id warning;
    /// whatever the parallelism, the summary is the one written from the final reports.
    @Test(arguments: Fixture.formatNames)
    func summariesFromParallelEntriesAreTheSerialOnes(_ format: String) async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: TestPaths.sample("self-check-lodzkie.xml"), toPath: folder.appendingPathComponent("copy.xml").path)
        let files = DossierDiscovery.files(under: [TestPaths.samples.path, folder.path])
        let reporter = try #require(Fixture.reporters[format])
        let serial = await summary(files, jobs: 1, into: reporter.batchWriter())
        let parallel = await summary(files, jobs: 4, into: reporter.batchWriter())
        #expect(serial.reports.contains { $0.warnings.contains { $0.message.contains("also used by") } })
        #expect(serial.summary == reporter.render(batch: serial.reports))
        #expect(parallel.summary == serial.summary)
    }

    /// A batch whose first dossiers are invalid (their reports name no tiers) still
    /// counts the valid one under its tier, in every summary that shows totals.
    @Test(arguments: [TextReporter.identifier, MarkdownReporter.identifier, HTMLReporter.identifier])
    func totalsDoNotDependOnWhichDossierComesFirst(_ format: String) async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["broken-truncated.xml", "preferred-borei.xml"] {
            try FileManager.default.copyItem(atPath: TestPaths.sample(name), toPath: folder.appendingPathComponent(name).path)
        }
        try FileManager.default.copyItem(
            at: TestPaths.samples.appendingPathComponent("attachments"), to: folder.appendingPathComponent("attachments"))
        try Data("not xml".utf8).write(to: folder.appendingPathComponent("notes.xml"))
        let files = DossierDiscovery.files(under: [folder.path])
        let reporter = try #require(Fixture.reporters[format])
        let invalidFirst = await summary(files, jobs: 1, into: reporter.batchWriter())
        #expect(invalidFirst.reports.map(\.valid) == [false, false, true])
        let validFirst = await summary(files.reversed(), jobs: 1, into: reporter.batchWriter())
        for summary in [invalidFirst.summary, validFirst.summary] {
            let totals = try #require(summary.range(of: format == TextReporter.identifier ? "Totals per tier" : "Total"))
            let tail = summary[totals.lowerBound...]
            #expect(tail.contains("Preferred"))
            #expect(tail.contains("Authorized"))
        }
        if format == TextReporter.identifier {
            for summary in [invalidFirst.summary, validFirst.summary] {
                #expect(summary.contains("  Preferred   1\n"))
                #expect(summary.contains("  no tier     0\n"))
                #expect(summary.contains("  invalid     2\n"))
            }
        }
    }

    /// Counts the entries being made at once; an entry is made by the task auditing its dossier.
    private final class Overlap: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var most = 0

        func during(_ work: () -> Void) {
            lock.withLock {
                now += 1
                most = max(most, now)
            }
            work()
            lock.withLock { now -= 1 }
        }
    }

    /// The most dossiers whose entries were being made at once, auditing 40 copies of one
    /// sample with two jobs under a size limit of `copies` times the sample's size.
    private static func mostAtOnce(underLimitOf copies: Int) async throws -> Int {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: TestPaths.sample("self-check-lodzkie.xml"), encoding: .utf8)
        for index in 0..<40 {
            let unique = text.replacingOccurrences(of: "KP-003954", with: "KP-1000\(index + 10)")
            try unique.write(to: folder.appendingPathComponent("dossier-\(index + 10).xml"), atomically: true, encoding: .utf8)
        }
        let session = try AuditSession.make(limits: XMLLimits(maxBytes: copies * text.utf8.count))
        let overlap = Overlap()
        _ = await BatchAudit(session: session, asOf: CalendarDate("2026-11-24")!, jobs: 2).run(
            DossierDiscovery.files(under: [folder.path]), entry: { _ in overlap.during { Thread.sleep(forTimeInterval: 0.01) } },
            receive: { _, _ in })
        return overlap.most
    }

    @Test func dossiersInWorkTogetherNeverExceedTheSizeLimit() async throws {
        #expect(try await Self.mostAtOnce(underLimitOf: 1) == 1)
    }

    /// Two entries at once need two free threads, which other suites' blocking tests may
    /// hold: measured in a process of its own.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func dossiersWithinTheSizeLimitAreAuditedTogether() async {
        await #expect(processExitsWith: .success) {
            if try await BatchAuditTests.mostAtOnce(underLimitOf: 4) < 2 { exit(1) }
        }
    }

    @Test func linksPipesAndFoldersNamedXMLGetEntriesNotSkipped() async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.copyItem(at: TestPaths.samples.appendingPathComponent("attachments"), to: folder.appendingPathComponent("attachments"))
        try manager.copyItem(atPath: TestPaths.sample("authorized-nordlys.xml"), toPath: folder.appendingPathComponent("real.xml").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("a-link.xml").path, withDestinationPath: "real.xml")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("b-dangling.xml").path, withDestinationPath: "nowhere.xml")
        try manager.createDirectory(at: folder.appendingPathComponent("c-folder.xml"), withIntermediateDirectories: false)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("d-folder-link.xml").path, withDestinationPath: "c-folder.xml")
        #expect(mkfifo(folder.appendingPathComponent("e-pipe.xml").path, 0o600) == 0)
        let files = DossierDiscovery.files(under: [folder.path]).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(files == ["a-link.xml", "b-dangling.xml", "d-folder-link.xml", "e-pipe.xml", "real.xml"])

        let (reports, _) = await run(DossierDiscovery.files(under: [folder.path]), jobs: 2)
        let byName = Dictionary(uniqueKeysWithValues: reports.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0) })
        #expect(byName["a-link.xml"]?.eligible == true)
        #expect(byName["b-dangling.xml"]?.errors.first?.message.contains("No such file") == true)
        #expect(byName["d-folder-link.xml"]?.errors.first?.message.contains("is a directory") == true)
        #expect(byName["e-pipe.xml"]?.errors.first?.message == "the file is empty")
    }

    @Test func aFolderGivenAsALinkIsWalkedButLinksInsideAreNot() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("<d/>".utf8).write(to: real.appendingPathComponent("one.xml"))
        try FileManager.default.createSymbolicLink(atPath: real.appendingPathComponent("loop").path, withDestinationPath: real.path)
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real.path)
        #expect(DossierDiscovery.files(under: [link]) == ["\(link)/one.xml"])
        #expect(DossierDiscovery.files(under: [link + "/"]) == ["\(link)/one.xml"])
    }

    @Test(arguments: [1, 2, 3, 7])
    func shardsCoverEveryFileExactlyOnce(count: Int) throws {
        let files = DossierDiscovery.files(under: [TestPaths.samples.path])
        let parts = try (1...count).map { try #require(Shard("\($0)/\(count)")).select(files) }
        #expect(parts.flatMap { $0 }.sorted() == files)
        #expect(parts.map(\.count).max()! - parts.map(\.count).min()! <= 1)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3"])
    func malformedShardsAreRefused(text: String) {
        #expect(Shard(text) == nil)
    }
}
