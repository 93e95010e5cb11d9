import Foundation
import PartnerAudit
import Programme
import Reports
import Testing
import _TestSupport

/// `partner-audit program`: the programme as the vendor's table shows it.
@Suite struct ProgrammeRendererTests {
    private func render(_ format: ProgrammeRenderer.Format, _ language: Language) throws -> String {
        ProgrammeRenderer(programme: try Fixture.session(language.code).programme, language: language).render(format)
    }

    @Test func textPutsTheTiersSideBySide() throws {
        let lines = try render(.text, .english).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Partnership levels") && $0.contains(/Authorized\s+Certified\s+Preferred$/) })
        let volume = try #require(lines.first { $0.contains("Annual sales volume (retail sales)") })
        #expect(volume.contains(/\)\s{20,}7,500 USD\s+15,000 USD$/))
        let reward = try #require(lines.first { $0.contains("Software sales rewards") })
        #expect(reward.contains(/15%\s+25%\s+25%$/))
    }

    @Test func russianUsesTheVendorsWording() throws {
        let text = try render(.text, .russian)
        #expect(text.hasPrefix("Партнерская программа Kerio\n"))
        #expect(text.contains("7\u{00A0}500 долларов") && text.contains("15\u{00A0}000 долларов"))
        #expect(text.contains("Приоритет") && text.contains("Ускоренная"))
    }

    @Test func markdownIsOneTablePerSection() throws {
        let markdown = try render(.markdown, .english)
        #expect(markdown.contains("| Annual sales volume (retail sales) |  | 7,500 USD | 15,000 USD |"))
        #expect(markdown.contains("| Partner technical support | standard | accelerated | accelerated |"))
        #expect(markdown.components(separatedBy: "| Partnership levels | Authorized | Certified | Preferred |").count == 3)
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let html = try render(.html, .russian)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"))
        #expect(html.contains("<td class=\"tick\">25%</td>"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("<script"))
    }
}
