import Programme

/// The fixed words of the server's own pages (the form, the error page, the navigation),
/// in each language the pages speak. The reports' words are `ReportStrings`.
struct PageStrings: Sendable {
    let language: Language

    /// Every fixed phrase of the pages.
    enum Key: String, CaseIterable, Sendable {
        case selfCheck, programme, pageTitle, intro, dossierLegend, dossierLabel, dossierHint
        case attachmentsLabel, attachmentsHint, or, bundleLabel, bundleHint, auditLegend, tierLabel, tierAppliesFor
        case tierNone, asOfLabel, languageLabel, skipLabel, submit, dossierTooLarge, limitsNote
        case errorTitle, errorHeadline, back, apiNote
    }

    subscript(_ key: Key) -> String {
        let pair = Self.table[key]!
        return language == .russian ? pair.ru : pair.en
    }

    /// The name of each language, in itself.
    static func name(of language: Language) -> String {
        language == .russian ? "Русский" : "English"
    }

    /// The note on the limits of an upload.
    func limits(_ limits: UploadLimits) -> String {
        let dossier = ServiceError.mebibytes(limits.maxDossierBytes, ru: language == .russian)
        let body = ServiceError.mebibytes(limits.maxBodyBytes, ru: language == .russian)
        return language == .russian
            ? "Досье — не больше \(dossier), вся загрузка — не больше \(body), не больше \(limits.maxAttachments) вложений."
            : "A dossier of at most \(dossier), at most \(body) in all, at most \(limits.maxAttachments) attachments."
    }

    static let table: [Key: (en: String, ru: String)] = [
        .selfCheck: ("Self-check", "Самопроверка"),
        .programme: ("Programme", "Программа"),
        .pageTitle: ("Partner self-check", "Самопроверка партнёра"),
        .intro: (
            "Upload your dossier to see the tier it qualifies for and what is still missing. Nothing you upload is kept.",
            "Загрузите досье, чтобы узнать, какому уровню оно соответствует и чего ещё не хватает. Загруженное не сохраняется."
        ),
        .dossierLegend: ("Dossier and attachments", "Досье и вложения"),
        .dossierLabel: ("Dossier (XML)", "Досье (XML)"),
        .dossierHint: ("The dossier file itself.", "Сам файл досье."),
        .attachmentsLabel: ("Attachments", "Вложения"),
        .attachmentsHint: (
            "The files the dossier names (contracts, certificates, screenshots); each file's name must be the path the dossier gives it.",
            "Файлы, которые называет досье (договоры, сертификаты, снимки экрана); имя каждого файла — путь, указанный в досье."
        ),
        .or: ("or", "или"),
        .bundleLabel: ("ZIP bundle", "ZIP-архив"),
        .bundleHint: (
            "One ZIP with the dossier at its top level and the attachments at the paths the dossier gives them.",
            "Один ZIP-архив: досье в корне, вложения — по путям, указанным в досье."
        ),
        .auditLegend: ("Audit", "Аудит"),
        .tierLabel: ("Tier", "Уровень"),
        .tierAppliesFor: ("The tier the dossier applies for", "Уровень, на который подаёт досье"),
        .tierNone: ("None: what it qualifies for, and what the next tier needs", "Никакой: чему соответствует и что нужно для следующего"),
        .asOfLabel: ("Audit date", "Дата аудита"),
        .languageLabel: ("Report language", "Язык отчёта"),
        .skipLabel: ("Judge the dossier's data only, without opening attachments", "Оценить только данные досье, не открывая вложения"),
        .submit: ("Check", "Проверить"),
        .dossierTooLarge: ("This dossier is larger than the service accepts.", "Это досье больше, чем принимает сервис."),
        .limitsNote: ("Limits", "Ограничения"),
        .errorTitle: ("The upload could not be checked", "Загрузку проверить не удалось"),
        .errorHeadline: ("What to change", "Что исправить"),
        .back: ("Back to the self-check form", "Назад к форме самопроверки"),
        .apiNote: ("Scripts can use the JSON API described in", "Скрипты могут пользоваться JSON API, описанным в"),
    ]
}
