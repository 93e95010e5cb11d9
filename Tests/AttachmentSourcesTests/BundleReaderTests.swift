import DossierModel
import Foundation
import Programme
import Testing
import ZIPFoundation
import _TestSupport

@testable import AttachmentSources
@testable import Audit

/// Hostile bundles: each is refused with its own error before anything is expanded
/// (or, for sizes that lie, as soon as the lie shows), never with a crash.
@Suite struct BundleReaderTests {
    private let reader = BundleReader()
    private let dossier = ("dossier.xml", ZIPMaker.dossier)

    /// The error reading `bytes` gives, or nil when the bundle is read.
    private func refusal(_ bytes: Data, limits: BundleLimits = BundleLimits()) -> BundleError? {
        do {
            _ = try BundleReader(limits: limits).read(bytes)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Read

    @Test func aBundleGivesItsDossierAndEveryOtherFile() throws {
        let pdf = Data("foo".utf8)
        let zip = try ZIPMaker.archive([
            ("./dossier.xml", ZIPMaker.dossier), ("attachments/nda.pdf", pdf), ("attachments/old/report.xml", Data("<r/>".utf8)),
        ])
        let bundle = try reader.read(zip)
        #expect(bundle.dossierName == "dossier.xml")
        #expect(bundle.dossier == ZIPMaker.dossier)
        #expect(bundle.attachments.names == ["attachments/nda.pdf", "attachments/old/report.xml"])
        let verdicts = try bundle.attachments.verdicts(
            for: .attaching([("attachments/nda.pdf", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")]),
            language: .english
        ).get()
        #expect(verdicts.byPath["attachments/nda.pdf"] == .intact)
    }

    @Test func folderEntriesAreAllowedAndStoredEntriesRead() throws {
        let archive = try ZIPMaker.archive([dossier, ("a/b.pdf", Data("x".utf8))], method: .none)
        #expect(try reader.read(archive).attachments.names == ["a/b.pdf"])
    }

    @Test func nothingIsWrittenToDisk() throws {
        let folder = "bundle-\(UUID().uuidString)"
        _ = try reader.read(try ZIPMaker.archive([dossier, ("\(folder)/a.pdf", Data("x".utf8))]))
        for place in [FileManager.default.temporaryDirectory.path, FileManager.default.currentDirectoryPath] {
            #expect(!FileManager.default.fileExists(atPath: "\(place)/\(folder)"))
        }
    }

    @Test func namesAreReadAsUTF8EvenUnflagged() throws {
        let zip = try ZIPMaker.archive([dossier, ("attachments/smlouva-č.pdf", Data("x".utf8))])
        #expect(try reader.read(ZIPMaker.withoutUTF8Flag(zip)).attachments.names == ["attachments/smlouva-č.pdf"])
    }

    // MARK: - Not a ZIP

    @Test(arguments: [
        Data(), Data("hello".utf8), Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ZIPMaker.dossier,
        Data(repeating: 0x50, count: 100_000),
    ])
    func notAZip(bytes: Data) {
        #expect(refusal(bytes) == .notAZip)
    }

    @Test func aTruncatedZipIsNotOne() throws {
        let zip = try ZIPMaker.archive([dossier, ("a.pdf", Data(repeating: 7, count: 5000))])
        for length in [zip.count - 1, zip.count - 22, zip.count / 2, 4] {
            #expect(refusal(zip.prefix(length)) == .notAZip, "\(length) bytes")
        }
    }

    @Test func anEndRecordAloneIsNotAZipOfOneEntry() throws {
        // The central directory says one entry; the record it points to is not there.
        var bytes = [UInt8](repeating: 0, count: 22)
        bytes[0...3] = [0x50, 0x4b, 0x05, 0x06]
        bytes[8] = 1
        bytes[10] = 1
        bytes[12] = 46
        #expect(refusal(Data(bytes)) == .notAZip)
    }

    /// Found by the bundle fuzzer: an end record whose comment runs past the end. The
    /// ZIP reader refused it, but leaked a copy of the archive each time; read in a
    /// process of its own, so that only this test moves its memory.
    @Test func anEndRecordWhoseCommentRunsPastTheEndIsRefusedAndLeavesNothing() async throws {
        let finding = try Data(
            contentsOf: TestPaths.fixtures.appendingPathComponent("fuzz-findings/bundle-end-record-comment-past-end.zip"))
        #expect(refusal(finding) == .notAZip)
        #if os(Linux)
            await #expect(processExitsWith: .success) {
                let finding = try Data(
                    contentsOf: TestPaths.fixtures.appendingPathComponent("fuzz-findings/bundle-end-record-comment-past-end.zip"))
                func resident() throws -> Int {
                    let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
                    return (Int(fields[1]) ?? 0) * 4096
                }
                for _ in 0..<100 { _ = try? BundleReader().read(finding) }
                let before = try resident()
                for _ in 0..<3_000 { _ = try? BundleReader().read(finding) }
                // Before the fix, 3,000 reads leaked about 16 MiB.
                if try resident() - before >= 2 * 1024 * 1024 { exit(1) }
            }
        #endif
    }

    @Test func anOffsetPastTheEndIsNotFollowed() throws {
        var zip = try ZIPMaker.archive([dossier])
        // The central directory record's local header offset, at 42 in the record.
        let record = try #require(ZIPMaker.offsets(of: 0x0201_4b50, in: zip).first)
        for index in 0..<4 { zip[record + 42 + index] = 0x7F }
        #expect(refusal(zip) == .notAZip)
    }

    @Test func zip64AndEncryptionAreNotRead() throws {
        var zip64 = try ZIPMaker.archive([dossier])
        let end = try #require(ZIPMaker.offsets(of: 0x0605_4b50, in: zip64).last)
        zip64[end + 10] = 0xFF
        zip64[end + 11] = 0xFF
        #expect(refusal(zip64) == .unsupported(feature: "ZIP64 records"))
        var encrypted = try ZIPMaker.archive([dossier])
        let record = try #require(ZIPMaker.offsets(of: 0x0201_4b50, in: encrypted).first)
        encrypted[record + 8] |= 1
        #expect(refusal(encrypted) == .unsupported(feature: "encrypted entries"))
    }

    @Test func damagedDataIsRefused() throws {
        let payload = Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 13) })
        var zip = try ZIPMaker.archive([("a.pdf", payload), dossier])
        // Flip bytes in the middle of the first entry's compressed data.
        for index in 200..<260 { zip[index] ^= 0xFF }
        #expect(refusal(zip) == .damaged(entry: "a.pdf"))
    }

    @Test func randomlyDamagedBundlesAreReadOrRefusedNeverACrash() throws {
        let zip = try ZIPMaker.archive([dossier, ("a/b.pdf", Data((0..<3000).map { UInt8($0 % 7) })), ("c.png", Data(count: 200))])
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var refused = 0
        for _ in 0..<4000 {
            var bytes = zip
            // Half the damage in the central directory and end record, the last 250 bytes.
            for _ in 0...next(4) { bytes[next(2) == 0 ? next(bytes.count) : bytes.count - 1 - next(250)] = UInt8(next(256)) }
            if refusal(bytes) != nil { refused += 1 }
        }
        #expect(refused > 0)
    }

    // MARK: - Limits

    @Test func aBombIsRefusedBeforeExpanding() throws {
        let zip = try ZIPMaker.archive([dossier, ("attachments/zeros.pdf", Data(count: 1 << 20))])
        #expect(refusal(zip) == .bombRatio(entry: "attachments/zeros.pdf", limit: 100))
    }

    @Test func anEntryExpandingUpToTheRatioIsRead() throws {
        let zip = try ZIPMaker.archive([dossier, ("zeros.pdf", Data(count: 1 << 20))])
        #expect(refusal(zip, limits: BundleLimits(maxRatio: 2000)) == nil)
        #expect(refusal(zip, limits: BundleLimits(maxRatio: 100)) == .bombRatio(entry: "zeros.pdf", limit: 100))
    }

    @Test func anArchiveOverItsLimitIsNotOpened() throws {
        let zip = try ZIPMaker.archive([dossier, ("a.bin", Data(repeating: 1, count: 990))], method: .none)
        #expect(refusal(zip, limits: BundleLimits(maxArchiveBytes: zip.count)) == nil)
        #expect(refusal(zip, limits: BundleLimits(maxArchiveBytes: zip.count - 1)) == .archiveTooLarge(limitBytes: zip.count - 1))
    }

    @Test func moreThan64MiBInAllIsTooLarge() throws {
        // 16 noisy bytes in every 512: it deflates about 25 times, within the ratio.
        var half = Data(count: 33 << 20)
        var state: UInt32 = 1
        for block in stride(from: 0, to: half.count, by: 512) {
            for index in block..<(block + 16) {
                state = state &* 1_664_525 &+ 1_013_904_223
                half[index] = UInt8(truncatingIfNeeded: state >> 24)
            }
        }
        let zip = try ZIPMaker.archive([dossier, ("a.bin", half), ("b.bin", half)])
        #expect(zip.count < 8 << 20)
        #expect(refusal(zip) == .tooLarge(limitBytes: 64 << 20))
        #expect(BundleError.tooLarge(limitBytes: 64 << 20).description == "the bundle expands to more than 64 MiB in all")
    }

    @Test func theTotalLimitIsInclusive() throws {
        let zip = try ZIPMaker.archive([dossier, ("a.bin", Data(repeating: 1, count: 990))], method: .none)
        #expect(refusal(zip, limits: BundleLimits(maxUncompressedBytes: 1000)) == nil)
        #expect(refusal(zip, limits: BundleLimits(maxUncompressedBytes: 999)) == .tooLarge(limitBytes: 999))
    }

    @Test func entriesUpTo1000AreRead() throws {
        let files = (1..<1000).map { ("f\($0).pdf", Data("x".utf8)) }
        #expect(refusal(try ZIPMaker.archive([dossier] + files, method: .none)) == nil)
        let oneTooMany = try ZIPMaker.archive([dossier] + files + [("f1000.pdf", Data("x".utf8))], method: .none)
        #expect(refusal(oneTooMany) == .tooManyEntries(limit: 1000))
    }

    @Test func anEntryLyingAboutItsSizeIsStoppedWhileExpanding() throws {
        let payload = Data((0..<4000).map { UInt8($0 % 251) })
        let zip = ZIPMaker.declaring(1000, for: "a.pdf", in: try ZIPMaker.archive([dossier, ("a.pdf", payload)]))
        #expect(refusal(zip) == .sizeMismatch(entry: "a.pdf"))
    }

    @Test func anEntryShorterThanItDeclaresIsDamaged() throws {
        let payload = Data((0..<4000).map { UInt8($0 % 251) })
        let zip = ZIPMaker.declaring(5000, for: "a.pdf", in: try ZIPMaker.archive([dossier, ("a.pdf", payload)]))
        #expect(refusal(zip) == .damaged(entry: "a.pdf"))
    }

    // MARK: - Names and kinds

    @Test func aLinkIsRefused() throws {
        #expect(refusal(try ZIPMaker.archive(link: "attachments/shot.png", to: "/etc/passwd")) == .link(entry: "attachments/shot.png"))
        #expect(refusal(try ZIPMaker.archive(link: "inside.png", to: "dossier.xml")) == .link(entry: "inside.png"))
    }

    @Test(arguments: ["../x", "/abs", "a/../../b", "a/../b.pdf", "..", "/etc/passwd", "x/..", ""])
    func anUnsafeNameIsRefused(name: String) throws {
        let zip = try ZIPMaker.archive([dossier, (name, Data("x".utf8))])
        guard case .unsafeName(let entry, _) = refusal(zip) else {
            Issue.record("\(name) was not refused as unsafe")
            return
        }
        #expect(entry == name)
    }

    @Test func aNameBreakingThePathRulesIsRefused() throws {
        let zip = try ZIPMaker.archive([dossier, ("https://example.com/x.pdf", Data("x".utf8))])
        #expect(
            refusal(zip)
                == .unsafeName(
                    entry: "https://example.com/x.pdf",
                    problem: "attachment path \"https://example.com/x.pdf\" is a URL; attach the file beside the dossier instead"))
    }

