import Audit
import Foundation
import PartnerAudit
import Programme
import Reports
import Testing
import _TestSupport

/// `--lang ru` leaves no English: every label, status word and message of every
/// format is Russian (see `EnglishLeakDetector` for what may stay Latin).
@Suite struct RussianCompletenessTests {
    private func detector(for reports: [AuditReport], samples: [String]) -> EnglishLeakDetector {
        EnglishLeakDetector(reports: reports, dossiers: samples.map { Fixture.samples.appendingPathComponent($0) })
    }

    @Test(arguments: Fixture.sampleNames)
    func everyFormatOfEverySampleIsRussian(_ sample: String) throws {
        // `ru-skip` judges metadata only, so every attachment is listed as not checked.
        for session in ["ru", "ru-skip"] {
            let report = try Fixture.report(sample, session: session)
            let detector = detector(for: [report], samples: [sample])
            for format in Fixture.formatNames {
                let leaks = detector.leaks(in: Fixture.reporters[format]!.render(report), format: format)
                #expect(leaks.isEmpty, "\(format) of \(sample) (\(session)) has English: \(leaks)")
            }
        }
    }

    @Test(arguments: Fixture.formatNames)
    func everyBatchSummaryIsRussian(_ format: String) throws {
        let reports = try Fixture.sampleNames.map { try Fixture.report($0, session: "ru") }
        let leaks = detector(for: reports, samples: Fixture.sampleNames)
            .leaks(in: Fixture.reporters[format]!.render(batch: reports), format: format)
        #expect(leaks.isEmpty, "the \(format) batch summary has English: \(leaks)")
    }

    @Test(arguments: ProgrammeRenderer.Format.allCases)
    func theProgrammeIsRussian(_ format: ProgrammeRenderer.Format) throws {
        let output = ProgrammeRenderer(programme: try Fixture.session("ru").programme, language: .russian).render(format)
        let leaks = detector(for: [], samples: []).leaks(in: output, format: format.rawValue)
        #expect(leaks.isEmpty, "the programme in \(format) has English: \(leaks)")
    }

    @Test func everyFixedPhraseHasItsRussian() {
        let russian = ReportStrings(language: .russian)
        let english = ReportStrings(language: .english)
        let detector = detector(for: [], samples: [])
        var phrases = ReportStrings.Key.allCases.map { (russian[$0], english[$0]) }
        phrases += RequirementStatus.allCases.map { (russian.status($0), english.status($0)) }
        phrases += UncheckedEvidence.Reason.allCases.map { (russian.reason($0), english.reason($0)) }
        for (ru, en) in phrases {
            #expect(ru != en, "\"\(en)\" has no Russian")
            #expect(detector.leaks(in: ru, format: "text").isEmpty, "\"\(ru)\" is not all Russian")
        }
    }

    // MARK: - The detector itself

    @Test(arguments: Fixture.formatNames.filter { $0 != "csv" })
    func itFlagsEveryEnglishReport(_ format: String) throws {
        let sample = "fail-insufficient-kovacs.xml"
        let report = try Fixture.report(sample, session: "en")
        let leaks = detector(for: [report], samples: [sample]).leaks(in: Fixture.reporters[format]!.render(report), format: format)
        #expect(!leaks.isEmpty, "the detector sees no English in the English \(format) report")
    }

    @Test(arguments: Fixture.formatNames.filter { $0 != "csv" })
    func itFlagsOneEnglishLabelLeftInARussianReport(_ format: String) throws {
        let sample = "fail-insufficient-kovacs.xml"
        var report = try Fixture.report(sample, session: "ru")
        let requirement = report.findings[0].requirement
        func untranslated(_ finding: inout Finding) {
            guard finding.requirement == requirement else { return }
            finding.label = "Annual sales volume"
            if finding.status != .met { finding.message = "Retail sales total 6,840.50 USD" }
        }
        untranslated(&report.findings[0])
        for tier in report.tiers.indices {
            for outcome in report.tiers[tier].outcomes.indices { untranslated(&report.tiers[tier].outcomes[outcome]) }
        }
        let leaks = detector(for: [report], samples: [sample]).leaks(in: Fixture.reporters[format]!.render(report), format: format)
        #expect(leaks.contains("Annual") || leaks.contains("Retail"), "\(format): \(leaks)")
    }

    @Test func itFlagsAnEnglishWordInAPhrase() {
        let leaks = detector(for: [], samples: []).leaks(in: "Действует до 2027-06-01: lapses then", format: "text")
        #expect(leaks == ["lapses", "then"])
    }
}
