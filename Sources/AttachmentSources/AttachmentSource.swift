import Audit
import DossierModel
import DossierXML

/// Where the files a dossier attaches are found: a folder on disk, files uploaded with
/// it, a ZIP bundle. A source opens the files and compares their SHA-256 digests with
/// the dossier's, so that the auditor judges verdicts and never reads a file itself.
public protocol AttachmentSource: Sendable {
    /// A verdict for every file `dossier` attaches, or the errors (in `language`) that
    /// make the dossier invalid, such as a symbolic link leading outside its folder.
    func verdicts(for dossier: Dossier, language: String) -> Result<AttachmentVerdicts, XMLFailure>
}

extension AttachmentVerdicts.Verdict {
    /// The verdict on a file whose SHA-256 is `digest` (lower-case hex; nil when the
    /// file could not be read) where the dossier states `expected`.
    static func comparing(digest: String?, with expected: String?) -> Self {
        guard let digest else { return .absent(reason: .notReadable) }
        guard let expected else { return .noDigest }
        return digest == expected.lowercased() ? .intact : .tampered(actual: digest)
    }
}
