import Diagnostics
import DossierXML
import Foundation

/// Builds a `Dossier` straight from the validated event stream, with no tree in
/// between: each part keeps only what judging needs, and sales lines are summed as
/// they are read (`SalesSummary`), so memory does not grow with the number of lines.
///
/// It reads what `DossierDecoder` reads, by the same rules: the first child of each
/// name where that decoder takes one, every child where it takes all. It gives the
/// same dossier, and a problem wherever that decoder has one, with the same message,
/// located by line only (the stream keeps no source text to count columns in).
public final class DossierStreamDecoder: XMLEventHandler {
    private let file: String
    private var problems: [Diagnostic] = []
    /// What each open element is to the dossier, outermost first.
    private var open: [Role] = []

    // MARK: - The parts read so far

    private var root: (program: String?, appliesFor: String?, submitted: CalendarDate?, line: Int)?
    /// The children of the root, of `<partner>`, of the contract and of the certificate
    /// being read that were taken: the first of each name.
    private var taken: Taken = []
    /// How many partner fields are open: their text, and that of their descendants, is kept.
    private var openFields = 0
    private var partner: (id: String?, line: Int, fields: [String: String])?
    /// The text of the `<partner>` field being read.
    private var fieldText: [UInt8] = []
    private var salesCurrency: String?
    private var salesLine: Int?
    private var rates: [String: Decimal] = [:]
    private var summary: SalesSummary?
    private var contracts: [Contract] = []
    private var contract: Contract?
    private var certificates: [Certificate] = []
    private var certificate: Certificate?
    private var screenshots: [Screenshot] = []
    private var screenshot: Screenshot?
    private var forecasts: [Forecast] = []
    private var reports: [QuarterlyReport] = []

    /// Children that `DossierDecoder` takes the first of, by name.
    private struct Taken: OptionSet {
        let rawValue: UInt32
        static let sections = ["partner", "sales", "contracts", "certificates", "website-evidence", "forecasts", "business-reports"]
        static let partnerFields = ["name", "country", "website"]
        static let contractParts = ["signed", "valid", "document"]
        static let certificateDocument = Taken(rawValue: 1 << 13)

        /// The flag of `name` in `names`, whose flags start at bit `first`; nil for another name.
        static func flag(_ name: String, in names: [String], from first: Int) -> Taken? {
            names.firstIndex(of: name).map { Taken(rawValue: 1 << UInt32(first + $0)) }
        }

        static func section(_ name: String) -> Taken? { flag(name, in: sections, from: 0) }
        static func partnerField(_ name: String) -> Taken? { flag(name, in: partnerFields, from: 7) }
        static func contractPart(_ name: String) -> Taken? { flag(name, in: contractParts, from: 10) }
        static let contract = Taken(rawValue: 0b111 << 10)
    }

    /// What an open element is to the dossier.
    private enum Role {
        case root, partner
        case partnerField(String)
        case sales, contracts, contract, signed, certificates, certificate
        case websiteEvidence, screenshot, forecasts, businessReports
        /// Read on its start tag alone, or of no interest.
        case other
    }

    public init(file: String) {
        self.file = file
    }

    /// The dossier read, or every reason it cannot be one.
    public func result() -> Result<Dossier, XMLFailure> {
        guard problems.isEmpty, let root, let program = root.program, let partner = finishedPartner() else {
            if problems.isEmpty, let root, partner == nil {
                problems.append(Diagnostic(.error, "the dossier has no <partner>", at: location(root.line)))
            }
            return .failure(XMLFailure(problems.isEmpty ? [.fileError("not a dossier", file: file)] : problems))
        }
        let sales = summary.map { $0.sales(usdRates: rates, line: salesLine) } ?? Sales()
        return .success(
            Dossier(
                file: file, program: program, appliesFor: root.appliesFor, submitted: root.submitted, partner: partner,
                contracts: contracts, certificates: certificates, screenshots: screenshots, sales: sales,
                forecasts: forecasts, quarterlyReports: reports, line: root.line))
    }

    // MARK: - Events

    public func start(_ tag: XMLStartTag) {
        let role: Role
        switch open.last {
        case nil: role = startRoot(tag)
        case .root: role = startSection(tag)
        case .partner:
            role = takeFirst(Taken.partnerField(tag.name)) ? .partnerField(tag.name) : .other
            if case .partnerField = role {
                openFields += 1
                fieldText.removeAll(keepingCapacity: true)
            }
        case .sales:
            startSalesLine(tag)
            role = .other
        case .contracts where tag.name == "contract":
            role = .contract
            taken.subtract(.contract)
            contract = startContract(tag)
        case .contract: role = startContractPart(tag)
        case .signed where tag.name == "signatory":
            let signatory = signatory(tag)
            if let signatory { contract?.signing?.signatories.append(signatory) }
            role = .other
        case .certificates where tag.name == "certificate":
            role = .certificate
            taken.subtract(.certificateDocument)
            certificate = startCertificate(tag)
        case .certificate:
            if tag.name == "document", takeFirst(.certificateDocument) {
                certificate?.document = attachment(tag, path: "href", digest: "sha256")
            }
            role = .other
        case .websiteEvidence where tag.name == "screenshot":
            role = .screenshot
            screenshot = startScreenshot(tag)
        case .screenshot:
            if tag.name == "vendor-ad", let ad = vendorAd(tag) { screenshot?.ads.append(ad) }
            role = .other
        case .forecasts where tag.name == "forecast":
            if let forecast = forecast(tag) { forecasts.append(forecast) }
            role = .other
        case .businessReports where tag.name == "quarterly-report":
            if let report = report(tag) { reports.append(report) }
            role = .other
        case .partnerField, .other, .contracts, .signed, .certificates, .websiteEvidence, .forecasts, .businessReports:
            role = .other
        }
        open.append(role)
    }

