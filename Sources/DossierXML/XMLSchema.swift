internal import CLibXML2
import Diagnostics

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

    /// Runs `parse` on `parser` with this schema's validator plugged into its event
    /// stream; validity errors go to `builder`, which places them.
    func validate(parsing parser: xmlParserCtxtPtr, builder: SAXReceiver, with parse: () -> Void) {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            builder.collector.append(.error, "the schema validator could not be created", line: 1, column: 1)
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            Unmanaged<SAXReceiver>.fromOpaque(userData).takeUnretainedValue().validityError(UnsafePointer(error))
        }, Unmanaged.passUnretained(builder).toOpaque())
        let parserErrors = parser.pointee.sax.pointee.serror
        guard let plug = xmlSchemaSAXPlug(context, &parser.pointee.sax, &parser.pointee.userData) else {
            builder.collector.append(.error, "the schema validator could not be plugged into the parser", line: 1, column: 1)
            return
        }
        defer { _ = xmlSchemaSAXUnplug(plug) }
        // The plug's own handler forwards every event but not the parser's errors.
        parser.pointee.sax.pointee.serror = parserErrors
        parse()
        if xmlSchemaIsValid(context) == 0, !builder.validity.hasErrors, parser.pointee.wellFormed != 0 {
            builder.validity.append(.error, "the document is not valid against the schema", line: 1, column: 1)
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == " " { text = text.dropLast() }
        return String(text)
    }
}
