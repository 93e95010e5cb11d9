import Audit
import DossierModel
import Foundation
import PartnerAudit
import Programme
import Testing
import _TestSupport

/// "Holds until" is the first day the qualified tier is no longer met if nothing new
/// is submitted: audited the day before, the tier is still met; on that day, it is not.
@Suite struct HoldsUntilTests {
    static let session = try! AuditSession.make()

    static let qualifying: [(file: String, asOf: String)] = SampleVerdictTests.expected
        .filter { $0.qualifiedTier != nil }
        .map { ($0.file, $0.asOf) }

    @Test(arguments: zip(qualifying.map(\.file), qualifying.map(\.asOf)))
    func theTierHoldsTheDayBeforeAndLapsesOnTheDay(file: String, asOf: String) throws {
        let path = TestPaths.sample(file)
        let report = Self.session.check(file: path, asOf: try #require(CalendarDate(asOf)))
        let qualified = report.qualifiedTier
        let tier = try #require(qualified)
        let holdsUntil = report.holdsUntil
        let lapse = try #require(holdsUntil)
        let dayBefore = Self.session.check(file: path, asOf: lapse.date.adding(days: -1))
        let onTheDay = Self.session.check(file: path, asOf: lapse.date)
        let metTheDayBefore = dayBefore.tier(tier)?.met
        let metOnTheDay = onTheDay.tier(tier)?.met
        let lapsing = onTheDay.tier(tier)?.outcomes.first { $0.requirement == lapse.requirement }?.status
        #expect(metTheDayBefore == true)
        #expect(metOnTheDay == false)
        #expect(lapsing != .met)
    }

    @Test func aRenewedContractOnFileCarriesTheTierPastTheFirstExpiry() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Nordlys's reseller agreement ends 2027-09-02; a renewal on file, valid from the
        // next day, carries the tier on until the renewal's own end.
        let original = try String(contentsOfFile: TestPaths.sample("authorized-nordlys.xml"), encoding: .utf8)
        let renewal = """
              <contract id="C-RENEWAL" type="reseller-agreement">
                <signed date="2027-08-01">
                  <signatory party="partner" name="A" title="CEO"/>
                  <signatory party="vendor" name="B" title="Channel Director"/>
                </signed>
                <valid from="2027-09-03" until="2028-09-02"/>
              </contract>
            </contracts>
            """
        try original.replacingOccurrences(of: "</contracts>", with: renewal)
            .write(to: folder.appendingPathComponent("renewed.xml"), atomically: true, encoding: .utf8)
        let before = Self.session.check(file: TestPaths.sample("authorized-nordlys.xml"), asOf: CalendarDate("2026-11-24")!)
        let after = Self.session.check(file: folder.appendingPathComponent("renewed.xml").path, asOf: CalendarDate("2026-11-24")!)
        let first = before.holdsUntil?.date
        let renewed = after.holdsUntil?.date
        #expect(first == CalendarDate("2027-09-03"))
        #expect(renewed == CalendarDate("2028-09-03"))
    }
}
