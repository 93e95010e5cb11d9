import HTTPTypes
import Programme

/// Why a request was refused: its status, a stable code, and a message in each
/// language saying what to change. Answered as `{"error": {"status", "code", "message"}}`,
/// or, to the self-check form, as a page.
public struct ServiceError: Error, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    let english: String
    let russian: String
    /// Headers the answer carries (`Retry-After`, `Allow`).
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ code: String, en: String, ru: String) {
        self.status = status
        self.code = code
        self.english = en
        self.russian = ru
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        language == .russian ? russian : english
    }

    /// Every code the service answers with, for the OpenAPI document and the tests.
    static let codes = [
        "bad-lang", "bad-as-of", "bad-tier", "bad-skip-attachments", "bad-multipart", "no-dossier", "two-dossiers",
        "dossier-and-bundle", "bad-attachment-name", "duplicate-attachment", "too-many-attachments", "bad-bundle",
        "body-too-large", "dossier-too-large", "bundle-too-large", "unsupported-media-type", "busy", "not-found",
        "method-not-allowed", "bad-request", "internal",
    ]
}

// MARK: - The request's parameters

extension ServiceError {
    static func badLanguage(_ value: String) -> ServiceError {
        ServiceError(
            .badRequest, "bad-lang",
            en: "lang=\(value) is not a language of this service; use lang=en or lang=ru.",
            ru: "lang=\(value) — такого языка здесь нет; укажите lang=en или lang=ru.")
    }

    static func badDate(_ value: String) -> ServiceError {
        ServiceError(
            .badRequest, "bad-as-of",
            en: "asOf=\(value) is not a date; give the audit date as YYYY-MM-DD, e.g. 2026-11-24, or leave it out for today.",
            ru: "asOf=\(value) — не дата; укажите дату аудита в виде ГГГГ-ММ-ДД, например 2026-11-24, или не указывайте её (сегодня).")
    }

    static func unknownTier(_ value: String, tiers: [String]) -> ServiceError {
        let list = tiers.joined(separator: ", ")
        return ServiceError(
            .badRequest, "bad-tier",
            en:
                "tier=\(value) is not a tier of this programme; choose one of \(list), none, or leave it out for the dossier's applies-for.",
            ru:
                "tier=\(value) — такого уровня в программе нет; выберите один из: \(list), none, или не указывайте (уровень из applies-for досье)."
        )
    }

    static func badFlag(_ value: String) -> ServiceError {
        ServiceError(
            .badRequest, "bad-skip-attachments",
            en: "skipAttachments=\(value) is neither true nor false.",
            ru: "skipAttachments=\(value) — допустимо только true или false.")
    }
}

// MARK: - The body

extension ServiceError {
    static func unsupportedMediaType(_ value: String?) -> ServiceError {
        ServiceError(
            .unsupportedMediaType, "unsupported-media-type",
            en: "A body of type \(value ?? "(none)") cannot be checked; send multipart/form-data, application/xml or text/xml.",
            ru: "Тело типа \(value ?? "(не указан)") проверить нельзя; отправьте multipart/form-data, application/xml или text/xml.")
    }

    static let badMultipart = ServiceError(
        .badRequest, "bad-multipart",
        en: "The multipart body is malformed or ends early; send the form again.",
        ru: "Тело multipart повреждено или оборвано; отправьте форму ещё раз.")

    static let noDossier = ServiceError(
        .badRequest, "no-dossier",
        en: "No dossier was uploaded; add the dossier XML file as the part named dossier (or a ZIP as bundle).",
        ru: "Досье не загружено; добавьте XML-файл досье частью с именем dossier (или ZIP-архив частью bundle).")

    static let twoDossiers = ServiceError(
        .badRequest, "two-dossiers",
        en: "More than one dossier was uploaded; send exactly one part named dossier.",
        ru: "Загружено больше одного досье; отправьте ровно одну часть с именем dossier.")

    static let twoBundles = ServiceError(
        .badRequest, "bad-bundle",
        en: "More than one bundle was uploaded; send one ZIP bundle.",
        ru: "Загружено несколько архивов; отправьте один ZIP-архив.")

