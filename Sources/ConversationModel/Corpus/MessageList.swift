import Foundation

/// The messages of a corpus, stored by column: a `Message` is rebuilt on access.
///
/// Definition: element `i` is the `i`-th message kept, in input order; its mentions are
/// `mentions(of: i)` and its reactions `reactions(of: i)`, the same people `self[i].mentions` and
/// `self[i].reactions` list.
///
/// Choices: millions of messages are held at once, so a message costs at most 33 bytes of columns plus 4 bytes
/// per mention or reaction: no padding (one column per field), no optional's extra byte (a time's presence is a
/// flag bit, a missing parent or parent author is -1, a missing channel 0), channels as an index into one table
/// of names, and the mentions and reactions of every message back to back in one array, delimited by two end
/// offsets per message (no heap array per message). Most inputs need less: times take 4 bytes while they are
/// whole seconds (`TimeColumn`), a field with one value for every message so far (no parent, one channel, no
/// mention) takes none (`UniformColumn`), reaction ends none until a message has a reaction, so a WhatsApp
/// message costs 13 bytes. The columns grow in place (`Column`), so no doubling copy adds to the peak. Indices
/// are 32-bit: at most `Int32.max` messages and `UInt32.max` mentions and reactions, checked by `CorpusBuilder`.
///
/// - Complexity: subscript O(1) (the `Message`'s mentions and reactions are slices of the shared array);
///   `mentions(of:)`, `reactions(of:)` and the single-field accessors O(1); memory O(messages + mentions +
///   reactions + channels).
public struct MessageList: RandomAccessCollection, Sendable {
  private var authors = Column<PersonIndex>()
  /// Seconds since the reference date; a placeholder when the message has no time (`Flags.hasTime` unset).
  private var times = TimeColumn()
  /// 1 + the index into `channelNames`, 0 for no channel.
  private var channels = UniformColumn<UInt32>()
  private var parents = UniformColumn<Int32>()
  private var parentAuthors = UniformColumn<PersonIndex>()
  private var flags = Column<UInt8>()
  /// Mentions then reactions of every message, back to back.
  private var annotations: [PersonIndex] = []
  /// Message `i`'s mentions end at `mentionEnds[i]`, its reactions at `reactionEnd(of: i)` (they start where
  /// the mentions end); its mentions start at `reactionEnd(of: i - 1)` (0 for the first).
  private var mentionEnds = UniformColumn<UInt32>()
  /// The reaction ends, written out only from the first message with a reaction: until then every message's
  /// reactions end where its mentions do.
  private var reactionEndColumn: Column<UInt32>?
  private var channelNames: [String] = []
  /// The index in `channelNames` of each name, while messages are added; freed by `finishAdding()`.
  private var channelIndex: [String: UInt32] = [:]
  /// The index in `channelNames` of each channel name's UTF-8 bytes met so far (key ordinal → entry of
  /// `channelOfKey`), so that a name met before costs a byte hash, not a `String` one; freed by `finishAdding()`.
  private var channelKeys = ByteKeyTable()
  private var channelOfKey: [UInt32] = []

  /// The most messages a list holds (parents are 32-bit message indices).
  package static let messageLimit = Int(Int32.max)
  /// The most mentions and reactions, all messages together (their ends are 32-bit offsets).
  package static let annotationLimit = Int(UInt32.max)

  private enum Flags {
    static let hasTime: UInt8 = 1
    static let isReply: UInt8 = 2
    static let isFromBot: UInt8 = 4
    static let isPrivate: UInt8 = 8
    static let isInferredReply: UInt8 = 16
  }

  public init() {}

  public var startIndex: Int { 0 }
  public var endIndex: Int { authors.count }

  public subscript(position: Int) -> Message {
    Message(
      author: authors[position], time: time(of: position), channel: channel(of: position),
      parent: parent(of: position), parentAuthor: parentAuthor(of: position), isReply: has(Flags.isReply, position),
      mentions: mentions(of: position), reactions: reactions(of: position),
      isFromBot: has(Flags.isFromBot, position), isPrivate: has(Flags.isPrivate, position),
      isInferredReply: has(Flags.isInferredReply, position))
  }

  /// The number of mentions and reactions of all messages together.
  package var annotationCount: Int { annotations.count }

  /// The author of message `index`, without rebuilding the whole `Message`.
  public func author(of index: Int) -> PersonIndex { authors[index] }

  /// The time of message `index`.
  public func time(of index: Int) -> Date? {
    has(Flags.hasTime, index) ? Date(timeIntervalSinceReferenceDate: times[index]) : nil
  }

  /// The channel of message `index`: one shared `String` per channel name.
  public func channel(of index: Int) -> String? {
    channels[index] == 0 ? nil : channelNames[Int(channels[index] - 1)]
  }

  /// The index of the message that message `index` answers (`Message.parent`).
  public func parent(of index: Int) -> Int? { parents[index] < 0 ? nil : Int(parents[index]) }

  /// `Message.parentAuthor` of message `index`.
  public func parentAuthor(of index: Int) -> PersonIndex? { parentAuthors[index] < 0 ? nil : parentAuthors[index] }

  /// `Message.isReply` of message `index`.
  public func isReply(_ index: Int) -> Bool { has(Flags.isReply, index) }

  /// `Message.isFromBot` of message `index`.
  public func isFromBot(_ index: Int) -> Bool { has(Flags.isFromBot, index) }

