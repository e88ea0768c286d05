import Crypto
import _CryptoExtras
import Foundation

/// Random tokens for sessions, CSRF and withdrawal links: 32 bytes from the system's generator, hex-encoded.
enum Token {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

/// The HR password, stored as a salted scrypt hash (`scrypt$N$r$p$salt$hash`, hex), never in clear.
public struct HRPassword: Sendable, Equatable {
    /// The encoded hash as stored in the data folder.
    public let encoded: String

    static let rounds = 1 << 15, blockSize = 8, parallelism = 1, length = 32

    /// The shortest password accepted.
    public static let minimumLength = 12

    /// Hashes `password` with a new random salt.
    public init(hashing password: String) throws {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let hash = try Self.derive(password, salt: salt, rounds: Self.rounds, blockSize: Self.blockSize, parallelism: Self.parallelism)
        encoded = ["scrypt", String(Self.rounds), String(Self.blockSize), String(Self.parallelism), Self.hex(salt), Self.hex(hash)]
            .joined(separator: "$")
    }

    /// A stored hash; `nil` when `encoded` is not one.
    public init?(encoded: String) {
        let parts = encoded.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", Int(parts[1]) != nil, Int(parts[2]) != nil, Int(parts[3]) != nil,
              Self.bytes(parts[4]) != nil, Self.bytes(parts[5]) != nil else { return nil }
        self.encoded = parts.joined(separator: "$")
    }

    /// Whether `password` is the one hashed.
    public func verify(_ password: String) -> Bool {
        let parts = encoded.split(separator: "$").map(String.init)
        guard parts.count == 6, let rounds = Int(parts[1]), let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
              let salt = Self.bytes(parts[4]), let expected = Self.bytes(parts[5]),
              let hash = try? Self.derive(password, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        else { return false }
        return Token.equal(Self.hex(hash), Self.hex(expected))
    }

    static func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: length, rounds: rounds,
                                           blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    static func bytes(_ hex: String) -> [UInt8]? {
        let characters = Array(hex.utf8)
        guard characters.count % 2 == 0, !characters.isEmpty else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < characters.count {
            guard let byte = UInt8(String(decoding: characters[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
            index += 2
        }
        return bytes
    }
}

/// Signed-in HR sessions, in memory: a restart signs everyone out, and nothing about them is written.
actor SessionStore {
    private var sessions: [String: Date] = [:]
    let lifetime: TimeInterval

    init(lifetime: TimeInterval = 8 * 3600) {
        self.lifetime = lifetime
    }

    func open(now: Date = Date()) -> String {
        sessions = sessions.filter { $0.value > now }
        let token = Token.make()
        sessions[token] = now.addingTimeInterval(lifetime)
        return token
    }

    func isValid(_ token: String?, now: Date = Date()) -> Bool {
        guard let token, let expiry = sessions[token] else { return false }
        return expiry > now
    }

    func close(_ token: String?) {
        if let token { sessions[token] = nil }
    }
}

/// A fixed-window limit of requests per client address and minute.
actor RateLimiter {
    private var windows: [String: (start: Date, count: Int)] = [:]
    let perMinute: Int

    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Whether one more request from `client` is allowed now (and counts it).
    func allow(_ client: String, now: Date = Date()) -> Bool {
        if windows.count > 10_000 { windows = windows.filter { now.timeIntervalSince($0.value.start) < 60 } }
        guard let window = windows[client], now.timeIntervalSince(window.start) < 60 else {
            windows[client] = (now, 1)
            return true
        }
        guard window.count < perMinute else { return false }
        windows[client] = (window.start, window.count + 1)
        return true
    }
}
