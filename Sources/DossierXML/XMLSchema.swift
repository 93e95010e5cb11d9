import CLibXML2

/// A compiled W3C XML Schema. Compile it once and share it: libxml2's compiled
/// schemas are read-only, and each validation gets its own context.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles the schema text in `bytes`; `file` names it in diagnostics.
    /// The schema may not import or include other files.
    public init(bytes: [UInt8], file: String) throws(XMLFailure) {
        _ = LibXML2Setup.ready
        let collector = DiagnosticCollector(file: file)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars -> xmlSchemaPtr? in
                    guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    xmlSchemaSetParserStructuredErrors(parser, { userData, error in
                        guard let userData, let error else { return }
                        Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().append(UnsafePointer(error))
                    }, Unmanaged.passUnretained(collector).toOpaque())
                    return xmlSchemaParse(parser)
                }
            }
        }
        guard let compiled, !collector.hasErrors else {
            if let compiled { xmlSchemaFree(compiled) }
            throw XMLFailure(collector.hasErrors ? collector.diagnostics : [.fileError("the schema could not be compiled", file: file)])
        }
        schema = compiled
    }

    /// Reads and compiles the schema file at `path`.
    public convenience init(file path: String) throws(XMLFailure) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, maxBytes: XMLLimits.defaultMaxBytes)
        } catch {
            throw XMLFailure([.fileError(error.message, file: path)])
        }
        try self.init(bytes: bytes, file: path)
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Every way `tree` breaks the schema, located at the element or attribute concerned.
    public func validate(_ tree: XMLTree) -> [Diagnostic] {
        let reporter = ValidityReporter(tree: tree)
        withExtendedLifetime(reporter) {
            guard let context = xmlSchemaNewValidCtxt(schema) else {
                reporter.collector.append(.error, "the schema validator could not be created", line: 1, column: 1)
                return
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, { userData, error in
                guard let userData, let error else { return }
                Unmanaged<ValidityReporter>.fromOpaque(userData).takeUnretainedValue().report(UnsafePointer(error))
            }, Unmanaged.passUnretained(reporter).toOpaque())
            if xmlSchemaValidateDoc(context, tree.document) != 0, !reporter.collector.hasErrors {
                reporter.collector.append(.error, "the document is not valid against the schema", line: 1, column: 1)
            }
        }
        return reporter.collector.diagnostics
    }
}

/// Turns schema validity errors, which libxml2 places by line only, into located diagnostics.
private final class ValidityReporter {
    let tree: XMLTree
    let collector: DiagnosticCollector

    init(tree: XMLTree) {
        self.tree = tree
        collector = DiagnosticCollector(file: tree.file)
    }

    func report(_ error: UnsafePointer<xmlError>) {
        guard let raw = error.pointee.node else {
            collector.append(error)
            return
        }
        let node = raw.assumingMemoryBound(to: xmlNode.self)
        var element = node
        var attribute: String?
        if node.pointee.type == XML_ATTRIBUTE_NODE, let parent = node.pointee.parent {
            element = parent
            attribute = String(cString: node.pointee.name)
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
        if attribute == nil { attribute = Self.attributeNamed(in: message) }
        let line = Int(xmlGetLineNo(element))
        let name = String(cString: element.pointee.name)
        let found = tree.source.locate(element: name, attribute: attribute, line: line)
        collector.append(
            error.pointee.level == XML_ERR_WARNING ? .warning : .error,
            message.trimmingTrailingNewlines(),
            line: found?.line ?? line, column: found?.column ?? 1)
    }

    /// libxml2 names the attribute of an attribute-value error in its message: `attribute 'date': …`.
    private static func attributeNamed(in message: String) -> String? {
        guard let start = message.firstRange(of: "attribute '")?.upperBound,
              let end = message[start...].firstIndex(of: "'")
        else { return nil }
        return String(message[start..<end])
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == " " { text = text.dropLast() }
        return String(text)
    }
}