  /// `Message.isPrivate` of message `index`.
  public func isPrivate(_ index: Int) -> Bool { has(Flags.isPrivate, index) }

  /// `Message.isInferredReply` of message `index`.
  public func isInferredReply(_ index: Int) -> Bool { has(Flags.isInferredReply, index) }

  /// The distinct people message `index` mentions, in the order first mentioned.
  public func mentions(of index: Int) -> ArraySlice<PersonIndex> {
    annotations[(index == 0 ? 0 : Int(reactionEnd(of: index - 1)))..<Int(mentionEnds[index])]
  }

  /// The people who reacted to message `index`, as the export lists them.
  public func reactions(of index: Int) -> ArraySlice<PersonIndex> {
    annotations[Int(mentionEnds[index])..<Int(reactionEnd(of: index))]
  }

  private func reactionEnd(of index: Int) -> UInt32 { reactionEndColumn?[index] ?? mentionEnds[index] }

  private func has(_ flag: UInt8, _ index: Int) -> Bool { flags[index] & flag != 0 }

  /// Appends `message`; the caller keeps within `messageLimit` and `annotationLimit`.
  mutating func append(_ message: Message) {
    message.mentions.withUnsafeBufferPointer { mentions in
      message.reactions.withUnsafeBufferPointer { append(message, mentions: mentions, reactions: $0) }
    }
  }

  /// Appends `message` with `mentions` and `reactions` in place of its own (which are not read): what
  /// `CorpusBuilder` uses, so that a message's people need no heap array.
  mutating func append(
    _ message: Message, mentions: UnsafeBufferPointer<PersonIndex>, reactions: UnsafeBufferPointer<PersonIndex>
  ) {
    guard var channel = message.channel else {
      return append(message, channel: nil, mentions: mentions, reactions: reactions)
    }
    channel.withUTF8 { append(message, channel: UnsafeRawBufferPointer($0), mentions: mentions, reactions: reactions) }
  }

  /// `append(_:mentions:reactions:)` with the channel named by its UTF-8 bytes `channel` (`message.channel` is
  /// not read).
  mutating func append(
    _ message: Message, channel: UnsafeRawBufferPointer?, mentions: UnsafeBufferPointer<PersonIndex>,
    reactions: UnsafeBufferPointer<PersonIndex>
  ) {
    authors.append(message.author)
    if let time = message.time { times.append(time.timeIntervalSinceReferenceDate) } else { times.appendMissing() }
    channels.append(channel.map { internChannel($0) } ?? 0)
    parents.append(message.parent.map { Int32($0) } ?? -1)
    parentAuthors.append(message.parentAuthor ?? -1)
    var bits: UInt8 = message.time == nil ? 0 : Flags.hasTime
    if message.isReply { bits |= Flags.isReply }
    if message.isFromBot { bits |= Flags.isFromBot }
    if message.isPrivate { bits |= Flags.isPrivate }
    if message.isInferredReply { bits |= Flags.isInferredReply }
    flags.append(bits)
    annotations.append(contentsOf: mentions)
    mentionEnds.append(UInt32(annotations.count))
    if reactionEndColumn == nil, !reactions.isEmpty {
      var ends = Column<UInt32>()
      for index in 0..<(mentionEnds.count - 1) { ends.append(mentionEnds[index]) }
      reactionEndColumn = ends
    }
    annotations.append(contentsOf: reactions)
    reactionEndColumn?.append(UInt32(annotations.count))
  }

  /// Sets `Message.parent` of message `index`.
  mutating func setParent(_ parent: Int, of index: Int) { parents[index] = Int32(parent) }

  /// Marks message `index`'s parent as inferred (`Message.isInferredReply`).
  mutating func markInferred(_ index: Int) { flags[index] |= Flags.isInferredReply }

  /// Frees what only adding needs and the columns' spare capacity (in place). The mentions and reactions keep
  /// theirs: `Array` would copy them to shrink, and capacity never written is not resident anyway.
  mutating func finishAdding() {
    channelIndex = [:]
    channelKeys = ByteKeyTable()
    channelOfKey = []
    authors.shrinkToFit()
    times.shrinkToFit()
    channels.shrinkToFit()
    parents.shrinkToFit()
    parentAuthors.shrinkToFit()
    flags.shrinkToFit()
    mentionEnds.shrinkToFit()
    reactionEndColumn?.shrinkToFit()
  }

  /// 1 + the index of the channel whose name has the UTF-8 bytes `key`, added if new.
  ///
  /// Choice: looked up by its bytes first (`channelKeys`); bytes not met yet go through `channelIndex`, so names
  /// that `String` equality takes as one (canonically equivalent) are still one channel.
  private mutating func internChannel(_ key: UnsafeRawBufferPointer) -> UInt32 {
    if let ordinal = channelKeys.ordinal(of: key) { return channelOfKey[ordinal] + 1 }
    let index = internChannelName(String(decoding: key, as: UTF8.self))
    channelKeys.insert(key)
    channelOfKey.append(index)
    return index + 1
  }

  /// The index of channel `name` in `channelNames` by `String` equality, added if new.
  private mutating func internChannelName(_ name: String) -> UInt32 {
    if let index = channelIndex[name] { return index }
    let index = UInt32(channelNames.count)
    channelNames.append(name)
    channelIndex[name] = index
    return index
  }
}
