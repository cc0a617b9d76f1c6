import Foundation

/// A message given by the UTF-8 bytes of its fields, for `CorpusBuilder.addMessage(_:)`: what a `MessageRecord`
/// holds as `String`s, without its text, and with the person ids' namespace as a separate prefix.
///
/// Definitions: every person id (author, answered author, mentions, reactions) stands for `personPrefix`
/// followed by its bytes (`PersonNamespace`'s `yammer:`, or nothing), so a reader need not assemble the
/// namespaced id. `id` is the message id (as written: unlike person ids it takes no prefix), `replyTo` the id of
/// the answered message. `mentions` should be distinct ids, as `MessageRecord.mentions` are.
///
/// Choice: pointers, valid only for the call they are passed to, so that a reader can hand over the bytes its
/// tokenizer holds: no `String` and no array per message.
public struct MessageBytes {
  public var id: UnsafeRawBufferPointer
  public var author: UnsafeRawBufferPointer
  public var time: Date?
  /// The channel's name, or `nil` for none.
  public var channel: UnsafeRawBufferPointer?
  public var replyTo: UnsafeRawBufferPointer?
  public var replyToAuthor: UnsafeRawBufferPointer?
  public var mentions: UnsafeBufferPointer<UnsafeRawBufferPointer>
  public var reactions: UnsafeBufferPointer<UnsafeRawBufferPointer>
  /// Put before every person id; empty for ids that are used as they are.
  public var personPrefix: UnsafeRawBufferPointer
  public var isFromBot: Bool
  public var isPrivate: Bool
  public var location: SourceLocation?
  /// As `MessageRecord.hasPositionalID`: the corpus keeps no key for the message.
  public var hasPositionalID: Bool

  public init(
    id: UnsafeRawBufferPointer, author: UnsafeRawBufferPointer, time: Date?, channel: UnsafeRawBufferPointer?,
    replyTo: UnsafeRawBufferPointer? = nil, replyToAuthor: UnsafeRawBufferPointer? = nil,
    mentions: UnsafeBufferPointer<UnsafeRawBufferPointer> = UnsafeBufferPointer(start: nil, count: 0),
    reactions: UnsafeBufferPointer<UnsafeRawBufferPointer> = UnsafeBufferPointer(start: nil, count: 0),
    personPrefix: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0), isFromBot: Bool = false,
    isPrivate: Bool = false, location: SourceLocation? = nil, hasPositionalID: Bool = false
  ) {
    self.id = id
    self.author = author
    self.time = time
    self.channel = channel
    self.replyTo = replyTo
    self.replyToAuthor = replyToAuthor
    self.mentions = mentions
    self.reactions = reactions
    self.personPrefix = personPrefix
    self.isFromBot = isFromBot
    self.isPrivate = isPrivate
    self.location = location
    self.hasPositionalID = hasPositionalID
  }

  /// Gives `body` the bytes of `record`: its strings copied back to back into one temporary buffer (on the stack
  /// when small), with no prefix.
  /// - Complexity: O(bytes of the record's ids).
  static func withBytes<Result>(of record: MessageRecord, _ body: (MessageBytes) -> Result) -> Result {
    var total = record.id.utf8.count + record.author.utf8.count + (record.channel?.utf8.count ?? 0)
    total += (record.replyTo?.utf8.count ?? 0) + (record.replyToAuthor?.utf8.count ?? 0)
    for id in record.mentions { total += id.utf8.count }
    for id in record.reactions { total += id.utf8.count }
    let idCount = record.mentions.count + record.reactions.count
    return withUnsafeTemporaryAllocation(byteCount: total, alignment: 1) { arena in
      withUnsafeTemporaryAllocation(of: UnsafeRawBufferPointer.self, capacity: idCount) { ids in
        var offset = 0
        var idEnd = 0
        for id in record.mentions {
          ids[idEnd] = copy(id, into: arena, at: &offset)
          idEnd += 1
        }
        for id in record.reactions {
          ids[idEnd] = copy(id, into: arena, at: &offset)
          idEnd += 1
        }
        let all = UnsafeBufferPointer(ids)
        let id = copy(record.id, into: arena, at: &offset)
        let author = copy(record.author, into: arena, at: &offset)
        let channel = record.channel.map { copy($0, into: arena, at: &offset) }
        let replyTo = record.replyTo.map { copy($0, into: arena, at: &offset) }
        let replyToAuthor = record.replyToAuthor.map { copy($0, into: arena, at: &offset) }
        let bytes = MessageBytes(
          id: id, author: author, time: record.time, channel: channel, replyTo: replyTo, replyToAuthor: replyToAuthor,
          mentions: UnsafeBufferPointer(rebasing: all[..<record.mentions.count]),
          reactions: UnsafeBufferPointer(rebasing: all[record.mentions.count...]), isFromBot: record.isFromBot,
          isPrivate: record.isPrivate, location: record.location, hasPositionalID: record.hasPositionalID)
        return body(bytes)
      }
    }
  }

  /// Copies the UTF-8 of `text` into `arena` at `offset`, moves `offset` past it and returns the copy.
  /// Choice: a static function with an `inout` cursor, not a nested function capturing a local `var`, which
  /// Swift checks for exclusive access at run time on every call (3 % of WhatsApp's import).
  private static func copy(
    _ text: String, into arena: UnsafeMutableRawBufferPointer, at offset: inout Int
  ) -> UnsafeRawBufferPointer {
    let target = UnsafeMutableRawBufferPointer(rebasing: arena[offset..<offset + text.utf8.count])
    target.copyBytes(from: text.utf8)
    offset += target.count
    return UnsafeRawBufferPointer(target)
  }
}
