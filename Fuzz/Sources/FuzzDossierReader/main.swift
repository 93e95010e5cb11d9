import CFuzzerDriver
import Foundation
import PartnerAudit

/// The shipped dossier schema, compiled once for every input.
let reader = try! DossierReader.shipped()
/// Where each input is written to be read as a file, through the streaming path.
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-dossier-\(ProcessInfo.processInfo.processIdentifier).xml")

/// One input: the bytes of a dossier, read in memory (as an upload) and as a file (as a
/// batch reads it). Each must end as a dossier or as errors naming at least one problem,
/// never a crash, a leak or a hang, and both must agree on validity.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        let uploaded = reader.read(bytes: bytes, named: scratch.path)
        precondition(uploaded.dossier != nil || !uploaded.errors.isEmpty, "a refused upload names no error")
        try! Data(bytes).write(to: scratch)
        let streamed = reader.read(file: scratch.path)
        precondition(streamed.dossier != nil || !streamed.errors.isEmpty, "a refused file names no error")
        precondition(streamed.isValid == uploaded.isValid, "the file and the upload disagree on validity")
        return 0
    })
