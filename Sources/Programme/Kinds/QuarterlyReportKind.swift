extension KindDescriptor {
    /// `<quarterly-report grace-days="30">`: the report for the latest quarter that ended at
    /// least that many days ago; `tampered` when the only reports for it have a document
    /// whose digest differs.
    static let quarterlyReport = KindDescriptor(
        element: "quarterly-report",
        statuses: [.missing, .tampered],
        parameters: [KindParameter("grace-days", .integer, overridable: true)],
        alwaysAvailable: [.asOf, .quarter, .graceDays],
        extras: [.tampered: [.line, .file]],
        make: { values in values.integer("grace-days").map { .quarterlyReport(graceDays: $0) } },
        override: { kind, values in
            guard case .quarterlyReport(let graceDays) = kind else { return kind }
            return .quarterlyReport(graceDays: values.integer("grace-days") ?? graceDays)
        })
}
