import Programme

/// The messages an attachment source writes into a dossier's errors, in each language
/// the reports speak.
struct AttachmentMessages {
    let language: Language

    func linkLeavesFolder(_ path: String) -> String {
        language == .russian
            ? "вложение «\(path)» — символическая ссылка, ведущая за пределы папки досье"
            : "attachment \"\(path)\" is a symbolic link leading outside the dossier's folder"
    }
}
