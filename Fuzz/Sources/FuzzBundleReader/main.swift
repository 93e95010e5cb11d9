import AttachmentSources
import CFuzzerDriver
import Foundation

/// One input: the bytes of a ZIP bundle, read in memory with the service's limits. It
/// must end as a bundle or a refusal, never a crash, a leak or a hang.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        let bytes = data.map { Data(bytes: $0, count: count) } ?? Data()
        if let bundle = try? BundleReader().read(bytes) {
            precondition(!bundle.dossierName.isEmpty, "a bundle without a dossier name")
        }
        return 0
    })