    public func end() {
        switch open.popLast() {
        case .partnerField(let name):
            openFields -= 1
            let value = fieldText.withUnsafeBufferPointer(String.init(decodingTrimmingXMLWhitespace:))
            if !value.isEmpty { partner?.fields[name] = value }
        case .contract:
            if let contract { contracts.append(contract) }
            contract = nil
        case .certificate:
            if let certificate { certificates.append(certificate) }
            certificate = nil
        case .screenshot:
            if let screenshot { screenshots.append(screenshot) }
            screenshot = nil
        default:
            break
        }
    }

    public func characters(_ text: UnsafeBufferPointer<UInt8>) {
        // The text of a partner field and of its descendants, as `XMLTree.Element.text` has it.
        guard openFields > 0 else { return }
        fieldText.append(contentsOf: text)
    }

    // MARK: - The root and its sections

    private func startRoot(_ tag: XMLStartTag) -> Role {
        guard tag.name == "dossier", tag.namespaceURI == DossierDecoder.namespace else {
            let message = "the root element must be <dossier> in namespace \(DossierDecoder.namespace)"
            problems.append(Diagnostic(.error, message, at: location(tag.line)))
            return .other
        }
        root = (text(tag, "program"), text(tag, "applies-for", required: false), date(tag, "submitted", required: false), tag.line)
        return .root
    }

    private func startSection(_ tag: XMLStartTag) -> Role {
        guard takeFirst(Taken.section(tag.name)) else { return .other }
        switch tag.name {
        case "partner":
            partner = (text(tag, "id"), tag.line, [:])
            return .partner
        case "sales":
            salesLine = tag.line
            salesCurrency = text(tag, "currency")
            summary = salesCurrency.map { SalesSummary(currency: $0) }
            return .sales
        case "contracts": return .contracts
        case "certificates": return .certificates
        case "website-evidence": return .websiteEvidence
        case "forecasts": return .forecasts
        case "business-reports": return .businessReports
        default: return .other
        }
    }

    /// Whether `child` is the flag of a name not taken yet in its parent; it is now.
    private func takeFirst(_ child: Taken?) -> Bool {
        guard let child else { return false }
        return taken.insert(child).inserted
    }

    private func finishedPartner() -> Partner? {
        guard let partner else { return nil }
        var fields: [String] = []
        for name in ["name", "country", "website"] {
            guard let value = partner.fields[name] else {
                problems.append(Diagnostic(.error, "<partner> needs a <\(name)>", at: location(partner.line)))
                return nil
            }
            fields.append(value)
        }
        guard let id = partner.id else { return nil }
        return Partner(id: id, name: fields[0], country: fields[1], website: fields[2], line: partner.line)
    }

    // MARK: - Sales

    private func startSalesLine(_ tag: XMLStartTag) {
        switch tag.name {
        case "rate":
            guard let code = text(tag, "currency"), let usd = decimal(tag, "usd") else { return }
            rates[code] = usd
        case "sale":
            // As `DossierDecoder` has it: a section without its currency has no lines.
            guard summary != nil else { return }
            // The id is made into a string only for the first line of a day's sum.
            guard let id = present(tag, "id"), let date = date(tag, "date"), let channel = text(tag, "channel"),
                let amount = decimal(tag, "amount")
            else { return }
            summary?.add(date: date, channel: channel, amount: amount, currency: text(tag, "currency", required: false), line: tag.line) {
                String(decodingTrimmingXMLWhitespace: id)
            }
        default:
            break
        }
    }

    // MARK: - Contracts and certificates

    private func startContract(_ tag: XMLStartTag) -> Contract? {
        guard let id = text(tag, "id"), let type = text(tag, "type") else { return nil }
        return Contract(id: id, type: type, signing: nil, validity: nil, document: nil, line: tag.line)
    }

    private func startContractPart(_ tag: XMLStartTag) -> Role {
        guard takeFirst(Taken.contractPart(tag.name)) else { return .other }
        switch tag.name {
        case "signed":
            guard let date = date(tag, "date") else {
                contract = nil
                return .other
            }
            contract?.signing = Contract.Signing(date: date, signatories: [], line: tag.line)
            return .signed
        case "valid":
            guard let from = date(tag, "from") else {
                contract = nil
                return .other
            }
            contract?.validity = Contract.Validity(from: from, until: date(tag, "until", required: false))
        case "document":
            contract?.document = attachment(tag, path: "href", digest: "sha256")
        default:
            break
        }
        return .other
    }

