import Corpus
import Diagnostics
import DossierModel
import DossierXML
import Foundation
import Testing
import _TestSupport

@testable import PartnerAudit

/// The dossier built straight from the event stream is the one `DossierDecoder` builds
/// from the tree, on every sample (valid, invalid and broken), on a generated corpus
/// and on hostile input; where a document has problems, the reader reports them as
/// the tree does, and a document too large for a tree still gets them, by line.
@Suite struct StreamedReadingTests {
    static let reader = try! DossierReader.shipped()
    /// A reader that never builds a tree: every problem comes from the stream.
    static let streamOnly = DossierReader(schema: reader.schema, limits: XMLLimits(treeMaxBytes: 0))

    static let samples: [String] = try! FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path)
        .filter { $0.hasSuffix(".xml") }.sorted()

    /// What a reading says, in a form to compare.
    private func summary(_ reading: DossierReading, columns: Bool = true) -> [String] {
        (reading.errors + reading.warnings).map { diagnostic in
            "\(diagnostic.severity) \(diagnostic.line)\(columns ? ":\(diagnostic.column)" : "") \(diagnostic.message)"
        }
    }

    @Test(arguments: samples)
    func sampleReadsAsFromTheTree(_ name: String) {
        let path = TestPaths.sample(name)
        let streamed = Self.reader.read(file: path)
        let tree = Self.reader.readTree(file: path)
        #expect(streamed.dossier == tree.dossier)
        #expect(summary(streamed) == summary(tree))
    }

    /// A dossier in memory (an upload, a file read for the history) is streamed too.
    @Test(arguments: samples)
    func sampleInMemoryReadsAsFromTheTree(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: TestPaths.samples.appendingPathComponent(name)))
        let streamed = Self.reader.read(bytes: bytes, named: name)
        let tree = Self.reader.readTree(bytes: bytes, named: name)
        #expect(streamed.dossier == tree.dossier)
        #expect(summary(streamed) == summary(tree))
    }

    /// Without a tree, the first problem is the tree's, on its line. Those after it may
    /// differ: libxml2's push parser words the end of a truncated file differently, and
    /// a validity error is placed at the element the stream is on.
    @Test(arguments: samples)
    func sampleReadsFromTheStreamAloneWithTheSameVerdictAndFirstProblem(_ name: String) {
        let path = TestPaths.sample(name)
        let streamed = Self.streamOnly.read(file: path)
        let tree = Self.reader.readTree(file: path)
        #expect(streamed.dossier == tree.dossier)
        #expect(streamed.isValid == tree.isValid)
        #expect(streamed.errors.isEmpty == tree.errors.isEmpty)
        #expect(streamed.errors.first?.message == tree.errors.first?.message)
        #expect(streamed.errors.first?.line == tree.errors.first?.line)
    }

    @Test func generatedCorpusReadsAsFromTheTree() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try CorpusGenerator(seed: 11).write(count: 60, to: folder.path)
        for path in paths {
            let streamed = Self.reader.read(file: path)
            let tree = Self.reader.readTree(file: path)
            #expect(streamed.isValid, "\(path)")
            #expect(streamed.dossier == tree.dossier, "\(path)")
        }
    }

    @Test func salesAreSummedPerDayChannelAndCurrencyAsRead() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.xml").path
        try CorpusGenerator(seed: 5).writeHuge(sales: 5_000, index: 0, to: path)
        let streamed = try #require(Self.reader.read(file: path).dossier)
        let tree = try #require(Self.reader.readTree(file: path).dossier)
        #expect(streamed == tree)
        #expect(streamed.sales.lineCount == 5_000)
        #expect(streamed.sales.days.reduce(0) { $0 + $1.count } == 5_000)
        #expect(streamed.sales.days.count < 5_000)
    }

    // MARK: - Broken and hostile input

    /// Documents that must be refused, whichever way they are read.
    static let hostile: [(name: String, bytes: [UInt8])] = {
        let head = #"<?xml version="1.0" encoding="UTF-8"?>"#
        var laughs = #"<!ENTITY lol0 "lollollollollollollollollollol">"#
        for level in 1...9 { laughs += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">" }
        let dossier = #"<dossier xmlns="urn:partner-audit:dossier:1" program="kerio">"#
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<d name=\"Nováková\">Ahoj</d>".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        var bare16: [UInt8] = []
        for unit in "<d/>".utf16 { bare16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bytes: [(String, [UInt8])] = [
            ("invalid UTF-8", Array("\(head)\n<d>caf".utf8) + [0xC3, 0x28] + Array("</d>".utf8)),
            ("a NUL byte", Array("\(head)<d>ab".utf8) + [0] + Array("cd</d>".utf8)),
            ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
            ("UTF-16 with a byte order mark", utf16),
            ("UTF-16 without one", bare16),
        ]
        let texts: [(String, String)] = [
            ("billion laughs", "\(head)<!DOCTYPE d [\(laughs)]><d>&lol9;</d>"),
            (
                "quadratic blow-up",
                "\(head)<!DOCTYPE d [<!ENTITY big \"\(String(repeating: "x", count: 10_000))\">]>"
                    + "<d>\(String(repeating: "&big;", count: 10_000))</d>"
            ),
            ("external entity", "\(head)<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"),
            ("external DTD", "\(head)<!DOCTYPE d SYSTEM \"http://127.0.0.1:9/d.dtd\"><d/>"),
            ("deep nesting", head + String(repeating: "<d>", count: 100_000) + String(repeating: "</d>", count: 100_000)),
            ("truncated", "\(head)\n\(dossier)\n  <partner id=\"KP-1\">\n    <name>Acme"),
            ("empty", ""),
            ("PDF", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
            ("other encoding", #"<?xml version="1.0" encoding="ISO-8859-1"?><d/>"#),
            ("duplicate attributes", "\(head)\n<d a=\"1\" a=\"2\"/>"),
            ("a flood of tiny elements", "\(head)<d>\(String(repeating: "<a/>", count: 100_000))</d>"),
            ("wrong root", "\(head)\n<d/>"),
            (
                "entity in a dossier",
                "\(head)<!DOCTYPE dossier [<!ENTITY n \"Acme\">]>\n"
                    + "\(dossier)<partner id=\"P\"><name>&n;</name></partner></dossier>"
            ),
        ]
        return texts.map { ($0.0, Array($0.1.utf8)) } + bytes
    }()

    @Test(arguments: hostile.indices)
    func hostileInputIsRefusedAsByTheTree(_ index: Int) throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hostile.xml").path
        try Data(Self.hostile[index].bytes).write(to: URL(fileURLWithPath: path))
        let streamed = Self.reader.read(file: path)
        let tree = Self.reader.readTree(file: path)
        #expect(!streamed.isValid, "\(Self.hostile[index].name)")
        #expect(summary(streamed) == summary(tree), "\(Self.hostile[index].name)")
        let inMemory = Self.reader.read(bytes: Self.hostile[index].bytes, named: path)
        #expect(summary(inMemory) == summary(tree), "\(Self.hostile[index].name) in memory")
        let alone = Self.streamOnly.read(file: path)
        #expect(!alone.isValid && !alone.errors.isEmpty, "\(Self.hostile[index].name)")
        for diagnostic in alone.errors {
            #expect(diagnostic.file == path && diagnostic.line >= 1 && diagnostic.column >= 1)
        }
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let path = TestPaths.sample("certified-brueckner.xml")
        let small = DossierReader(schema: Self.reader.schema, limits: XMLLimits(maxBytes: 100, treeMaxBytes: 0))
        let reading = small.read(file: path)
        #expect(reading.errors.map(\.message).contains { $0.contains("the limit is 100 bytes") })
    }

    @Test func aFolderIsRefused() throws {
        let reading = Self.streamOnly.read(file: TestPaths.samples.path)
        #expect(reading.errors.map(\.message) == ["is a directory, not a dossier"])
    }
}
