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
                    xmlSchemaSetParserStructuredErrors(
                        parser,
                        { userData, error in
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
        xmlSchemaSetValidStructuredErrors(
            context,
            { userData, error in
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
        if parser.pointee.wellFormed == 0 {
            Self.closeOpenElements(parser, count: builder.openElements)
        } else if xmlSchemaIsValid(context) == 0, !builder.validity.hasErrors {
            builder.validity.append(.error, "the document is not valid against the schema", line: 1, column: 1)
        }
    }

    /// Ends, for the plugged validator, the elements a document that is not well-formed
    /// left open. libxml2 2.9 frees the validator's identity-constraint state only as
    /// elements end, so a document cut short would leak it (720 bytes for a programme
    /// cut after its start tag; `xmllint --stream --schema` leaks the same). The document
    /// is refused as not well-formed, so what the validator says now is dropped; the
    /// validator ends its elements whatever name it is given.
    /// `count` is how many elements the validator saw start and not end.
    private static func closeOpenElements(_ parser: xmlParserCtxtPtr, count: Int) {
        guard count > 0, let endElement = parser.pointee.sax.pointee.endElementNs else { return }
        let names = parser.pointee.nameTab
        let named = Int(parser.pointee.nameNr)
        "".withCString { empty in
            empty.withMemoryRebound(to: xmlChar.self, capacity: 1) { empty in
                for depth in stride(from: count - 1, through: 0, by: -1) {
                    endElement(parser.pointee.userData, depth < named ? names?[depth] ?? empty : empty, nil, nil)
                }
            }
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
