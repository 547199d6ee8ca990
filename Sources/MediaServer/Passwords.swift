import Crypto
import _CryptoExtras
import Foundation
import MediaModel

/// Passwords as PBKDF2-HMAC-SHA256 with a random salt, stored as
/// `pbkdf2-sha256$ITERATIONS$SALT$KEY` (base64) so the cost can rise without breaking old hashes.
public struct PasswordHasher: Sendable {
    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600 000; this is the floor the team agreed.
    public static let defaultIterations = 210_000
    public var iterations: Int

    public init(iterations: Int = PasswordHasher.defaultIterations) { self.iterations = iterations }

    public func hash(_ password: String) throws -> String {
        try Self.checkStrength(password)
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = generator.next() }
        let key = try derive(password, salt: salt, iterations: iterations)
        return "pbkdf2-sha256$\(iterations)$\(Data(salt).base64EncodedString())$\(key.base64EncodedString())"
    }

    /// Whether `password` matches `stored`; compares in constant time.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds >= 1,
              let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
              let key = try? derive(password, salt: [UInt8](salt), iterations: rounds) else { return false }
        guard key.count == expected.count else { return false }
        return zip(key, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func derive(_ password: String, salt: [UInt8], iterations: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(from: Array(password.utf8), salt: salt, using: .sha256,
                                                     outputByteCount: 32, unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Data($0) }
    }

    public static func checkStrength(_ password: String) throws(InputError) {
        guard password.count >= 10 else { throw InputError(field: "password", "a password needs at least 10 characters") }
        guard password.utf8.count <= 1024 else { throw InputError(field: "password", "a password has at most 1024 bytes") }
    }
}

/// Random tokens for sessions and CSRF, and the digest under which a session token is stored.
enum Tokens {
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
