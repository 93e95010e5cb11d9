import Programme

/// The fixed words of the managers' pages (sign-in, board, timeline, recorded report,
/// applications), in each language the pages speak. The history's own words are `HistoryStrings`.
struct ManageStrings: Sendable {
    let language: Language

    /// Every fixed phrase of the managers' pages.
    enum Key: String, CaseIterable, Sendable {
        case signInTitle, username, password, signIn, signOut, signedInAs, badCredentials, tooManyAttempts
        case board, applications, boardTitle, countsTitle, noTierCount, allTiers, filter, tierFilter, notEligibleFilter, lapsingFilter
        case pageOf, previous, next, noPartnersYet, pendingTitle, noPending, allApplications, openRecord
        case timelineOf, recordTitle, recordedBy, recordedAt, programme, programmeDigest, toolVersion, dossierDigest, file
        case storedReportNote, partnerTimeline, queueTitle, statusFilter, anyStatus, submittedAt, status, tierApplied
        case applicationTitle, decisionTitle, approve, reject, comment, decide, decidedBy, decidedAt, noApplications
        case pending, approved, rejected, applicationOf, alreadyDecided, errorTitle, backToBoard, reportMissing, open
    }

    subscript(_ key: Key) -> String {
        let pair = Self.table[key]!
        return language == .russian ? pair.ru : pair.en
    }

    static let table: [Key: (en: String, ru: String)] = [
        .signInTitle: ("Managers: sign in", "Вход для менеджеров"),
        .username: ("Name", "Имя"),
        .password: ("Password", "Пароль"),
        .signIn: ("Sign in", "Войти"),
        .signOut: ("Sign out", "Выйти"),
        .signedInAs: ("Signed in as", "Вы вошли как"),
        .badCredentials: ("The name or the password is wrong.", "Неверное имя или пароль."),
        .tooManyAttempts: (
            "Too many failed sign-ins; try again in a few minutes.",
            "Слишком много неудачных попыток входа; повторите через несколько минут."
        ),
        .board: ("Partners", "Партнёры"),
        .applications: ("Applications", "Заявки"),
        .boardTitle: ("Partners by their latest audit", "Партнёры по последнему аудиту"),
        .countsTitle: ("Partners qualifying per tier", "Партнёров по уровням"),
        .noTierCount: ("No tier", "Без уровня"),
        .allTiers: ("Every tier", "Все уровни"),
        .filter: ("Filter", "Отобрать"),
        .tierFilter: ("Qualified tier", "Уровень"),
        .notEligibleFilter: ("Not eligible for the tier applied for", "Не соответствует заявленному уровню"),
        .lapsingFilter: ("Tier lapses within (days)", "Уровень истекает в течение (дней)"),
        .pageOf: ("Page %1 of %2", "Страница %1 из %2"),
        .previous: ("Previous", "Назад"),
        .next: ("Next", "Дальше"),
        .noPartnersYet: ("No partner matches.", "Подходящих партнёров нет."),
        .pendingTitle: ("Applications waiting for review", "Заявки, ожидающие решения"),
        .noPending: ("No application is waiting.", "Ожидающих заявок нет."),
        .allApplications: ("Every application", "Все заявки"),
        .openRecord: ("Report", "Отчёт"),
        .timelineOf: ("Timeline of partner", "История партнёра"),
        .recordTitle: ("Recorded audit", "Записанный аудит"),
        .recordedBy: ("Recorded by", "Кем записано"),
        .recordedAt: ("Recorded at", "Когда записано"),
        .programme: ("Programme", "Программа"),
        .programmeDigest: ("Programme SHA-256", "SHA-256 программы"),
        .toolVersion: ("Tool version", "Версия программы аудита"),
        .dossierDigest: ("Dossier SHA-256", "SHA-256 досье"),
        .file: ("File", "Файл"),
        .storedReportNote: (
            "This audit was recorded with another programme or version of the tool, so it cannot be shown as a page: "
                + "here is the report exactly as it was recorded.",
            "Этот аудит записан с другой программой или версией инструмента, поэтому его нельзя показать страницей: "
                + "ниже отчёт точно в том виде, в каком он записан."
        ),
        .partnerTimeline: ("The partner's timeline", "История партнёра"),
        .queueTitle: ("Applications for review", "Заявки на рассмотрение"),
        .statusFilter: ("Status", "Состояние"),
        .anyStatus: ("Any status", "Любое"),
        .submittedAt: ("Submitted at", "Подана"),
        .status: ("Status", "Состояние"),
        .tierApplied: ("Tier applied for", "Заявленный уровень"),
        .applicationTitle: ("Application", "Заявка"),
        .decisionTitle: ("Decision", "Решение"),
        .approve: ("Approve", "Одобрить"),
        .reject: ("Reject", "Отклонить"),
        .comment: ("Comment for the partner", "Комментарий для партнёра"),
        .decide: ("Record the decision", "Записать решение"),
        .decidedBy: ("Decided by", "Кто решил"),
        .decidedAt: ("Decided at", "Когда решено"),
        .noApplications: ("No applications.", "Заявок нет."),
        .pending: ("pending", "ожидает решения"),
        .approved: ("approved", "одобрена"),
        .rejected: ("rejected", "отклонена"),
        .applicationOf: ("Application of", "Заявка партнёра"),
        .alreadyDecided: ("This application had already been decided.", "По этой заявке уже принято решение."),
        .errorTitle: ("The request could not be done", "Запрос выполнить не удалось"),
        .backToBoard: ("Back to the partners", "Назад к партнёрам"),
        .reportMissing: ("The dossier of this record is missing from the history.", "Досье этой записи в истории нет."),
        .open: ("Open", "Открыть"),
    ]
}
