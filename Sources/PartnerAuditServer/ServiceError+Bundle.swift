import AttachmentSources
import HTTPTypes

extension ServiceError {
    /// A refused bundle: 413 when it is refused for its size (too many entries, too large
    /// once expanded, a ZIP bomb), else 400; the message says why, in both languages.
    static func refusedBundle(_ error: BundleError) -> ServiceError {
        let russian: String
        switch error {
        case .unreadable: russian = "архив не читается."
        case .notAZip: russian = "это не ZIP-архив, или он оборван."
        case .unsupported(let feature): russian = "в архиве есть \(feature), чего здесь не читают; упакуйте файлы заново без этого."
        case .archiveTooLarge(let limit): russian = "архив больше \(mebibytes(limit, ru: true))."
        case .damaged(let entry): russian = "элемент «\(entry)» повреждён и не распаковывается."
        case .tooManyEntries(let limit): russian = "в архиве больше \(limit) элементов."
        case .tooLarge(let limit): russian = "в распакованном виде архив больше \(mebibytes(limit, ru: true))."
        case .bombRatio(let entry, let limit): russian = "элемент «\(entry)» распаковывается больше чем в \(limit) раз (ZIP-бомба)."
        case .sizeMismatch(let entry): russian = "элемент «\(entry)» распаковывается в больше байт, чем заявляет."
        case .link(let entry): russian = "элемент «\(entry)» — символическая ссылка; положите в архив сам файл."
        case .unsafeName(let entry, _): russian = "небезопасное имя элемента «\(entry)» (абсолютный путь, .. или выход за папку досье)."
        case .duplicateName(let entry): russian = "элемент «\(entry)» встречается дважды."
        case .noDossier: russian = "в архиве нет досье: положите один файл *.xml в его корень."
        case .severalDossiers(let names):
            russian = "в корне архива \(names.count) досье (\(names.joined(separator: ", "))); оставьте ровно одно."
        }
        let english = error.description.prefix(1).uppercased() + error.description.dropFirst() + "."
        return error.exceedsLimit
            ? ServiceError(.contentTooLarge, "bundle-too-large", en: english, ru: "Архив слишком велик: " + russian)
            : ServiceError(.badRequest, "bad-bundle", en: english, ru: "Архив использовать нельзя: " + russian)
    }
}
