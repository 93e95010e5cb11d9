import Foundation

/// What a ZIP bundle holds once read: the dossier at its top level and every other file.
public struct DossierBundle: Sendable {
    /// The dossier's name inside the bundle (`dossier.xml`).
    public let dossierName: String
    /// The dossier's bytes.
    public let dossier: Data
    /// Every other file, by its name inside the bundle.
    public let attachments: MemoryAttachments
}
