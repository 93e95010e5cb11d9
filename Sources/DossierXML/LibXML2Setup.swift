internal import CLibXML2

/// One-time process set-up of libxml2, touched by every entry point of this module.
enum LibXML2Setup {
    /// Initialises the parser once, thread-safely, and installs an external entity
    /// loader that refuses every external resource: no file, no URL, ever.
    static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// The libxml2 version this module was built against, e.g. `2.9.14`.
    static var version: String { String(cString: partner_audit_libxml_version()) }
}
