import Audit
import Diagnostics
import DossierModel
import DossierXML
import Foundation
import Programme

/// The files beside a dossier on disk: opened only inside the dossier's folder, each
/// file digested once however many paths lead to it.
public struct FolderAttachments: AttachmentSource {
    /// The dossier file whose folder holds the attachments.
    public let dossierFile: String

    /// The attachments in the folder of the dossier file at `dossierFile`.
    public init(beside dossierFile: String) {
        self.dossierFile = dossierFile
    }

    /// A verdict for every attachment, or the errors of paths that lead outside the
    /// dossier's folder through a symbolic link (which make the dossier invalid).
    public func verdicts(for dossier: Dossier, language: Language) -> Result<AttachmentVerdicts, XMLFailure> {
        var digests = DigestCache()
        return look(at: dossier, language: language) { digests.digest(ofFileAt: $0) }
    }

    /// The errors of paths that lead outside the dossier's folder through a symbolic link,
    /// found without reading any file: what `validate` asks of a folder.
    public func escapes(in dossier: Dossier, language: Language) -> [Diagnostic] {
        switch look(at: dossier, language: language, digest: { _ in nil }) {
        case .success: []
        case .failure(let failure): failure.diagnostics
        }
    }

    // MARK: - Looking

    /// Looks for every attachment inside the folder; `digest` reads a file found there.
    private func look(
        at dossier: Dossier, language: Language, digest: (String) -> String?
    ) -> Result<AttachmentVerdicts, XMLFailure> {
        var probe = AbsenceProbe(file: dossierFile)
        var resolvedFolder: String?
        let attachments = dossier.attachments
        var verdicts: [String: AttachmentVerdicts.Verdict] = .init(minimumCapacity: attachments.count)
        var escapes: [Diagnostic] = []
        for attachment in attachments where verdicts[attachment.path] == nil {
            if probe?.isAbsent(attachment.path) == true {
                verdicts[attachment.path] = .absent(reason: .notFound)
                continue
            }
            let folder = resolvedFolder ?? URL(fileURLWithPath: dossierFile).deletingLastPathComponent().resolvingSymlinksInPath().path
            resolvedFolder = folder
            let target = URL(fileURLWithPath: folder).appendingPathComponent(attachment.path)
            guard FileManager.default.fileExists(atPath: target.path) else {
                verdicts[attachment.path] = .absent(reason: .notFound)
                continue
            }
            let resolved = target.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(folder + "/") else {
                escapes.append(
                    Diagnostic(
                        .error, AttachmentMessages(language: language).linkLeavesFolder(attachment.path),
                        at: SourceLocation(file: dossier.file, line: attachment.line, column: 1)))
                continue
            }
            verdicts[attachment.path] = .comparing(digest: digest(resolved), with: attachment.sha256)
        }
        return escapes.isEmpty ? .success(AttachmentVerdicts(verdicts)) : .failure(XMLFailure(escapes))
    }
}
