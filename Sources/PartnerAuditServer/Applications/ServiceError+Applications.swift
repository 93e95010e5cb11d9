import HTTPTypes

/// The refusals of the applications' routes.
extension ServiceError {
    /// An application names the tier applied for; `none` or nothing is not one.
    static func tierRequired(tiers: [String]) -> ServiceError {
        let list = tiers.joined(separator: ", ")
        return ServiceError(
            .badRequest, "bad-tier",
            en: "An application for review needs the tier applied for; choose one of \(list) (tier=…).",
            ru: "В заявке на рассмотрение нужен уровень, на который вы подаёте; выберите один из: \(list) (tier=…).")
    }

    /// No application with that id, or a receipt that is missing or not its own: the same answer either way.
    static let applicationNotFound = ServiceError(
        .notFound, "not-found",
        en: "There is no application at this address, or the receipt is not its own; use the exact link given when it was submitted.",
        ru: "Заявки по этому адресу нет, или квитанция не от неё; откройте ту ссылку, которую выдали при подаче.")
}
