import CLibXML2

/// The libxml2 parser run with this project's safety settings and per-document error capture.
enum SafeParser {
    /// `XML_PARSE_NOENT` substitutes internal entities so that the tree can be
    /// validated (libxml2's XSD validator refuses entity references). It is safe only
    /// together with what `install` does: every external entity or DTD declaration
    /// stops the parse, and the process-wide loader refuses every external resource.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOENT.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses `buffer`; errors go to `collector`. Returns the document libxml2 built, if any.
    static func parse(_ buffer: UnsafeBufferPointer<CChar>, collector: DiagnosticCollector) -> xmlDocPtr? {
        guard let context = xmlCreateMemoryParserCtxt(buffer.baseAddress, Int32(buffer.count)) else {
            collector.append(.error, "the XML parser could not be created", line: 1, column: 1)
            return nil
        }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, options)
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        install(on: context)
        _ = xmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        if context.pointee.wellFormed == 0 || context.pointee.nsWellFormed == 0, !collector.hasErrors {
            collector.append(.error, "the document is not well-formed", parser: context)
        }
        return document
    }

    /// Routes errors to the document's collector and refuses external declarations.
    private static func install(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            DiagnosticCollector.from(parser: parser)?.append(UnsafePointer(error))
        }
        sax.pointee.externalSubset = nil
        sax.pointee.internalSubset = { context, name, externalID, systemID in
            guard let context else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            if externalID != nil || systemID != nil {
                SafeParser.refuse(parser, "a DOCTYPE naming an external DTD is not allowed")
                return
            }
            xmlSAX2InternalSubset(context, name, externalID, systemID)
        }
        sax.pointee.entityDecl = { context, name, type, publicID, systemID, content in
            guard let context else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            let kind = xmlEntityType(UInt32(type))
            guard kind == XML_INTERNAL_GENERAL_ENTITY || kind == XML_INTERNAL_PARAMETER_ENTITY else {
                let entity = name.map { String(cString: $0) } ?? "?"
                SafeParser.refuse(parser, "external entity \"\(entity)\" is not allowed")
                return
            }
            xmlSAX2EntityDecl(context, name, type, publicID, systemID, content)
        }
        sax.pointee.unparsedEntityDecl = { context, name, _, _, _ in
            guard let context else { return }
            let entity = name.map { String(cString: $0) } ?? "?"
            SafeParser.refuse(context.assumingMemoryBound(to: xmlParserCtxt.self), "external entity \"\(entity)\" is not allowed")
        }
    }

    fileprivate static func refuse(_ parser: xmlParserCtxtPtr, _ message: String) {
        DiagnosticCollector.from(parser: parser)?.append(.error, message, parser: parser)
        xmlStopParser(parser)
    }
}
