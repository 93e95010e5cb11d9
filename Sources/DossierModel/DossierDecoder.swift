import Diagnostics
import DossierXML
import Foundation

/// Reads a `Dossier` out of a parsed, schema-valid document, and applies the
/// format's rules that the schema cannot express (attachment paths). Anything
/// unexpected becomes a located diagnostic, never a crash.
public struct DossierDecoder {
    /// The dossier namespace, format 1.
    public static let namespace = "urn:partner-audit:dossier:1"

    private let tree: XMLTree
    private var problems: [Diagnostic] = []

    private init(tree: XMLTree) {
        self.tree = tree
    }

    /// The dossier in `tree`, or every reason it cannot be one.
    public static func decode(_ tree: XMLTree) -> Result<Dossier, XMLFailure> {
        var decoder = DossierDecoder(tree: tree)
        let dossier = decoder.dossier(tree.root)
        guard let dossier, decoder.problems.isEmpty else {
            return .failure(XMLFailure(decoder.problems.isEmpty ? [.fileError("not a dossier", file: tree.file)] : decoder.problems))
        }
        return .success(dossier)
    }

    // MARK: - Elements

    private mutating func dossier(_ root: XMLTree.Element) -> Dossier? {
        guard root.name == "dossier", root.namespaceURI == Self.namespace else {
            problems.append(Diagnostic(.error, "the root element must be <dossier> in namespace \(Self.namespace)", at: root.location))
            return nil
        }
        let partnerElement = root.child(named: "partner")
        guard let program = text(root, "program"), let partnerElement, let partner = partner(partnerElement) else {
            if partnerElement == nil { problems.append(Diagnostic(.error, "the dossier has no <partner>", at: root.location)) }
            return nil
        }
        let salesSection = root.child(named: "sales").flatMap { sales($0) } ?? Sales()
        return Dossier(
            file: tree.file,
            program: program,
            appliesFor: text(root, "applies-for", required: false),
            submitted: date(root, "submitted", required: false),
            partner: partner,
            contracts: Self.children("contract", of: root.child(named: "contracts")) { contract($0) },
            certificates: Self.children("certificate", of: root.child(named: "certificates")) { certificate($0) },
            screenshots: Self.children("screenshot", of: root.child(named: "website-evidence")) { screenshot($0) },
            sales: salesSection,
            forecasts: Self.children("forecast", of: root.child(named: "forecasts")) { forecast($0) },
            quarterlyReports: Self.children("quarterly-report", of: root.child(named: "business-reports")) { report($0) },
            line: root.line)
    }

    private mutating func partner(_ element: XMLTree.Element) -> Partner? {
        guard let id = text(element, "id") else { return nil }
        func child(_ name: String) -> String? {
            guard let value = element.child(named: name)?.text.trimmingXMLWhitespace(), !value.isEmpty else {
                problems.append(Diagnostic(.error, "<partner> needs a <\(name)>", at: element.location))
                return nil
            }
            return String(value)
        }
        guard let name = child("name"), let country = child("country"), let website = child("website") else { return nil }
        return Partner(id: id, name: name, country: country, website: website, line: element.line)
    }

    private mutating func contract(_ element: XMLTree.Element) -> Contract? {
        guard let id = text(element, "id"), let type = text(element, "type") else { return nil }
        var signing: Contract.Signing?
        if let signed = element.child(named: "signed") {
            guard let date = date(signed, "date") else { return nil }
            let signatories = Self.children("signatory", of: signed) { signatory -> Contract.Signatory? in
                guard let party = text(signatory, "party"), let name = text(signatory, "name") else { return nil }
                return Contract.Signatory(party: party, name: name, title: text(signatory, "title", required: false))
            }
            signing = Contract.Signing(date: date, signatories: signatories, line: signed.line)
        }
        var validity: Contract.Validity?
        if let valid = element.child(named: "valid") {
            guard let from = date(valid, "from") else { return nil }
            validity = Contract.Validity(from: from, until: date(valid, "until", required: false))
        }
        return Contract(
            id: id, type: type, signing: signing, validity: validity,
            document: element.child(named: "document").flatMap { attachment($0, path: "href", digest: "sha256") },
            line: element.line)
    }

    private mutating func certificate(_ element: XMLTree.Element) -> Certificate? {
        guard let kind = text(element, "kind"), let holder = text(element, "holder"),
            let issued = date(element, "issued"), let expires = date(element, "expires")
        else { return nil }
        return Certificate(
            id: text(element, "id", required: false), kind: kind, holder: holder, issued: issued, expires: expires,
            document: element.child(named: "document").flatMap { attachment($0, path: "href", digest: "sha256") },
            line: element.line)
    }

