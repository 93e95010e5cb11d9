import HTTPTypes

// MARK: - Managers' refusals

extension ServiceError {
    /// Every code the managers' side answers with, for the OpenAPI document and the tests.
    static let managerCodes = [
        "not-signed-in", "bad-credentials", "too-many-attempts", "bad-csrf", "bad-login", "bad-filter", "bad-decision",
        "already-decided", "store-unavailable", "cross-site",
    ]

    static let notSignedIn = ServiceError(
        .unauthorized, "not-signed-in",
        en: "Sign in first: POST /api/v1/login with your name and password, then send the session cookie it sets.",
        ru: "Сначала войдите: POST /api/v1/login с именем и паролем, затем отправляйте полученный cookie сеанса.")

    static let badCredentials = ServiceError(
        .unauthorized, "bad-credentials",
        en: "The name or the password is wrong.",
        ru: "Неверное имя или пароль.")

    static func tooManyAttempts(retryAfter seconds: Int) -> ServiceError {
        var error = ServiceError(
            .tooManyRequests, "too-many-attempts",
            en: "Too many failed sign-ins for this name or from this address; try again in \(seconds) s.",
            ru: "Слишком много неудачных попыток входа для этого имени или с этого адреса; повторите через \(seconds) с.")
        error.headers[.retryAfter] = String(seconds)
        return error
    }

    static let badCSRF = ServiceError(
        .forbidden, "bad-csrf",
        en: "The request does not carry this session's CSRF token; reload the page and send the form again "
            + "(scripts: send the csrfToken of the sign-in in the X-CSRF-Token header).",
        ru: "В запросе нет CSRF-токена этого сеанса; обновите страницу и отправьте форму снова "
            + "(скриптам: передайте csrfToken, полученный при входе, в заголовке X-CSRF-Token).")

    static let crossSite = ServiceError(
        .forbidden, "cross-site",
        en: "This sign-in was sent from a page of another site; open the sign-in page of this server and sign in there.",
        ru: "Этот вход отправлен со страницы другого сайта; откройте страницу входа этого сервера и войдите там.")

    static let badLogin = ServiceError(
        .badRequest, "bad-login",
        en: "Send the sign-in as JSON: {\"username\": \"…\", \"password\": \"…\"}.",
        ru: "Отправьте данные для входа в JSON: {\"username\": \"…\", \"password\": \"…\"}.")

    static func badFilter(_ name: String, _ value: String, expected: String) -> ServiceError {
        ServiceError(
            .badRequest, "bad-filter",
            en: "\(name)=\(value) cannot be used: \(expected).",
            ru: "\(name)=\(value) использовать нельзя: \(expected).")
    }

    static let badDecision = ServiceError(
        .badRequest, "bad-decision",
        en: "A decision is approve or reject, with a comment of at most \(Decisions.maxCommentLength) characters.",
        ru: "Решение — approve или reject, с комментарием не длиннее \(Decisions.maxCommentLength) символов.")

    static func alreadyDecided(by manager: String, at date: String) -> ServiceError {
        ServiceError(
            .conflict, "already-decided",
            en: "This application was decided by \(manager) at \(date); a decision cannot be changed.",
            ru: "По этой заявке уже решил(а) \(manager) в \(date); решение изменить нельзя.")
    }

    static func nothingHere(_ path: String) -> ServiceError {
        ServiceError(
            .notFound, "not-found",
            en: "There is nothing at \(path) in the history.",
            ru: "По адресу \(path) в истории ничего нет.")
    }

    static let storeUnavailable = ServiceError(
        .serviceUnavailable, "store-unavailable",
        en: "The history could not be read or written; try again shortly.",
        ru: "Не удалось прочитать или записать историю; повторите чуть позже.")
}
