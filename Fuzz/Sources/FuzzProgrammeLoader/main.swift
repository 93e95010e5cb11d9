import CFuzzerDriver
import DossierXML
import PartnerAudit
import Programme

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `program.xsd`, compiled once for every input.
let loader = ProgrammeLoader(schema: try! XMLSchema(file: SchemaLocator.directory().get().appendingPathComponent("program.xsd").path))

/// One input: the bytes of a programme file. Any outcome but a crash, a leak or a hang is
/// fine; a refusal must name at least one error.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        if case .failure(let failure) = loader.load(bytes: bytes, file: "input.xml") {
            precondition(!failure.diagnostics.isEmpty, "a refused programme names no error")
        }
        return 0
    })
