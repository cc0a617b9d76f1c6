/// The kinds of directed interaction DESIGN.md defines, from the person who acts to the person addressed.
public enum InteractionKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Author of a reply → author of the message it answers.
  case reply
  /// Author → each distinct person mentioned.
  case mention
  /// The person reacting → author of the message.
  case reaction
  /// Sender → recipient, for sources that are already person to person (e-mail, interactions CSV).
  case message

  /// `reply,mention,message`: reactions are cheap signals and are left out unless asked for.
  public static let defaultSelection: Set<InteractionKind> = [.reply, .mention, .message]

  private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
