import Foundation
import Programme

/// `GET /api/v1/program`: the programme as JSON, tiers lowest first, each with its
/// effective requirements (inherited ones included, parameters as the tier sets them)
/// and its benefits, labels in the language asked. Money is an exact decimal string.
struct ProgrammeDocument: Encodable {
    let program: Summary
    let language: String
    let tiers: [TierEntry]

    struct Summary: Encodable {
        let id: String
        let label: String
    }

    struct TierEntry: Encodable {
        let id: String
        let label: String
        let extends: String?
        let requirements: [RequirementEntry]
        let benefits: [BenefitEntry]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
            try container.encode(extends, forKey: .extends)
            try container.encode(requirements, forKey: .requirements)
            try container.encode(benefits, forKey: .benefits)
        }

        private enum CodingKeys: String, CodingKey { case id, label, extends, requirements, benefits }
    }

    struct RequirementEntry: Encodable {
        let id: String
        let group: String
        let kind: String
        let label: String
        let parameters: [String: Parameter]
    }

    struct BenefitEntry: Encodable {
        let id: String
        let group: String
        let label: String
        let value: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(group, forKey: .group)
            try container.encode(label, forKey: .label)
            try container.encode(value, forKey: .value)
        }

        private enum CodingKeys: String, CodingKey { case id, group, label, value }
    }

    /// A parameter's value: a text, a whole number or a list of texts.
    enum Parameter: Encodable, Equatable {
        case text(String)
        case number(Int)
        case list([String])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .list(let list): try container.encode(list)
            }
        }
    }

    init(_ programme: Programme, language: Language) {
        let code = language.code
        program = Summary(id: programme.id, label: programme.label.text(language))
        self.language = code
        tiers = programme.tiers.map { tier in
            TierEntry(
                id: tier.id, label: tier.label.text(language), extends: tier.extends,
                requirements: tier.requirements.map {
                    let (kind, parameters) = Self.describe($0.kind)
                    return RequirementEntry(id: $0.id, group: $0.group, kind: kind, label: $0.label.text(language), parameters: parameters)
                },
                benefits: tier.benefits.map {
                    BenefitEntry(
                        id: $0.benefit.id, group: $0.benefit.group, label: $0.benefit.label.text(language), value: $0.value?.text(language))
                })
        }
    }

    /// The kind's name as the programme language writes it, and its parameters by their attribute names.
    static func describe(_ kind: RequirementKind) -> (String, [String: Parameter]) {
        switch kind {
        case .contract(let type):
            ("contract", ["contract-type": .text(type)])
        case .certificate(let kind):
            ("certificate", ["kind": .text(kind)])
        case .websiteAd(let maxAgeDays, let vendorDomains):
            ("website-ad", ["max-age-days": .number(maxAgeDays), "vendor-domains": .list(vendorDomains)])
        case .salesVolume(let channel, let windowMonths, let threshold, let currency):
            (
                "\(channel)-volume",
                [
                    "channel": .text(channel), "window-months": .number(windowMonths),
                    "threshold": .text(threshold.description), "currency": .text(currency),
                ]
            )
        case .forecast(let quartersAhead):
            ("forecast", ["quarters-ahead": .number(quartersAhead)])
        case .quarterlyReport(let graceDays):
            ("quarterly-report", ["grace-days": .number(graceDays)])
        }
    }

    /// The document as pretty-printed JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
