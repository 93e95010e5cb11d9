import DossierModel
import Foundation
import ZIPFoundation

/// Reads a ZIP bundle (one dossier at its top level, its attachments at the paths it
/// uses) in memory, refusing a hostile one before expanding anything: every limit, link,
/// name and the dossier's presence are judged on the central directory first, and the
/// sizes it declares are enforced again while expanding. Nothing is written to disk.
public struct BundleReader: Sendable {
    public let limits: BundleLimits

    public init(limits: BundleLimits = BundleLimits()) {
        self.limits = limits
    }

    /// The bundle in `bytes`.
    public func read(_ bytes: Data) throws(BundleError) -> DossierBundle {
        guard bytes.count <= limits.maxArchiveBytes else { throw .archiveTooLarge(limitBytes: limits.maxArchiveBytes) }
        let declared = try ArchiveLayout.entryCount(of: bytes, maxEntries: limits.maxEntries)
        let archive: Archive
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw .notAZip
        }
        let entries = Array(archive)
        // The iterator stops at the first entry it cannot read.
        guard entries.count == declared else { throw .notAZip }
        let files = try plan(entries)
        var dossier: (name: String, bytes: Data)?
        var attachments: [(name: String, bytes: Data)] = []
        for file in files {
            let bytes = try expand(file, from: archive)
            if file.isDossier { dossier = (file.key, bytes) } else { attachments.append((file.name, bytes)) }
        }
        guard let dossier else { throw .noDossier }
        do {
            return DossierBundle(dossierName: dossier.name, dossier: dossier.bytes, attachments: try MemoryAttachments(attachments))
        } catch {
            // Names were judged by `plan`; kept for a refusal rather than a crash.
            switch error {
            case .badName(let name, let problem): throw .unsafeName(entry: name, problem: problem)
            case .duplicate(let name): throw .duplicateName(entry: name)
            }
        }
    }

    /// The bundle in the regular file at `path`, read whole into memory unless it is
    /// larger than the limit.
    public func read(file path: String) throws(BundleError) -> DossierBundle {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { throw .unreadable(reason: "no such file") }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: throw .unreadable(reason: "it is a directory")
        default: throw .unreadable(reason: "it is not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(reason: "cannot open it") }
        defer { try? handle.close() }
        let bytes: Data
        do {
            bytes = try handle.read(upToCount: limits.maxArchiveBytes + 1) ?? Data()
        } catch {
            throw .unreadable(reason: "cannot read it")
        }
        return try read(bytes)
    }

    // MARK: - Judging the central directory

    /// A file entry to expand.
    private struct PlannedFile {
        let entry: Entry
        /// Its name as the bundle gives it.
        let name: String
        /// Its name after the path rules (`./a//b.pdf` is `a/b.pdf`).
        let key: String
        let isDossier: Bool
    }

    /// The file entries to expand, once every entry passed every check.
    private func plan(_ entries: [Entry]) throws(BundleError) -> [PlannedFile] {
        var names: Set<String> = []
        var keys: Set<String> = []
        var total: UInt64 = 0
        var files: [PlannedFile] = []
        for entry in entries {
            let name = Self.name(of: entry)
            if let problem = Self.unsafety(of: name) { throw .unsafeName(entry: name, problem: problem) }
            guard entry.type != .symlink else { throw .link(entry: name) }
            guard names.insert(name).inserted else { throw .duplicateName(entry: name) }
            try checkSize(of: entry, named: name, total: &total)
            guard entry.type == .file else { continue }
            guard let key = MemoryAttachments.key(for: name) else {
                throw .unsafeName(entry: name, problem: AttachmentPath.problem(with: name) ?? "\"\(name)\" names no file")
            }
            guard keys.insert(key).inserted else { throw .duplicateName(entry: name) }
            files.append(PlannedFile(entry: entry, name: name, key: key, isDossier: !key.contains("/") && Self.isXML(key)))
        }
        let dossiers = files.filter(\.isDossier).map(\.key)
        if dossiers.isEmpty { throw .noDossier }
        if dossiers.count > 1 { throw .severalDossiers(dossiers) }
        return files
    }

    /// Refuses an entry that expands too much, alone or with those before it (`total`).
    private func checkSize(of entry: Entry, named name: String, total: inout UInt64) throws(BundleError) {
        let expanded = entry.uncompressedSize
        let (limit, overflow) = entry.compressedSize.multipliedReportingOverflow(by: UInt64(limits.maxRatio))
        if !overflow, expanded > limit { throw .bombRatio(entry: name, limit: limits.maxRatio) }
        let (sum, tooMany) = total.addingReportingOverflow(expanded)
        guard !tooMany, sum <= UInt64(limits.maxUncompressedBytes) else { throw .tooLarge(limitBytes: limits.maxUncompressedBytes) }
        total = sum
    }

    /// The entry's name: UTF-8 when its bytes are (archivers do not all flag it), else
    /// code page 437 as the ZIP format says.
    private static func name(of entry: Entry) -> String {
        let utf8 = entry.path(using: .utf8)
        return utf8.isEmpty ? entry.path : utf8
    }

    /// Why a name may not be in a bundle: absolute, with a `..` component, or with a NUL.
    private static func unsafety(of name: String) -> String? {
        if name.hasPrefix("/") { return "\"\(name)\" is absolute" }
        if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") { return "\"\(name)\" has a .. component" }
        if name.utf8.contains(0) { return "\"\(name)\" holds a NUL character" }
        return nil
    }

    /// The name's extension, after its last dot, is `xml` in any case.
    private static func isXML(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return name[name.index(after: dot)...].lowercased() == "xml"
    }

    // MARK: - Expanding

    /// An entry expanded more than it declares.
    private struct Overrun: Error {}

    /// The bytes of a file entry, stopped as soon as they outgrow the size it declares.
    private func expand(_ file: PlannedFile, from archive: Archive) throws(BundleError) -> Data {
        let entry = file.entry
        let declared = Int(entry.uncompressedSize)
        var bytes = Data()
        bytes.reserveCapacity(declared)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard chunk.count <= declared - bytes.count else { throw Overrun() }
                bytes.append(chunk)
            }
        } catch is Overrun {
            throw .sizeMismatch(entry: file.name)
        } catch {
            throw .damaged(entry: file.name)
        }
        guard bytes.count == declared else { throw .damaged(entry: file.name) }
        return bytes
    }
}
