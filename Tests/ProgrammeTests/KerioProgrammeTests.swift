import DossierXML
import Foundation
import Programme
import Testing

/// The shipped Kerio programme loads and resolves as `kerio-rules.md` describes it.
@Suite struct KerioProgrammeTests {
    private let programme: Programme

    init() throws {
        programme = try ProgrammeFixtures.loaded(try ProgrammeFixtures.loader().load(file: ProgrammeFixtures.kerioPath))
    }

    @Test func headerAndTiers() {
        #expect(programme.id == "kerio")
        #expect(programme.languages == ["en", "ru"])
        #expect(programme.label.text(.russian) == "Партнерская программа Kerio")
        #expect(programme.description?.byLanguage.keys.sorted() == ["en", "ru"])
        #expect(programme.headings.requirements.text(.russian) == "ТРЕБОВАНИЯ")
        #expect(programme.tiers.map(\.id) == ["authorized", "certified", "preferred"])
        #expect(programme.tiers.map(\.extends) == [nil, "authorized", "certified"])
    }

    @Test(arguments: [
        ("authorized", "Авторизированный"),
        ("certified", "Сертифицированный"),
        ("preferred", "Предпочтительный"),
    ])
    func russianTierLabels(tier: String, label: String) {
        #expect(programme.tier(tier)?.label.text(.russian) == label)
    }

    @Test(arguments: [
        ("authorized", ["contract.reseller-agreement", "contract.nda"]),
        (
            "certified",
            [
                "contract.reseller-agreement", "contract.nda", "certification.technical", "certification.sales",
                "marketing.website-ad", "sales.annual-retail-volume",
            ]
        ),
        (
            "preferred",
            [
                "contract.reseller-agreement", "contract.nda", "certification.technical", "certification.sales",
                "marketing.website-ad", "sales.annual-retail-volume", "reports.forecast", "reports.quarterly-business",
            ]
        ),
    ])
    func requirementsPerTier(tier: String, ids: [String]) {
        #expect(programme.tier(tier)?.requirements.map(\.id) == ids)
    }

    @Test func retailThresholdsAreExactPerTier() {
        #expect(
            programme.tier("certified")?.requirement("sales.annual-retail-volume")?.kind
                == .salesVolume(channel: "retail", windowMonths: 12, threshold: Decimal(7500), currency: "USD"))
        #expect(
            programme.tier("preferred")?.requirement("sales.annual-retail-volume")?.kind
                == .salesVolume(channel: "retail", windowMonths: 12, threshold: Decimal(15000), currency: "USD"))
    }

    @Test func otherParameters() {
        let preferred = programme.tier("preferred")
        #expect(preferred?.requirement("marketing.website-ad")?.kind == .websiteAd(maxAgeDays: 90, vendorDomains: ["kerio.com"]))
        #expect(preferred?.requirement("reports.quarterly-business")?.kind == .quarterlyReport(graceDays: 30))
        #expect(preferred?.requirement("reports.forecast")?.kind == .forecast(quartersAhead: 1))
        #expect(preferred?.requirement("contract.nda")?.kind == .contract(type: "nda"))
        #expect(preferred?.requirement("certification.sales")?.kind == .certificate(kind: "sales"))
    }

    @Test func requirementTexts() throws {
        let retail = try #require(programme.requirements.first { $0.id == "sales.annual-retail-volume" })
        #expect(retail.group == "sales")
        #expect(retail.label.text(.russian) == "Ежегодный объем продаж (розничные продажи)")
        #expect(retail.messages.keys.sorted() == ["insufficient", "unverifiable"])
        #expect(retail.gaps[nil]?.text(.english) == "{shortfall} {currency} more retail sales")
        #expect(retail.gap(for: "unverifiable")?.text(.english) == "exchange rates for {currencies}, so that retail sales can be counted")
        #expect(retail.gap(for: "insufficient") == retail.gaps[nil])
        let nda = try #require(programme.requirements.first { $0.id == "contract.nda" })
        #expect(nda.messages.keys.sorted() == ["expired", "missing", "not-yet-valid", "tampered", "unsigned"])
        #expect(nda.fix.text(.english).hasPrefix("Submit the non-disclosure agreement"))
    }

    @Test(arguments: [("authorized", 14), ("certified", 22), ("preferred", 25)])
    func benefitCounts(tier: String, count: Int) {
        #expect(programme.tier(tier)?.benefits.count == count)
    }

    @Test func benefitsAreInProgrammeOrder() {
        #expect(programme.tier("preferred")?.benefits.map(\.benefit.id) == programme.benefits.map(\.id))
    }

    @Test(arguments: [
        ("authorized", "sales-tools.software-reward", "15%", "15%"),
        ("certified", "sales-tools.software-reward", "25%", "25%"),
        ("preferred", "sales-tools.software-reward", "25%", "25%"),
        ("authorized", "training.technical-support", "standard", "Стандартная"),
        ("certified", "training.technical-support", "accelerated", "Ускоренная"),
        ("preferred", "training.technical-support", "accelerated", "Ускоренная"),
        ("preferred", "marketing.customer-referrals", "priority", "Приоритет"),
        ("preferred", "training.nfr-licenses", "1 year, renewed yearly", "На 1 год, ежегодное продление"),
    ])
    func benefitValues(tier: String, benefit: String, english: String, russian: String) {
        #expect(programme.tier(tier)?.value(of: benefit, .english) == english)
        #expect(programme.tier(tier)?.value(of: benefit, .russian) == russian)
    }

    @Test func plainTicksHaveNoValue() throws {
        let certified = try #require(programme.tier("certified"))
        let referrals = try #require(certified.benefits.first { $0.benefit.id == "marketing.customer-referrals" })
        #expect(referrals.value == nil)
        #expect(referrals.benefit.label.text(.russian) == "Направление клиентов к партнерам")
        #expect(!certified.benefits.contains { $0.benefit.id == "marketing.press-releases" })
    }
}