    private func signatory(_ tag: XMLStartTag) -> Contract.Signatory? {
        guard let party = text(tag, "party"), let name = text(tag, "name") else { return nil }
        return Contract.Signatory(party: party, name: name, title: text(tag, "title", required: false))
    }

    private func startCertificate(_ tag: XMLStartTag) -> Certificate? {
        guard let kind = text(tag, "kind"), let holder = text(tag, "holder"),
            let issued = date(tag, "issued"), let expires = date(tag, "expires")
        else { return nil }
        return Certificate(
            id: text(tag, "id", required: false), kind: kind, holder: holder, issued: issued, expires: expires,
            document: nil, line: tag.line)
    }

    // MARK: - Website evidence, forecasts and reports

    private func startScreenshot(_ tag: XMLStartTag) -> Screenshot? {
        guard let page = text(tag, "page"), let capturedText = text(tag, "captured") else { return nil }
        guard let captured = Timestamp(capturedText) else {
            problems.append(Diagnostic(.error, "\"\(capturedText)\" is not a timestamp with a zone", at: location(tag.line)))
            return nil
        }
        return Screenshot(
            id: text(tag, "id", required: false), page: page, captured: captured,
            image: attachment(tag, path: "image", digest: "sha256"),
            mediaType: text(tag, "media-type", required: false),
            width: text(tag, "width", required: false).flatMap { Int($0) },
            height: text(tag, "height", required: false).flatMap { Int($0) },
            ads: [], line: tag.line)
    }

    private func vendorAd(_ tag: XMLStartTag) -> Screenshot.VendorAd? {
        guard let kind = text(tag, "kind"), let visible = text(tag, "visible"), let link = text(tag, "link") else { return nil }
        return Screenshot.VendorAd(kind: kind, visible: visible == "true" || visible == "1", link: link, line: tag.line)
    }

    private func forecast(_ tag: XMLStartTag) -> Forecast? {
        guard let quarter = quarter(tag), let amount = decimal(tag, "amount"), let submitted = date(tag, "submitted") else { return nil }
        return Forecast(
            quarter: quarter, amount: amount, currency: text(tag, "currency", required: false), submitted: submitted, line: tag.line)
    }

    private func report(_ tag: XMLStartTag) -> QuarterlyReport? {
        guard let quarter = quarter(tag), let submitted = date(tag, "submitted") else { return nil }
        return QuarterlyReport(
            quarter: quarter, submitted: submitted, document: attachment(tag, path: "document", digest: "sha256"), line: tag.line)
    }

    // MARK: - Attributes

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }

    /// The value of an attribute without surrounding whitespace.
    private func text(_ tag: XMLStartTag, _ name: String, required: Bool = true) -> String? {
        guard let bytes = tag.attribute(name) else {
            if required { reportMissing(name, of: tag) }
            return nil
        }
        return String(decodingTrimmingXMLWhitespace: bytes)
    }

    /// The bytes of a required attribute, read during the event only.
    private func present(_ tag: XMLStartTag, _ name: String) -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = tag.attribute(name) else {
            reportMissing(name, of: tag)
            return nil
        }
        return bytes
    }

    private func date(_ tag: XMLStartTag, _ name: String, required: Bool = true) -> CalendarDate? {
        parsed(tag, name, required: required, as: "a date (YYYY-MM-DD)") { CalendarDate(utf8: $0) }
    }

    private func decimal(_ tag: XMLStartTag, _ name: String) -> Decimal? {
        parsed(tag, name, as: "a decimal number this tool can hold exactly") { DecimalText.parse(utf8: $0) }
    }

    private func quarter(_ tag: XMLStartTag) -> Quarter? {
        parsed(tag, "quarter", as: "a quarter (YYYY-Qn)") { Quarter(utf8: $0) }
    }

    private func parsed<Value>(
        _ tag: XMLStartTag, _ name: String, required: Bool = true, as kind: String, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
    ) -> Value? {
        guard let bytes = tag.attribute(name) else {
            if required { reportMissing(name, of: tag) }
            return nil
        }
        if let value = parse(bytes) { return value }
        let raw = String(decoding: bytes, as: UTF8.self).trimmingXMLWhitespace()
        problems.append(Diagnostic(.error, "\(name)=\"\(raw)\" is not \(kind)", at: location(tag.line)))
        return nil
    }

    private func reportMissing(_ attribute: String, of tag: XMLStartTag) {
        problems.append(Diagnostic(.error, "<\(tag.name)> needs the attribute \(attribute)", at: location(tag.line)))
    }

    /// An attached file named by attribute `path`; its text must stay inside the dossier's folder.
    private func attachment(_ tag: XMLStartTag, path: String, digest: String) -> Attachment? {
        guard let bytes = tag.attribute(path) else { return nil }
        let raw = String(decoding: bytes, as: UTF8.self)
        if let problem = AttachmentPath.problem(with: raw) {
            problems.append(Diagnostic(.error, problem, at: location(tag.line)))
            return nil
        }
        return Attachment(path: raw, sha256: text(tag, digest, required: false), line: tag.line)
    }
}
