import DossierModel

/// What is known of each file a dossier attaches, by its path as written.
public struct AttachmentVerdicts: Sendable {
    /// What opening one attached file showed.
    public enum Verdict: Sendable, Hashable {
        /// Present, and its SHA-256 is the one the dossier gives.
        case intact
        /// Present, but with another SHA-256 than the dossier gives.
        case tampered(actual: String)
        /// Present; the dossier gives no digest to compare with.
        case noDigest
        /// Not there, or not readable: the evidence was not checked.
        case absent(reason: UncheckedEvidence.Reason)
        /// Not opened: `--skip-attachments`.
        case skipped
    }

    var byPath: [String: Verdict]

    public init(_ byPath: [String: Verdict] = [:]) {
        self.byPath = byPath
    }

    /// The verdict for an attachment (skipped when unknown).
    public func verdict(for attachment: Attachment) -> Verdict {
        byPath[attachment.path] ?? .skipped
    }

    /// The attached file is present and differs from its stated digest.
    func isTampered(_ attachment: Attachment) -> Bool {
        if case .tampered = verdict(for: attachment) { return true }
        return false
    }
}

extension Dossier {
    /// Every attached file the dossier names, in document order.
    public var attachments: [Attachment] {
        var all: [Attachment] = []
        all.reserveCapacity(contracts.count + certificates.count + screenshots.count + quarterlyReports.count)
        for contract in contracts { if let document = contract.document { all.append(document) } }
        for certificate in certificates { if let document = certificate.document { all.append(document) } }
        for screenshot in screenshots { if let image = screenshot.image { all.append(image) } }
        for report in quarterlyReports { if let document = report.document { all.append(document) } }
        return all
    }
}
