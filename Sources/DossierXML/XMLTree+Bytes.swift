import Diagnostics

extension XMLTree {
    /// The bytes of the file at `path`, refused when larger than `limits` allow: what
    /// `parse(file:limits:schema:)` would parse, for callers that keep the bytes too.
    public static func readBytes(file path: String, limits: XMLLimits = XMLLimits()) throws(XMLFailure) -> [UInt8] {
        do {
            return try FileReader.read(path, maxBytes: limits.maxBytes)
        } catch {
            throw XMLFailure([.fileError(error.message, file: path)])
        }
    }
}
