import Crypto
import Testing

@testable import AttachmentSources

/// Bytes in lower-case hex: every digit, both nibbles, in order; digests as dossiers state them.
@Suite struct HexTests {
    @Test func bytesAreTwoLowerCaseDigitsEachInOrder() {
        #expect([UInt8]().lowercaseHex == "")
        #expect([0x00, 0x0f, 0xa0, 0xff, 0x5c].lowercaseHex == "000fa0ff5c")
        #expect(Array(0...255).map(UInt8.init).lowercaseHex.count == 512)
        #expect((0...15).map { UInt8($0 * 17) }.lowercaseHex == "00112233445566778899aabbccddeeff")
    }

    @Test func aDigestIsWrittenAsDossiersStateIt() {
        #expect(
            SHA256.hash(data: Array("foo".utf8)).lowercaseHex == "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")
    }
}
