import Foundation

@testable import Audit
@testable import DossierModel

/// Dossiers written in a line or two for the checker's tests.
enum Build {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func money(_ text: String) -> Decimal { DecimalText.parse(text)! }

    static func dossier(
        website: String = "https://www.acme.example/",
        contracts: [Contract] = [], certificates: [Certificate] = [], screenshots: [Screenshot] = [],
        sales: Sales = Sales(), forecasts: [Forecast] = [], reports: [QuarterlyReport] = []
    ) -> Dossier {
        Dossier(
            file: "/tmp/test/dossier.xml", program: "kerio", appliesFor: nil, submitted: nil,
            partner: Partner(id: "KP-1", name: "Acme", country: "CZ", website: website, line: 3),
            contracts: contracts, certificates: certificates, screenshots: screenshots, sales: sales,
            forecasts: forecasts, quarterlyReports: reports, line: 2)
    }

    static func contract(
        _ id: String = "C-1", type: String = "nda", signed: String? = "2026-01-15",
        parties: [String] = ["partner", "vendor"], from: String? = nil, until: String? = nil,
        document: String? = nil, line: Int = 10
    ) -> Contract {
        Contract(
            id: id, type: type,
            signing: signed.map {
                Contract.Signing(
                    date: date($0), signatories: parties.map { Contract.Signatory(party: $0, name: "N", title: nil) }, line: line + 1)
            },
            validity: from.map { Contract.Validity(from: date($0), until: until.map(date)) },
            document: document.map { Attachment(path: $0, sha256: String(repeating: "a", count: 64), line: line + 2) },
            line: line)
    }

    static func certificate(
        kind: String = "sales", issued: String = "2025-01-01", expires: String = "2027-01-01", document: String? = nil, line: Int = 20
    ) -> Certificate {
        Certificate(
            id: "K-\(line)", kind: kind, holder: "Eva", issued: date(issued), expires: date(expires),
            document: document.map { Attachment(path: $0, sha256: String(repeating: "b", count: 64), line: line + 1) }, line: line)
    }

    static func screenshot(
        page: String = "https://www.acme.example/partners", captured: String = "2026-11-01T10:00:00Z",
        ads: [(visible: Bool, link: String)] = [(true, "https://www.kerio.com/")], image: String? = nil, line: Int = 30
    ) -> Screenshot {
        Screenshot(
            id: "S-\(line)", page: page, captured: Timestamp(captured)!,
            image: image.map { Attachment(path: $0, sha256: String(repeating: "c", count: 64), line: line) },
            mediaType: nil, width: nil, height: nil,
            ads: ads.enumerated().map { Screenshot.VendorAd(kind: "logo", visible: $1.visible, link: $1.link, line: line + 1 + $0) },
            line: line)
    }

    static func sales(_ lines: [(date: String, amount: String, currency: String?, channel: String)], rates: [String: String] = [:]) -> Sales
    {
        Sales(
            currency: "USD", usdRates: rates.mapValues(money),
            lines: lines.enumerated().map { index, line in
                Sale(
                    id: "INV-\(index)", date: date(line.date), channel: line.channel, amount: money(line.amount),
                    currency: line.currency, product: nil, line: 50 + index)
            },
            line: 49)
    }

    static func retail(_ date: String, _ amount: String, _ currency: String? = nil) -> (
        date: String, amount: String, currency: String?, channel: String
    ) {
        (date, amount, currency, "retail")
    }

    static func context(_ asOf: String, attachments: [String: AttachmentVerdicts.Verdict] = [:]) -> CheckContext {
        CheckContext(asOf: date(asOf), attachments: AttachmentVerdicts(attachments))
    }
}
