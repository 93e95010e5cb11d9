import Foundation
import Programme
import Testing

/// A second vendor's programme, with four tiers and other figures, loads as written:
/// nothing about Kerio lives in Swift.
@Suite struct AcmeProgrammeTests {
    private let programme: Programme

    init() throws {
        let path = ProgrammeFixtures.fixture("acme-program.xml")
        programme = try ProgrammeFixtures.loaded(try ProgrammeFixtures.loader().load(file: path))
    }

    @Test func fourTiers() {
        #expect(programme.id == "acme")
        #expect(programme.tiers.map(\.id) == ["authorized", "certified", "preferred", "platinum"])
        #expect(programme.tier("platinum")?.extends == "preferred")
    }

    @Test(arguments: [("certified", 5000), ("preferred", 20000), ("platinum", 50000)])
    func retailThresholds(tier: String, threshold: Int) {
        #expect(programme.tier(tier)?.requirement("sales.annual-retail-volume")?.kind.threshold == Decimal(threshold))
    }

    @Test(arguments: [("certified", 60), ("preferred", 60), ("platinum", 30)])
    func screenshotAge(tier: String, days: Int) {
        let kind = programme.tier(tier)?.requirement("marketing.website-ad")?.kind
        #expect(kind == .websiteAd(maxAgeDays: days, vendorDomains: ["acme-software.example"]))
    }

    @Test func platinumOverridesOnlyWhatItSets() throws {
        let platinum = try #require(programme.tier("platinum"))
        #expect(platinum.requirement("sales.annual-retail-volume")?.kind.windowMonths == 12)
        #expect(platinum.requirement("reports.quarterly-business")?.kind == .quarterlyReport(graceDays: 45))
        #expect(platinum.requirement("reports.forecast")?.kind == .forecast(quartersAhead: 1))
    }

    @Test func requirementsFollowProgrammeOrderNotTierOrder() {
        // Platinum lists the retail volume before the website ad; the programme defines them the other way round.
        #expect(
            programme.tier("platinum")?.requirements.map(\.id) == [
                "contract.reseller-agreement", "contract.nda", "certification.technical", "certification.sales",
                "marketing.website-ad", "sales.annual-retail-volume", "reports.forecast", "reports.quarterly-business",
            ])
        #expect(programme.requirementGroups.map(\.id) == ["contracts", "people", "marketing", "sales", "reports"])
    }

    @Test(arguments: [
        ("authorized", "sales.discount", "10%"),
        ("certified", "sales.discount", "20%"),
        ("preferred", "sales.discount", "30%"),
        ("platinum", "sales.discount", "35%"),
        ("certified", "support.technical", "standard"),
        ("platinum", "support.technical", "priority"),
        ("platinum", "marketing.mdf", "priority"),
    ])
    func benefitValues(tier: String, benefit: String, value: String) {
        #expect(programme.tier(tier)?.value(of: benefit, .english) == value)
    }

    @Test func benefitsPerTier() {
        #expect(programme.tiers.map(\.benefits.count) == [3, 4, 5, 6])
        #expect(programme.tier("preferred")?.benefits.first { $0.benefit.id == "marketing.mdf" }?.value == nil)
    }
}
