internal import CLibXML2
import Diagnostics

/// The libxml2 parser run with this project's safety settings, as a stream of SAX
/// events that a `TreeBuilder` turns into a tree or an `EventForwarder` hands on,
/// with a schema validator plugged into the same stream when a schema is given.
enum SafeParser {
    /// `XML_PARSE_NOENT` substitutes internal entities so that the validator sees
    /// their text (libxml2's XSD validator refuses entity references). It is safe only
    /// together with what `install` does: every external entity or DTD declaration
    /// stops the parse, and the process-wide loader refuses every external resource.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOENT.rawValue)

    /// What parsing one document gave.
    struct Outcome {
        var wellFormed: Bool
        var storage: XMLTree.Storage
        /// Well-formedness errors and parser warnings.
        var errors: DiagnosticCollector
        /// The schema's errors and warnings.
        var validity: DiagnosticCollector
    }

    static func parse(_ bytes: [UInt8], file: String, source: SourceText, schema: XMLSchema?) -> Outcome {
        let context: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlCreateMemoryParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        guard let context else {
            let errors = DiagnosticCollector(file: file)
            errors.append(.error, "the XML parser could not be created", line: 1, column: 1)
            return Outcome(wellFormed: false, storage: XMLTree.Storage(), errors: errors, validity: DiagnosticCollector(file: file))
        }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            xmlFreeParserCtxt(context)
        }
        _ = xmlCtxtUseOptions(context, options)
        let builder = TreeBuilder(file: file, source: source, parser: context, inputBytes: bytes.count)
        let wellFormed = run(context, receiver: builder, schema: schema) { _ = xmlParseDocument(context) }
        return Outcome(wellFormed: wellFormed, storage: builder.storage, errors: builder.collector, validity: builder.validity)
    }

    /// Parses the document that `read` gives chunk by chunk (nil at its end) with libxml2's
    /// push parser, so that only the chunk being parsed is held, and sends its events to the
    /// receiver that `makeReceiver` makes for the parser. Whether the document is well-formed.
    static func stream(
        file: String, schema: XMLSchema?, makeReceiver: (xmlParserCtxtPtr) -> SAXReceiver,
        read: () -> UnsafeBufferPointer<UInt8>?
    ) -> (wellFormed: Bool, receiver: SAXReceiver?) {
        // The first bytes go to the parser as it is made: they tell it the encoding.
        var first = read()
        let head = first.map { UnsafeBufferPointer(rebasing: $0.prefix(4)) }
        let made =
            head.map { bytes in
                bytes.withMemoryRebound(to: CChar.self) { xmlCreatePushParserCtxt(nil, nil, $0.baseAddress, Int32($0.count), nil) }
            } ?? xmlCreatePushParserCtxt(nil, nil, nil, 0, nil)
        first = first.map { UnsafeBufferPointer(rebasing: $0.dropFirst(4)) }
        guard let context = made else { return (false, nil) }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            xmlFreeParserCtxt(context)
        }
        _ = xmlCtxtUseOptions(context, options)
        let receiver = makeReceiver(context)
        let wellFormed = run(context, receiver: receiver, schema: schema) {
            var chunk = first
            while let bytes = chunk {
                let status = bytes.withMemoryRebound(to: CChar.self) { xmlParseChunk(context, $0.baseAddress, Int32($0.count), 0) }
                if status != 0 || context.pointee.disableSAX != 0 { return }
                chunk = read()
            }
            _ = xmlParseChunk(context, nil, 0, 1)
        }
        return (wellFormed, receiver)
    }

    /// Runs `parse` on `context` with `receiver` getting its events, through the schema's
    /// validator when there is one. Whether the document is well-formed.
    private static func run(_ context: xmlParserCtxtPtr, receiver: SAXReceiver, schema: XMLSchema?, parse: () -> Void) -> Bool {
        withExtendedLifetime(receiver) {
            context.pointee._private = Unmanaged.passUnretained(receiver).toOpaque()
            install(on: context)
            if let schema {
                schema.validate(parsing: context, builder: receiver, with: parse)
            } else {
                parse()
            }
        }
        let wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
        if !wellFormed, !receiver.collector.hasErrors {
            receiver.collector.append(.error, "the document is not well-formed", parser: context)
        }
        return wellFormed
    }

    /// Sends the document's elements and text to its receiver, routes errors to the
    /// receiver's collector and refuses external declarations. libxml2's own SAX2
    /// handlers stay for the document and its internal subset (entities live there).
    private static func install(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startElementNs = { context, name, _, uri, _, _, attributeCount, _, attributes in
            guard let name else { return }
            SAXReceiver.with(context) {
                $0.openElements += 1
                $0.startElement(name: name, namespaceURI: uri, attributeCount: Int(attributeCount), attributes: attributes)
            }
        }
        sax.pointee.endElementNs = { context, _, _, _ in
            SAXReceiver.with(context) {
                $0.openElements -= 1
                $0.endElement()
            }
        }
        let text: charactersSAXFunc = { context, bytes, count in
            guard let bytes else { return }
            SAXReceiver.with(context) { $0.characters(bytes, count: Int(count)) }
        }
        sax.pointee.characters = text
        sax.pointee.ignorableWhitespace = text
        sax.pointee.cdataBlock = text
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.reference = nil
        sax.pointee.serror = { _, error in
            // The error's own parser context: the document's, or one libxml2 made for
            // an entity's content (it carries the same `_private`).
            guard let error, let parser = error.pointee.ctxt else { return }
            SAXReceiver.with(parser) { $0.collector.append(UnsafePointer(error)) }
        }
        sax.pointee.externalSubset = nil
        sax.pointee.internalSubset = { context, name, externalID, systemID in
            guard let context else { return }
            if externalID != nil || systemID != nil {
                SafeParser.refuse(context, "a DOCTYPE naming an external DTD is not allowed")
                return
            }
            SAXReceiver.with(context) { $0.sawDoctype = true }
            xmlSAX2InternalSubset(context, name, externalID, systemID)
        }
        sax.pointee.entityDecl = { context, name, type, publicID, systemID, content in
            guard let context else { return }
            let kind = xmlEntityType(UInt32(type))
            guard kind == XML_INTERNAL_GENERAL_ENTITY || kind == XML_INTERNAL_PARAMETER_ENTITY else {
                let entity = name.map { String(cString: $0) } ?? "?"
                SafeParser.refuse(context, "external entity \"\(entity)\" is not allowed")
                return
            }
            xmlSAX2EntityDecl(context, name, type, publicID, systemID, content)
        }
        sax.pointee.unparsedEntityDecl = { context, name, _, _, _ in
            guard let context else { return }
            let entity = name.map { String(cString: $0) } ?? "?"
            SafeParser.refuse(context, "external entity \"\(entity)\" is not allowed")
        }
    }

    private static func refuse(_ context: UnsafeMutableRawPointer, _ message: String) {
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        SAXReceiver.with(context) { $0.collector.append(.error, message, parser: parser) }
        xmlStopParser(parser)
    }
}