    private mutating func screenshot(_ element: XMLTree.Element) -> Screenshot? {
        guard let page = text(element, "page"), let capturedText = text(element, "captured") else { return nil }
        guard let captured = Timestamp(capturedText) else {
            problems.append(
                Diagnostic(.error, "\"\(capturedText)\" is not a timestamp with a zone", at: element.location(ofAttribute: "captured")))
            return nil
        }
        let ads = Self.children("vendor-ad", of: element) { ad -> Screenshot.VendorAd? in
            guard let kind = text(ad, "kind"), let visible = text(ad, "visible"), let link = text(ad, "link") else { return nil }
            return Screenshot.VendorAd(kind: kind, visible: visible == "true" || visible == "1", link: link, line: ad.line)
        }
        return Screenshot(
            id: text(element, "id", required: false), page: page, captured: captured,
            image: attachment(element, path: "image", digest: "sha256"),
            mediaType: text(element, "media-type", required: false),
            width: text(element, "width", required: false).flatMap { Int($0) },
            height: text(element, "height", required: false).flatMap { Int($0) },
            ads: ads, line: element.line)
    }

    private mutating func sales(_ element: XMLTree.Element) -> Sales? {
        guard let currency = text(element, "currency") else { return nil }
        var rates: [String: Decimal] = [:]
        for rate in element.childElements where rate.name == "rate" {
            guard let code = text(rate, "currency"), let usd = decimal(rate, "usd") else { continue }
            rates[code] = usd
        }
        var summary = SalesSummary(currency: currency)
        for sale in element.childElements where sale.name == "sale" {
            guard let id = text(sale, "id"), let date = date(sale, "date"), let channel = text(sale, "channel"),
                let amount = decimal(sale, "amount")
            else { continue }
            summary.add(
                Sale(
                    id: id, date: date, channel: channel, amount: amount,
                    currency: text(sale, "currency", required: false), product: text(sale, "product", required: false),
                    line: sale.line))
        }
        return summary.sales(usdRates: rates, line: element.line)
    }

    private mutating func forecast(_ element: XMLTree.Element) -> Forecast? {
        guard let quarter = quarter(element), let amount = decimal(element, "amount"),
            let submitted = date(element, "submitted")
        else { return nil }
        return Forecast(
            quarter: quarter, amount: amount, currency: text(element, "currency", required: false),
            submitted: submitted, line: element.line)
    }

    private mutating func report(_ element: XMLTree.Element) -> QuarterlyReport? {
        guard let quarter = quarter(element), let submitted = date(element, "submitted") else { return nil }
        return QuarterlyReport(
            quarter: quarter, submitted: submitted,
            document: attachment(element, path: "document", digest: "sha256"), line: element.line)
    }

    /// What `decode` makes of each child element of `parent` named `name`, in document
    /// order, leaving out those it refuses.
    private static func children<Value>(_ name: String, of parent: XMLTree.Element?, _ decode: (XMLTree.Element) -> Value?) -> [Value] {
        guard let parent else { return [] }
        var values: [Value] = []
        for child in parent.childElements where child.name == name {
            if let value = decode(child) { values.append(value) }
        }
        return values
    }

    // MARK: - Attributes

    /// The value of an attribute without surrounding whitespace.
    private mutating func text(_ element: XMLTree.Element, _ name: String, required: Bool = true) -> String? {
        guard let bytes = element.attributeBytes(name) else {
            if required { reportMissing(name, of: element) }
            return nil
        }
        return bytes.withUnsafeBufferPointer(String.init(decodingTrimmingXMLWhitespace:))
    }

    private mutating func date(_ element: XMLTree.Element, _ name: String, required: Bool = true) -> CalendarDate? {
        parsed(element, name, required: required, as: "a date (YYYY-MM-DD)") { CalendarDate(utf8: $0) }
    }

    private mutating func decimal(_ element: XMLTree.Element, _ name: String) -> Decimal? {
        parsed(element, name, as: "a decimal number this tool can hold exactly") { DecimalText.parse(utf8: $0) }
    }

    private mutating func quarter(_ element: XMLTree.Element) -> Quarter? {
        parsed(element, "quarter", as: "a quarter (YYYY-Qn)") { Quarter(utf8: $0) }
    }

    /// The value of an attribute, read by `parse` from its bytes without making a String;
    /// a diagnostic saying it is not `kind` when `parse` refuses it.
    private mutating func parsed<Value>(
        _ element: XMLTree.Element, _ name: String, required: Bool = true, as kind: String,
        _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
    ) -> Value? {
        guard let bytes = element.attributeBytes(name) else {
            if required { reportMissing(name, of: element) }
            return nil
        }
        if let value = bytes.withUnsafeBufferPointer(parse) { return value }
        let raw = String(decoding: bytes, as: UTF8.self).trimmingXMLWhitespace()
        problems.append(Diagnostic(.error, "\(name)=\"\(raw)\" is not \(kind)", at: element.location(ofAttribute: name)))
        return nil
    }

    private mutating func reportMissing(_ attribute: String, of element: XMLTree.Element) {
        problems.append(Diagnostic(.error, "<\(element.name)> needs the attribute \(attribute)", at: element.location))
    }

    /// An attached file named by attribute `path`; its text must stay inside the dossier's folder.
    private mutating func attachment(_ element: XMLTree.Element, path: String, digest: String) -> Attachment? {
        guard let raw = element.attribute(path) else { return nil }
        if let problem = AttachmentPath.problem(with: raw) {
            problems.append(Diagnostic(.error, problem, at: element.location(ofAttribute: path)))
            return nil
        }
        return Attachment(path: raw, sha256: text(element, digest, required: false), line: element.line)
    }
}
