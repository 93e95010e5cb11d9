import HummingbirdBcrypt

/// Managers' passwords: hashed with bcrypt for the store (`partner-audit user add`) and
/// checked against the stored hash at sign-in (the server).
///
/// The cost is 12 (2^12 rounds of bcrypt's key schedule): about a quarter of a second per hash
/// or check on one current core, which makes guessing from a stolen store slow and a sign-in
/// still quick. A hash keeps its cost, so hashes made with another cost are still checked.
/// Both are slow on purpose: call them off a server's request executor.
public enum PasswordHasher {
    /// The cost of new hashes.
    public static let defaultCost: UInt8 = 12
    /// bcrypt reads at most this many bytes of a password; longer ones are refused, not cut short.
    public static let maximumBytes = 72

    /// Why a password cannot be used.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        /// Longer than `maximumBytes` in UTF-8.
        case tooLong(bytes: Int)
        /// Holds a NUL character, where bcrypt would end it.
        case containsNUL

        public var description: String {
            switch self {
            case .empty: "the password is empty"
            case .tooLong(let bytes): "the password is \(bytes) bytes long; bcrypt reads at most \(PasswordHasher.maximumBytes)"
            case .containsNUL: "the password contains a NUL character"
            }
        }
    }

    /// Refuses a password that bcrypt would not read whole.
    public static func check(_ password: String) throws(Refusal) {
        let bytes = password.utf8.count
        if bytes == 0 { throw .empty }
        if bytes > maximumBytes { throw .tooLong(bytes: bytes) }
        if password.utf8.contains(0) { throw .containsNUL }
    }

    /// The bcrypt hash of `password` (`$2b$…`, with a random salt); `cost` is 4 to 31.
    public static func hash(_ password: String, cost: UInt8 = defaultCost) throws(Refusal) -> String {
        try check(password)
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` is the one `hash` was made from. With no hash (no such manager) a
    /// stand-in hash is checked, so that an unknown name takes as long to refuse as a wrong password.
    public static func verify(_ password: String, against hash: String?) -> Bool {
        let usable = (try? check(password)) != nil
        guard let hash, usable else {
            _ = Bcrypt.verify(password, hash: standIn)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    /// A hash no password given at sign-in is checked against successfully, of the default cost.
    private static let standIn = Bcrypt.hash("no manager has this password: \(UInt64.random(in: .min ... .max))", cost: defaultCost)
}
