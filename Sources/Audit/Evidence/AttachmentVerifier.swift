import Crypto
import DossierModel
import DossierXML
import Foundation

/// Opens the files a dossier attaches, only inside the dossier's folder, and
/// compares their SHA-256 digests with the dossier's.
public struct AttachmentVerifier: Sendable {
    /// Language of the error messages.
    public let language: String

    public init(language: String = "en") {
        self.language = language
    }

    /// A verdict for every attachment, or the errors of paths that lead outside the
    /// dossier's folder through a symbolic link (which make the dossier invalid).
    public func verify(_ dossier: Dossier) -> Result<AttachmentVerdicts, XMLFailure> {
        let folder = URL(fileURLWithPath: dossier.file).deletingLastPathComponent().resolvingSymlinksInPath().path
        var verdicts: [String: AttachmentVerdicts.Verdict] = [:]
        var escapes: [Diagnostic] = []
        for attachment in dossier.attachments where verdicts[attachment.path] == nil {
            let target = URL(fileURLWithPath: folder).appendingPathComponent(attachment.path)
            guard FileManager.default.fileExists(atPath: target.path) else {
                verdicts[attachment.path] = .absent(reason: .notFound)
                continue
            }
            let resolved = target.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(folder + "/") else {
                escapes.append(Diagnostic(
                    .error, AuditMessages(language: language).linkLeavesFolder(attachment.path),
                    at: SourceLocation(file: dossier.file, line: attachment.line, column: 1)))
                continue
            }
            verdicts[attachment.path] = verdict(for: resolved, expected: attachment.sha256)
        }
        return escapes.isEmpty ? .success(AttachmentVerdicts(verdicts)) : .failure(XMLFailure(escapes))
    }

    private func verdict(for path: String, expected: String?) -> AttachmentVerdicts.Verdict {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .absent(reason: .notReadable) }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            return .absent(reason: .notReadable)
        }
        guard let expected else { return .noDigest }
        let actual = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return actual == expected.lowercased() ? .intact : .tampered(actual: actual)
    }
}
