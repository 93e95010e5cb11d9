extension KindDescriptor {
    /// `<certificate kind="sales">`: a staff certificate of that kind valid on the audit date.
    static let certificate = KindDescriptor(
        element: "certificate",
        statuses: [.missing, .notYetValid, .expired, .tampered],
        parameters: [KindParameter("kind", .text)],
        alwaysAvailable: [.asOf],
        extras: [
            .notYetValid: [.line, .holder, .issued, .expires],
            .expired: [.line, .holder, .issued, .expires],
            .tampered: [.line, .holder, .issued, .expires, .file],
        ],
        make: { values in values.text("kind").map { .certificate(kind: $0) } },
        override: { kind, _ in kind })
}
