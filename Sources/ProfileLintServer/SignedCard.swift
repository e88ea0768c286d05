import Crypto
import Foundation

/// A profile card as the result page carries it to the share form: base64 JSON with an HMAC-SHA256 of this
/// server's key, so a stored card is always one this server made from an upload (the upload itself is gone).
struct SignedCard: Sendable {
    let card: String
    let encoded: String
    let signature: String

    init(card: String, key: SymmetricKey) {
        self.card = card
        encoded = Data(card.utf8).base64EncodedString()
        signature = Data(HMAC<SHA256>.authenticationCode(for: Array(encoded.utf8), using: key)).base64EncodedString()
    }

    /// The card in a posted form; `nil` when the signature does not match.
    init?(encoded: String, signature: String, key: SymmetricKey) {
        guard let code = Data(base64Encoded: signature),
              HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: Array(encoded.utf8), using: key),
              let data = Data(base64Encoded: encoded) else { return nil }
        card = String(decoding: data, as: UTF8.self)
        self.encoded = encoded
        self.signature = signature
    }
}
