import Programme
import Testing

@testable import Audit
@testable import DossierModel

@Suite struct WebsiteAdCheckTests {
    let check = WebsiteAdCheck(maxAgeDays: 90, vendorDomains: ["kerio.com"])

    private func status(_ screenshots: [Screenshot], website: String = "https://www.acme.example/", asOf: String = "2026-11-24")
        -> RequirementStatus
    {
        check.judge(Build.dossier(website: website, screenshots: screenshots), in: Build.context(asOf)).status
    }

    @Test(arguments: [
        ("2026-08-25T12:00:00Z", RequirementStatus.stale), ("2026-08-26T00:00:00Z", .met), ("2026-08-26T23:59:59Z", .met),
        ("2026-11-24T23:59:59Z", .met), ("2026-11-25T00:00:00Z", .stale), ("2026-08-26T01:00:00+02:00", .stale),
        ("2026-11-24T20:00:00-05:00", .stale),
    ])
    func ninetyDaysAtMostAndNeverAfterTheAuditDate(captured: String, expected: RequirementStatus) {
        #expect(status([Build.screenshot(captured: captured)]) == expected)
    }

    @Test(arguments: [
        ("https://www.acme.example/partners", RequirementStatus.met), ("https://acme.example/", .met),
        ("https://shop.acme.example/kerio", .met), ("http://ACME.example:8080/x", .met),
        ("https://acme.example.evil.example/", .mismatch), ("https://notacme.example/", .mismatch),
        ("https://acme.example@evil.example/", .mismatch), ("https://acme.example./", .mismatch),
    ])
    func pageMustBeOnThePartnersSite(page: String, expected: RequirementStatus) {
        #expect(status([Build.screenshot(page: page)]) == expected)
    }

    @Test(arguments: [
        ("https://www.kerio.com/", RequirementStatus.met), ("https://kerio.com", .met), ("https://partners.kerio.com/x", .met),
        ("https://kerio.com.evil.example/", .mismatch), ("https://gfi.com/", .mismatch), ("https://user@kerio.com:443/", .met),
    ])
    func adMustLinkToTheVendor(link: String, expected: RequirementStatus) {
        #expect(status([Build.screenshot(ads: [(true, link)])]) == expected)
    }

    @Test func adMustBeVisibleAndOneAdMustDoBoth() {
        #expect(status([Build.screenshot(ads: [(false, "https://kerio.com/")])]) == .notVisible)
        #expect(status([Build.screenshot(ads: [])]) == .notVisible)
        #expect(status([Build.screenshot(ads: [(true, "https://gfi.com/"), (false, "https://kerio.com/")])]) == .notVisible)
    }

    @Test func aScreenshotFailingSeveralChecksTakesTheFarthest() {
        #expect(status([Build.screenshot(page: "https://other.example/", captured: "2025-01-01T00:00:00Z")]) == .mismatch)
        #expect(status([Build.screenshot(captured: "2025-01-01T00:00:00Z", ads: [(false, "https://kerio.com/")])]) == .notVisible)
    }

    @Test func theClosestScreenshotGivesTheStatus() {
        let stale = Build.screenshot(captured: "2025-01-01T00:00:00Z", line: 30)
        let other = Build.screenshot(page: "https://other.example/", line: 40)
        #expect(status([other, stale]) == .stale)
        #expect(status([]) == .missing)
    }

    @Test func lapsesNinetyOneDaysAfterCapture() {
        let judged = check.judge(
            Build.dossier(screenshots: [Build.screenshot(captured: "2026-11-01T10:00:00Z")]), in: Build.context("2026-11-24"))
        #expect(judged.lapsesOn == Build.date("2027-01-31"))
    }
}
