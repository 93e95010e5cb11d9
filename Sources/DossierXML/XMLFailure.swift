import Diagnostics

/// Why a document could not be turned into a tree: every error found, in order.
public struct XMLFailure: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
