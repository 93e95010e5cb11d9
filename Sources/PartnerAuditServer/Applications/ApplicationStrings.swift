import AuditStore
import Programme

/// The fixed words of the partner's side of applications: the form's second button and
/// the status page, in each language the pages speak.
struct ApplicationStrings: Sendable {
    let language: Language

    /// Every fixed phrase.
    enum Key: String, CaseIterable, Sendable {
        case submitForReview, submitHint, title, heading, tier, submittedAt, decidedAt, comment, noComment
        case pending, approved, rejected, pendingNote, approvedNote, rejectedNote, keepLink, otherProgramme
    }

    subscript(_ key: Key) -> String {
        let pair = Self.table[key]!
        return language == .russian ? pair.ru : pair.en
    }

    /// The name of a status.
    func status(_ status: ApplicationStatus) -> String {
        switch status {
        case .pending: self[.pending]
        case .approved: self[.approved]
        case .rejected: self[.rejected]
        }
    }

    /// What a status means to the partner.
    func note(_ status: ApplicationStatus) -> String {
        switch status {
        case .pending: self[.pendingNote]
        case .approved: self[.approvedNote]
        case .rejected: self[.rejectedNote]
        }
    }

    static let table: [Key: (en: String, ru: String)] = [
        .submitForReview: ("Submit for review", "Подать на рассмотрение"),
        .submitHint: (
            "Submitting records this audit and sends it, for the tier chosen above, to the partner managers for a decision.",
            "Подача сохраняет этот аудит и передаёт его менеджерам партнёрской программы на решение по выбранному выше уровню."
        ),
        .title: ("Application for review", "Заявка на рассмотрение"),
        .heading: ("Your application", "Ваша заявка"),
        .tier: ("Tier applied for", "Запрошенный уровень"),
        .submittedAt: ("Submitted", "Подана"),
        .decidedAt: ("Decided", "Решение принято"),
        .comment: ("Manager's comment", "Комментарий менеджера"),
        .noComment: ("(no comment)", "(без комментария)"),
        .pending: ("Pending", "На рассмотрении"),
        .approved: ("Approved", "Одобрена"),
        .rejected: ("Rejected", "Отклонена"),
        .pendingNote: (
            "A partner manager has not decided yet; come back to this page later.",
            "Менеджер ещё не принял решения; загляните на эту страницу позже."
        ),
        .approvedNote: ("A partner manager approved the application.", "Менеджер одобрил заявку."),
        .rejectedNote: (
            "A partner manager rejected the application; the comment says why. You may submit a corrected dossier.",
            "Менеджер отклонил заявку; причина — в комментарии. Можно подать исправленное досье."
        ),
        .keepLink: (
            "Keep the address of this page: its receipt is the only way to see the application, and it is not shown again.",
            "Сохраните адрес этой страницы: квитанция в нём — единственный способ увидеть заявку, и повторно её не покажут."
        ),
        .otherProgramme: (
            "The audit was recorded against another version of the programme than this server's; only its verdict is shown here.",
            "Аудит записан по другой версии программы, чем у этого сервера; здесь показан только его итог."
        ),
    ]
}
