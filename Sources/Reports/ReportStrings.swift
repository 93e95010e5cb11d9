import Audit
import Diagnostics
import DossierModel
import Programme

/// The fixed words of every report format, in each language the reports speak.
/// Labels and messages of requirements, tiers and benefits come from the programme file.
public struct ReportStrings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private var russian: Bool { language == .russian }

    /// Every fixed phrase, English and Russian.
    public enum Key: String, CaseIterable, Sendable {
        case dossier, partner, qualifiesFor, noTier, appliedFor, notApplied, selfCheckNote, invalidDossier
        case errors, warnings, missingFor, stillNeeds, topTierReached, howToFix, line, column, holdsUntil, neverLapses
        case benefitsOf, benefit, value, evidenceNotChecked, tierProgress, requirement, status, met, notMet
        case summary, dossiers, oneDossier, totalsPerTier, invalid, tier, count, missing, notEligibleList, generatedBy
        case applied, qualified, file, message, total, dossierValid, dossierErrorRule, dossierWarningRule
        case error, warning, auditedOn, allDossiers
    }

    /// The phrase in the report's language.
    public subscript(_ key: Key) -> String {
        let pair = Self.table[key] ?? (key.rawValue, key.rawValue)
        return russian ? pair.ru : pair.en
    }

    /// The status word as people read it ("not yet valid", «ещё не действует»).
    public func status(_ status: RequirementStatus) -> String {
        let pair = Self.statuses[status] ?? (status.rawValue, status.rawValue)
        return russian ? pair.ru : pair.en
    }

    /// Where a report stands: «eligible», «self-check», …
    func standing(_ standing: Standing) -> String {
        let pair = Self.standings[standing] ?? (standing.rawValue, standing.rawValue)
        return russian ? pair.ru : pair.en
    }

    /// Why an attached file was not checked.
    public func reason(_ reason: UncheckedEvidence.Reason) -> String {
        let pair = Self.reasons[reason] ?? (reason.rawValue, reason.rawValue)
        return russian ? pair.ru : pair.en
    }

    /// `error` or `warning`.
    func severity(_ diagnostic: Diagnostic) -> String {
        diagnostic.severity == .error ? self[.error] : self[.warning]
    }

    // MARK: - Composed phrases

    /// A tier label as a sentence names it: plain in English, in «» in Russian.
    public func quoted(_ label: String) -> String {
        russian ? "«\(label)»" : label
    }

    /// "line 24, column 15".
    public func location(line: Int, column: Int? = nil) -> String {
        "\(self[.line]) \(line)" + (column.map { ", \(self[.column]) \($0)" } ?? "")
    }

    /// The sentence saying when the qualified tier lapses, and through which requirement.
    public func holds(tier: String, until date: CalendarDate, requirement: String) -> String {
        russian
            ? "Уровень «\(tier)» действует до \(date): с этого дня перестает выполняться требование «\(requirement)», если не представить новых документов."
            : "\(tier) holds until \(date): on that day \(requirement) stops being met, unless something new is submitted."
    }

    /// The sentence for a qualified tier nothing on file makes lapse.
    public func neverLapses(tier: String) -> String {
        russian
            ? "Уровень «\(tier)»: ни один из представленных документов не истекает."
            : "\(tier): nothing on file lapses."
    }

    /// What the tier above the qualified one still needs, in plain words.
    public func nextTierNeeds(tier: String, gaps: [String]) -> String {
        russian
            ? "Для следующего уровня, «\(tier)», нужно: \(gaps.joined(separator: "; "))."
            : "To reach the next tier, \(tier): \(gaps.joined(separator: "; "))."
    }

    /// The heading of the dashboard list of tiers that lapse soon.
    public func lapsingWithin(days: Int) -> String {
        russian ? "Уровень истекает в ближайшие \(self.days(days))" : "Tier lapsing within \(self.days(days))"
    }

    /// "1 day", "30 days"; «1 день», «3 дня», «30 дней».
    public func days(_ count: Int) -> String {
        guard russian else { return count == 1 ? "1 day" : "\(count) days" }
        let lastTwo = count % 100
        let last = count % 10
        let word = (11...14).contains(lastTwo) ? "дней" : last == 1 ? "день" : (2...4).contains(last) ? "дня" : "дней"
        return "\(count) \(word)"
    }

    /// A currency as amounts are written with it: `USD`, or «долларов США» in Russian
    /// (the vendor's own wording); other codes as they are.
    public func currency(_ code: String) -> String {
        russian && code == "USD" ? "долларов США" : code
    }

    // MARK: - Tables

    static let statuses: [RequirementStatus: (en: String, ru: String)] = [
        .met: ("met", "выполнено"),
        .missing: ("missing", "отсутствует"),
        .unsigned: ("unsigned", "не подписано"),
        .notYetValid: ("not yet valid", "ещё не действует"),
        .expired: ("expired", "истёк срок действия"),
        .mismatch: ("mismatch", "не соответствует"),
        .notVisible: ("not visible", "не видна"),
        .stale: ("stale", "устарело"),
        .insufficient: ("insufficient", "недостаточно"),
        .unverifiable: ("unverifiable", "невозможно проверить"),
        .tampered: ("tampered", "файл изменён"),
    ]

    static let standings: [Standing: (en: String, ru: String)] = [
        .eligible: ("eligible", "соответствует"),
        .notEligible: ("not eligible", "не соответствует"),
        .selfCheck: ("self-check", "самопроверка"),
        .invalid: ("invalid", "недействительно"),
    ]

    static let reasons: [UncheckedEvidence.Reason: (en: String, ru: String)] = [
        .noDigest: ("the dossier gives no SHA-256 to compare the file with", "в досье не указана контрольная сумма SHA-256 для сравнения"),
        .notFound: ("file not found", "файл не найден"),
        .notReadable: ("file not readable", "файл не читается"),
        .skipped: ("not opened (--skip-attachments)", "файл не открывался (--skip-attachments)"),
    ]

    static let table: [Key: (en: String, ru: String)] = [
        .dossier: ("Dossier", "Досье"),
        .partner: ("Partner", "Партнер"),
        .qualifiesFor: ("Qualifies for", "Соответствует уровню"),
        .noTier: ("no tier", "ни одному уровню"),
        .appliedFor: ("Applied for", "Заявка на уровень"),
        .notApplied: ("no tier applied for", "заявка на уровень не подана"),
        .selfCheckNote: (
            "No tier was applied for, so this is a self-check, not a failure.",
            "Заявка на уровень не подана: это самопроверка, а не отказ."
        ),
        .invalidDossier: (
            "The dossier is not valid, so it is not eligible for any tier. Fix these errors first:",
            "Досье недействительно и не дает права ни на один уровень. Сначала исправьте эти ошибки:"
        ),
        .errors: ("Errors", "Ошибки"),
        .warnings: ("Warnings", "Предупреждения"),
        .missingFor: ("What is missing for", "Чего не хватает для уровня"),
        .stillNeeds: ("What is still needed for", "Что еще нужно для уровня"),
        .topTierReached: ("This is the programme's highest tier.", "Это высший уровень программы."),
        .howToFix: ("To fix", "Что сделать"),
        .line: ("line", "строка"),
        .column: ("column", "столбец"),
        .holdsUntil: ("Holds until", "Действует до"),
        .neverLapses: ("does not lapse", "не истекает"),
        .benefitsOf: ("Benefits of", "Преимущества уровня"),
        .benefit: ("Benefit", "Преимущество"),
        .value: ("Value", "Значение"),
        .evidenceNotChecked: ("Evidence not checked", "Непроверенные документы"),
        .tierProgress: ("Tier progress", "Выполнение требований по уровням"),
        .requirement: ("Requirement", "Требование"),
        .status: ("Status", "Статус"),
        .met: ("met", "выполнено"),
        .notMet: ("not met", "не выполнено"),
        .summary: ("Audit summary", "Сводка проверки"),
        .dossiers: ("dossiers", "досье"),
        .oneDossier: ("dossier", "досье"),
        .totalsPerTier: ("Totals per tier", "Итоги по уровням"),
        .invalid: ("invalid", "недействительно"),
        .tier: ("Tier", "Уровень"),
        .count: ("Count", "Количество"),
        .missing: ("Missing", "Не хватает"),
        .notEligibleList: ("Not eligible for the tier applied for", "Не соответствуют уровню заявки"),
        .generatedBy: ("Generated by partner-audit", "Создано программой partner-audit"),
        .applied: ("Applied", "Заявка"),
        .qualified: ("Qualified", "Уровень"),
        .file: ("File", "Файл"),
        .message: ("Message", "Сообщение"),
        .total: ("Total", "Всего"),
        .dossierValid: ("The dossier can be audited", "Досье пригодно для проверки"),
        .dossierErrorRule: (
            "The dossier has an error that keeps it from being audited", "В досье есть ошибка, из-за которой его нельзя проверить"
        ),
        .dossierWarningRule: ("Something about the dossier worth knowing", "Замечание к досье"),
        .error: ("error", "ошибка"),
        .warning: ("warning", "предупреждение"),
        .auditedOn: ("audited on", "проверено на"),
        .allDossiers: ("Dossiers", "Все досье"),
    ]
}
