/// The messages an attachment source writes into a dossier's errors, in each language
/// the reports speak.
struct AttachmentMessages {
    let language: String

    func linkLeavesFolder(_ path: String) -> String {
        language == "ru"
            ? "вложение «\(path)» — символическая ссылка, ведущая за пределы папки досье"
            : "attachment \"\(path)\" is a symbolic link leading outside the dossier's folder"
    }
}
