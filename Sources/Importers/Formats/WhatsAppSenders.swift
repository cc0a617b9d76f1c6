/// The senders of a WhatsApp chat, gathered in the first pass over its header lines for `WhatsAppParticipants`.
///
/// Definition: the set of every sender `WhatsAppText.classify` finds on a header line's text (a person's message,
/// not a system line).
///
/// Choice: a line's sender part (the bytes before the first `": "`) is compared as bytes with the sender parts
/// already taken, and only a new one is classified and decoded. A known sender part leaves the set as it is
/// whatever the rest of the line is: the same bytes give the same sender, which is already in the set. So the
/// set is the definition's, and most header lines cost one hash of a few bytes instead of a classification and
/// a `String`.
///
/// - Complexity: O(line length) per line; memory O(distinct sender parts).
struct WhatsAppSenders {
  private(set) var senders: Set<String> = []
  /// The sender parts already taken, by their hash.
  private var known: [Int: [[UInt8]]] = [:]

  /// Takes the sender of `rest`, the bytes of a header line after its timestamp.
  mutating func add(_ rest: UnsafeBufferPointer<UInt8>) {
    guard let colon = WhatsAppText.colonSpace(rest) else { return }
    let part = UnsafeBufferPointer(rebasing: rest[..<colon])
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(part))
    let key = hasher.finalize()
    if let parts = known[key], parts.contains(where: { $0.elementsEqual(part) }) { return }
    guard case .message(let sender, _) = WhatsAppText.classify(rest) else { return }
    senders.insert(sender)
    known[key, default: []].append(Array(part))
  }
}
