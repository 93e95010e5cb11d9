import AuditStore
import Programme

/// The fixed words of the history's listings (`history`, `partners`, `changes`, `reaudit`), in English and Russian.
public struct HistoryStrings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public enum Key: String, CaseIterable, Sendable {
        case historyOf, noRecords, partnersTitle, noPartners, changesTitle, noChanges, reauditTitle, nothingToReaudit
        case partner, name, asOf, recordedAt, recordedBy, dossier, applied, qualified, eligible, holdsUntil, changed
        case before, after, change, recorded, reaudited, verdict, holds, lapses, noTier, yes, no, invalid, none
    }

    public subscript(_ key: Key) -> String {
        let pair = Self.table[key] ?? (key.rawValue, key.rawValue)
        return language == .russian ? pair.ru : pair.en
    }

    /// A change as people read it.
    public func kind(_ kind: ChangeKind) -> String {
        let pair = Self.kinds[kind] ?? (kind.rawValue, kind.rawValue)
        return language == .russian ? pair.ru : pair.en
    }

    static let table: [Key: (en: String, ru: String)] = [
        .historyOf: ("History of partner", "История партнёра"),
        .noRecords: ("No records.", "Записей нет."),
        .partnersTitle: ("Partners, by their latest record", "Партнёры по последней записи"),
        .noPartners: ("No partners match.", "Подходящих партнёров нет."),
        .changesTitle: ("Changes", "Изменения"),
        .noChanges: ("No changes.", "Изменений нет."),
        .reauditTitle: ("Re-audit of the latest recorded dossiers as of", "Повторная проверка последних записанных досье на дату"),
        .nothingToReaudit: ("Nothing recorded to re-audit.", "Нет записанных досье для повторной проверки."),
        .partner: ("Partner", "Партнёр"),
        .name: ("Name", "Название"),
        .asOf: ("As of", "На дату"),
        .recordedAt: ("Recorded at", "Записано"),
        .recordedBy: ("Recorded by", "Кем записано"),
        .dossier: ("Dossier SHA-256", "SHA-256 досье"),
        .applied: ("Applied", "Заявлен"),
        .qualified: ("Qualified", "Квалифицирован"),
        .eligible: ("Eligible", "Соответствует"),
        .holdsUntil: ("Holds until", "Действует до"),
        .changed: ("Changed", "Изменилось"),
        .before: ("Before", "Было"),
        .after: ("After", "Стало"),
        .change: ("Change", "Изменение"),
        .recorded: ("Recorded", "Записано"),
        .reaudited: ("Re-audited", "При повторной проверке"),
        .verdict: ("Verdict", "Итог"),
        .holds: ("holds", "сохраняется"),
        .lapses: ("lapses", "утрачивается"),
        .noTier: ("none", "нет"),
        .yes: ("yes", "да"),
        .no: ("no", "нет"),
        .invalid: ("invalid dossier", "недействительное досье"),
        .none: ("—", "—"),
    ]

    static let kinds: [ChangeKind: (en: String, ru: String)] = [
        .tierUp: ("tier up", "уровень повышен"),
        .tierDown: ("tier down", "уровень понижен"),
        .becameEligible: ("became eligible", "стал соответствовать"),
        .becameNotEligible: ("became not eligible", "перестал соответствовать"),
        .new: ("new", "новый"),
    ]
}
