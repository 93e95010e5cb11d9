import ArgumentParser
import AuditStore
import PartnerAudit

/// `--record` and `--database`, on the commands that can record what they audit.
struct RecordOptions: ParsableArguments {
    @Flag(help: "Record every audited dossier (invalid ones too) in the history.")
    var record = false

    @OptionGroup var database: DatabaseOption

    /// The words said on standard error about what recording did.
    static func summary(_ tally: BatchRecorder.Tally, unreadable: Int, location: StoreLocation) -> String {
        var parts = ["\(tally.recorded) recorded"]
        if tally.alreadyRecorded > 0 { parts.append("\(tally.alreadyRecorded) already recorded (kept as first recorded)") }
        if unreadable > 0 { parts.append("\(unreadable) not recorded (file unreadable)") }
        return parts.joined(separator: ", ") + " in \(location)"
    }
}
