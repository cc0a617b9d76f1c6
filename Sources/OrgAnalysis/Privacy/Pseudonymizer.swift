import Crypto
import Foundation

/// Replaces identifying strings (person ids, names, e-mail addresses) by stable keyed hashes.
///
/// Definition: the pseudonym of a string s is `p-` followed by the first 16 hex digits (64 bits) of
/// HMAC-SHA256(key, UTF-8 bytes of s). The same key gives the same pseudonym for the same string in every run and
/// every output, so pseudonymized outputs of one organisation can be joined with each other, while nobody without
/// the key can test a guess ("is p-3fa9… alice@example.com?"), which a plain hash would allow.
///
/// Choices: 64 bits make a collision among a million people unlikely (about 3·10⁻⁸); `pseudonym(of:)` is pure,
/// so the caller checks distinct inputs that collide if it must (`Analysis.pseudonymized(by:)` does).
///
/// - Complexity: O(length of s) per call.
public struct Pseudonymizer: Sendable {
  private let key: SymmetricKey

  /// A pseudonymizer whose pseudonyms are stable for as long as the key is kept.
  public init(key: Data) {
    self.key = SymmetricKey(data: key)
  }

  /// A pseudonymizer with a fresh random 256-bit key: pseudonyms are consistent within this run only.
  public static func randomKey() -> Pseudonymizer {
    Pseudonymizer(key: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
  }

  /// The pseudonym of `text`: `p-` and 16 lowercase hex digits.
  public func pseudonym(of text: String) -> String {
    let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)
    let hex = code.prefix(8).map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    return "p-" + hex.joined()
  }
}