    static let dossierAndBundle = ServiceError(
        .badRequest, "dossier-and-bundle",
        en: "Both a dossier and a bundle were uploaded; send either the dossier with its attachments, or one ZIP bundle.",
        ru: "Загружены и досье, и архив; отправьте либо досье с вложениями, либо один ZIP-архив.")

    static func badAttachmentName(_ problem: String) -> ServiceError {
        ServiceError(
            .badRequest, "bad-attachment-name",
            en: "An attachment's file name breaks the dossier format's path rules: \(problem). "
                + "Name each attachment by the path the dossier gives it.",
            ru: "Имя файла вложения нарушает правила путей формата досье: \(problem). Назовите каждое вложение путём, указанным в досье.")
    }

    static func duplicateAttachment(_ path: String) -> ServiceError {
        ServiceError(
            .badRequest, "duplicate-attachment",
            en: "The attachment \"\(path)\" was uploaded twice, or clashes with another file's path; upload each file once.",
            ru: "Вложение «\(path)» загружено дважды или совпадает с путём другого файла; загрузите каждый файл один раз.")
    }

    static func tooManyAttachments(_ limit: Int) -> ServiceError {
        ServiceError(
            .badRequest, "too-many-attachments",
            en: "More than \(limit) attachments were uploaded; send at most \(limit).",
            ru: "Загружено больше \(limit) вложений; отправьте не больше \(limit).")
    }
}

// MARK: - Sizes and load

extension ServiceError {
    static func bodyTooLarge(_ limit: Int) -> ServiceError {
        ServiceError(
            .contentTooLarge, "body-too-large",
            en: "The upload is larger than \(mebibytes(limit)); send less at once.",
            ru: "Загрузка больше \(mebibytes(limit, ru: true)); отправьте меньше за раз.")
    }

    static func dossierTooLarge(_ limit: Int) -> ServiceError {
        ServiceError(
            .contentTooLarge, "dossier-too-large",
            en: "The dossier is larger than \(mebibytes(limit)); a dossier that large cannot be checked here.",
            ru: "Досье больше \(mebibytes(limit, ru: true)); такое большое досье здесь проверить нельзя.")
    }

    static func busy(retryAfter seconds: Int) -> ServiceError {
        var error = ServiceError(
            .serviceUnavailable, "busy",
            en: "Too many checks are waiting; try again in \(seconds) s.",
            ru: "Слишком много проверок в очереди; повторите через \(seconds) с.")
        error.headers[.retryAfter] = String(seconds)
        return error
    }

    static func notFound(_ path: String) -> ServiceError {
        ServiceError(
            .notFound, "not-found",
            en: "There is nothing at \(path); the self-check page is at /, the API under /api/v1 (see /openapi.json).",
            ru: "По адресу \(path) ничего нет; страница самопроверки — /, API — /api/v1 (см. /openapi.json).")
    }

    static func methodNotAllowed(_ method: String, path: String, allowed: [String]) -> ServiceError {
        var error = ServiceError(
            .methodNotAllowed, "method-not-allowed",
            en: "\(path) does not answer \(method); use \(allowed.joined(separator: " or ")).",
            ru: "\(path) не отвечает на \(method); используйте \(allowed.joined(separator: " или ")).")
        error.headers[.allow] = allowed.joined(separator: ", ")
        return error
    }

    static func unreadableRequest(_ status: HTTPResponse.Status) -> ServiceError {
        ServiceError(
            status, "bad-request",
            en: "The request could not be read (\(status.code) \(status.reasonPhrase)); send it again.",
            ru: "Запрос прочитать не удалось (\(status.code)); отправьте его ещё раз.")
    }

    static let internalError = ServiceError(
        .internalServerError, "internal",
        en: "The check failed on the server's side; try again, and tell the vendor if it keeps failing.",
        ru: "Проверка не удалась по вине сервера; повторите, а если ошибка повторяется, сообщите вендору.")

    /// "16 MiB", or "16 МиБ".
    static func mebibytes(_ bytes: Int, ru: Bool = false) -> String {
        let unit = ru ? "МиБ" : "MiB"
        return bytes % UploadLimits.mebibyte == 0 ? "\(bytes / UploadLimits.mebibyte) \(unit)" : "\(bytes) \(ru ? "байт" : "bytes")"
    }
}
