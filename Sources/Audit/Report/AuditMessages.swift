import Programme

/// The few messages the auditor itself writes (the rest come from the programme
/// file), in each language the reports speak.
struct AuditMessages {
    let language: Language

    func programmeMismatch(dossier: String, audited: String) -> String {
        language == .russian
            ? "досье подано для программы «\(dossier)»; оно проверяется по программе «\(audited)»"
            : "the dossier is for programme \"\(dossier)\"; it is audited against \"\(audited)\""
    }

    func unknownTier(_ tier: String, programme: String, tiers: [String]) -> String {
        language == .russian
            ? "заявка на уровень «\(tier)», которого нет в программе «\(programme)» (ее уровни: \(tiers.joined(separator: ", ")))"
            : "applies for tier \"\(tier)\", which programme \"\(programme)\" does not have (its tiers: \(tiers.joined(separator: ", ")))"
    }
}
