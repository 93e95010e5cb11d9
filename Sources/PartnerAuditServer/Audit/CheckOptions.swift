import DossierModel
import PartnerAudit
import Programme

/// What an uploader asks of a check: the query's parameters, or the form's fields of the
/// same names where the query does not give them.
struct CheckOptions: Sendable, Equatable {
    var language: Language
    var asOf: CalendarDate
    var tier: TierChoice
    var skipAttachments: Bool

    /// The tier a dossier is judged for.
    enum TierChoice: Sendable, Equatable {
        /// The dossier's `applies-for` (an absent or empty `tier`).
        case appliesFor
        /// No tier: what the dossier qualifies for and what the next tier needs (`tier=none`).
        case none
        /// This tier of the programme.
        case tier(String)
    }

    /// The options in `values`, each checked: an unknown language or tier, a date that is
    /// not `YYYY-MM-DD`, a flag that is not `true` or `false` are refused.
    static func parse(
        _ values: (String) -> String?, acceptLanguage: String?, tiers: [String], today: CalendarDate = .todayUTC
    ) throws(ServiceError) -> CheckOptions {
        func value(_ name: String) -> String? { values(name).flatMap { $0.isEmpty ? nil : $0 } }
        let language = try Language.negotiate(parameter: value("lang"), acceptLanguage: acceptLanguage)
        var asOf = today
        if let text = value("asOf") {
            guard let date = CalendarDate(text) else { throw .badDate(text) }
            asOf = date
        }
        var tier = TierChoice.appliesFor
        if let id = value("tier") {
            if tiers.contains(id) {
                tier = .tier(id)
            } else if id == "none" {
                tier = .none
            } else {
                throw .unknownTier(id, tiers: tiers)
            }
        }
        var skip = false
        if let flag = value("skipAttachments") {
            guard let parsed = Bool(flag) else { throw .badFlag(flag) }
            skip = parsed
        }
        return CheckOptions(language: language, asOf: asOf, tier: tier, skipAttachments: skip)
    }
}
