extension KindDescriptor {
    /// `<contract contract-type="nda">`: a contract of that type signed by both parties and
    /// valid on the audit date.
    static let contract = KindDescriptor(
        element: "contract",
        statuses: [.missing, .unsigned, .notYetValid, .expired, .tampered],
        parameters: [KindParameter("contract-type", .text)],
        alwaysAvailable: [.asOf],
        extras: [
            .unsigned: [.evidence, .line],
            .notYetValid: [.evidence, .line, .from, .signed],
            .expired: [.evidence, .line, .from, .until, .signed],
            .tampered: [.evidence, .line, .from, .signed, .file],
        ],
        make: { values in values.text("contract-type").map { .contract(type: $0) } },
        override: { kind, _ in kind })
}
