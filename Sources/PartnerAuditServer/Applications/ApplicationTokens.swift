import AttachmentSources
import Crypto
import Foundation

/// The id and the receipt of a new application. The id names it in addresses; the
/// receipt, given to the partner alone, proves the right to see it. The store keeps
/// only the receipt's SHA-256, so a copy of the store shows no receipt.
struct ApplicationTokens: Sendable {
    /// 16 random bytes, lower-case hex.
    let id: String
    /// 32 random bytes, base64url without padding.
    let receipt: String

    /// Fresh tokens from the system's cryptographically secure generator.
    init() {
        var generator = SystemRandomNumberGenerator()
        id = Self.randomBytes(16, using: &generator).lowercaseHex
        receipt = Self.base64URL(Self.randomBytes(32, using: &generator))
    }

    /// SHA-256 of a receipt in lower-case hex, as the store keeps it.
    static func receiptSHA256(_ receipt: String) -> String {
        SHA256.hash(data: Data(receipt.utf8)).lowercaseHex
    }

    /// Whether `text` has the shape of an id (anything else names no application).
    static func isID(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    // MARK: - Encodings

    private static func randomBytes(_ count: Int, using generator: inout SystemRandomNumberGenerator) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