    @Test(arguments: [["a.pdf", "a.pdf"], ["a.pdf", "./a.pdf"], ["x/a.pdf", "x//a.pdf"], ["dossier.xml"]])
    func aDuplicateNameIsRefused(names: [String]) throws {
        let zip = try ZIPMaker.archive([dossier] + names.map { ($0, Data("x".utf8)) })
        #expect(refusal(zip) == .duplicateName(entry: names.count == 1 ? "dossier.xml" : names[1]))
    }

    @Test func exactlyOneDossierAtTheTop() throws {
        #expect(refusal(try ZIPMaker.archive([("a.pdf", Data("x".utf8)), ("sub/dossier.xml", ZIPMaker.dossier)])) == .noDossier)
        #expect(refusal(try ZIPMaker.archive([])) == .noDossier)
        let two = try ZIPMaker.archive([dossier, ("Other.XML", ZIPMaker.dossier)])
        #expect(refusal(two) == .severalDossiers(["dossier.xml", "Other.XML"]))
    }

    @Test func everyRefusalIsWorded() {
        let all: [BundleError] = [
            .unreadable(reason: "no such file"), .archiveTooLarge(limitBytes: 10), .notAZip, .unsupported(feature: "f"),
            .damaged(entry: "a"), .tooManyEntries(limit: 1000), .tooLarge(limitBytes: 10),
            .bombRatio(entry: "a", limit: 100), .sizeMismatch(entry: "a"), .link(entry: "a"), .unsafeName(entry: "a", problem: "p"),
            .duplicateName(entry: "a"), .noDossier, .severalDossiers(["a.xml", "b.xml"]),
        ]
        #expect(Set(all.map(\.description)).count == all.count)
        #expect(
            all.filter(\.exceedsLimit) == [
                .archiveTooLarge(limitBytes: 10), .tooManyEntries(limit: 1000), .tooLarge(limitBytes: 10),
                .bombRatio(entry: "a", limit: 100),
            ])
    }

    @Test func aBundleFileIsReadLikeItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("b.zip")
        try ZIPMaker.archive([dossier, ("a.pdf", Data("x".utf8))]).write(to: file)
        #expect(try reader.read(file: file.path).attachments.names == ["a.pdf"])
        #expect(throws: BundleError.unreadable(reason: "it is a directory")) { try reader.read(file: folder.path) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.zip").path, 0o600) == 0)
        #expect(throws: BundleError.unreadable(reason: "it is not a regular file")) {
            try reader.read(file: folder.appendingPathComponent("pipe.zip").path)
        }
        let big = BundleReader(limits: BundleLimits(maxArchiveBytes: 10))
        #expect(throws: BundleError.archiveTooLarge(limitBytes: 10)) { try big.read(file: file.path) }
        #expect(throws: BundleError.unreadable(reason: "no such file")) {
            try reader.read(file: folder.appendingPathComponent("no.zip").path)
        }
    }
}
