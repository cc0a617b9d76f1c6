import Foundation

/// Assembles a `Corpus` from the records of one or more inputs.
///
/// People are interned by platform id and merged across inputs by e-mail (case-insensitive); renames by
/// `--identities` and per-input namespaces are applied before the records arrive (the importers'
/// `PersonNamespace`). Replies are resolved once
/// every input has been read, so a reply may come before the message it answers (Slack day files, unordered
/// CSVs); with `replyInferenceWindow` set, messages without a reply pointer are then given one by
/// `ReplyInference`. Each input's content records are tallied so that read = used + skipped.
///
/// - Complexity: O(records) time with hashing; memory O(people + messages + interactions).
public struct CorpusBuilder: Sendable {
  private var corpus = Corpus()
  private var indexByEmail: [String: PersonIndex] = [:]
  /// Person ids seen by their UTF-8 bytes (`person(idBytes:)`), beside the corpus's own id maps: ids of up to 8
  /// bytes in `shortPersonKeys`, longer ones in `personKeys` (key ordinal → `personByKey` entry). An id's person
  /// never changes once interned, so these caches cannot go stale. Freed by `build()`.
  private var shortPersonKeys = ShortKeyTable()
  private var personKeys = ByteKeyTable()
  private var personByKey: [PersonIndex] = []
  /// People of ids of up to 8 bytes given with the prefix `prefixOfPrefixedPeople` (`MessageBytes.personPrefix`),
  /// by the id without it. Freed by `build()`.
  private var prefixedPeople = ShortKeyTable()
  private var prefixOfPrefixedPeople: [UInt8] = []
  /// Message keys (input number, then id bytes), for the messages that have one (`hasPositionalID` false).
  /// Freed by `build()`.
  private var messageKeys = ByteKeyTable()
  /// Key ordinal → message index: each entry starts a run of keys whose message index is ordinal + a new
  /// offset (before the first entry the offset is 0). An entry is added only after messages without a key, so
  /// there are at most as many as inputs.
  private var keyRuns: [(ordinal: Int, message: Int)] = []
  /// Replies whose parent had not been read yet when they were: their parent keys back to back in one arena.
  private var pendingReplies: [(message: Int, keyEnd: Int, location: SourceLocation?)] = []
  private var pendingReplyKeys: [UInt8] = []
  private var directInteractions: [Interaction] = []
  /// Whether a direct interaction has the same source and target (else `build()` needs no pass to drop them,
  /// unless someone is a bot).
  private var hasDirectSelfInteraction = false
  private var currentInput: Int?
  /// How many canonical decimal ids (`DecimalKeyTable.number(of:)`) were put in `corpus.indexByID` rather than
  /// its decimal table (too large when first seen); while 0, a decimal id missing from the table is new.
  private var decimalIDsInDictionary = 0
  /// The numbers `decimalLimit` allows whatever the people known (`expectDirectInput(bytes:)`).
  private var decimalHint = 0
  /// People who have a directory entry (a `.person` record), as opposed to ids seen only in messages.
  private var inDirectory = Set<PersonIndex>()
  /// The first message of each input after the first, for reply inference (channels are per input).
  private var inputStarts: [(message: Int, input: Int)] = []
  /// With a value, `build()` infers replies for messages without a reply pointer: see `ReplyInference`.
  public var replyInferenceWindow: Double?

  public init() {}

  /// Starts a new input; records added until the next call are tallied against it.
  public mutating func beginInput(path: String, format: String) {
    corpus.inputs.append(InputSummary(path: path, format: format))
    currentInput = corpus.inputs.count - 1
    inputStarts.append((corpus.messages.count, corpus.inputs.count - 1))
  }

  /// Reads `reader` to its end as one input (see `beginInput`).
  public mutating func read(_ reader: inout some RecordReader, path: String, format: String) throws {
    beginInput(path: path, format: format)
    while let record = try reader.next(diagnostics: &corpus.diagnostics) {
      add(record)
    }
  }

  public mutating func emit(_ diagnostic: Diagnostic) { corpus.diagnostics.emit(diagnostic) }

  public mutating func add(_ record: ImportRecord) {
    switch record {
    case .person(let person): intern(person)
    case .message(let message): add(message)
    case .interaction(let interaction): add(interaction)
    case .skipped(let reason, _): tally(skipped: reason)
    }
  }

  /// Interns a person record, merging it into an existing person with the same id or e-mail.
  @discardableResult
  public mutating func intern(_ record: PersonRecord) -> PersonIndex {
    let index = merge(record)
    inDirectory.insert(index)
    return index
  }

  private mutating func merge(_ record: PersonRecord) -> PersonIndex {
    let email = record.email.nonEmpty?.lowercased()
    let number = DecimalKeyTable.number(of: record.id)
    if let index = corpus.personIndex(id: record.id, number: number) ?? email.flatMap({ indexByEmail[$0] }) {
      corpus.people[Int(index)].absorb(record)
      setIndex(index, id: record.id, number: number)
      if let email, indexByEmail[email] == nil { indexByEmail[email] = index }
      return index
    }
    let index = PersonIndex(corpus.people.count)
    var person = Person(id: record.id)
    person.absorb(record)
    corpus.people.append(person)
    setIndex(index, id: record.id, number: number)
    if let email { indexByEmail[email] = index }
    return index
  }

  /// Maps `id` (whose decimal number is `number`) to `index`: in the corpus's decimal table when it fits there,
  /// else in its dictionary, counting a decimal id kept there in `decimalIDsInDictionary`.
  private mutating func setIndex(_ index: PersonIndex, id: String, number: Int?) {
    if let number, corpus.decimalIndexByID.insert(number, value: index, limit: decimalLimit) { return }
    corpus.indexByID[id] = index
    if number != nil { decimalIDsInDictionary += 1 }
  }

  private mutating func person(id: String) -> PersonIndex {
    return corpus.personIndex(id: id) ?? merge(PersonRecord(id: id))
  }

  /// The person whose platform id has the UTF-8 bytes `id`, interned as by an `InteractionRecord` endpoint.
  ///
  /// Choices: looked up by its bytes first, so an id seen before costs no `String`: a small decimal id is an
  /// index into the corpus's `decimalIndexByID` (no hash), another short id a byte hash and compare in
  /// `shortPersonKeys`, a long one in `personKeys`; a new id goes through the `String`-keyed path once. The
  /// decimal table covers numbers below `decimalLimit` (8 per person known, at least 65,536), so its memory
  /// follows the people; a decimal id beyond it is kept in `shortPersonKeys`, and copied to the decimal table
  /// once it fits. A new decimal id within the table, while no decimal id is kept anywhere else
  /// (`decimalIDsInDictionary` is 0), cannot be known yet: its person is added at once, with no dictionary.
  /// - Complexity: O(id length) expected.
  public mutating func person(idBytes id: UnsafeRawBufferPointer) -> PersonIndex {
    if id.count <= ShortKeyTable.maxKeyLength {
      let number = DecimalKeyTable.number(of: id)
      if let number {
        if let index = corpus.decimalIndexByID.value(of: number) { return index }
        if decimalIDsInDictionary == 0, number < decimalLimit { return addPerson(id: id, number: number) }
      }
      if let index = shortPersonKeys.value(of: id) {
        if let number { corpus.decimalIndexByID.insert(number, value: index, limit: decimalLimit) }
        return index
      }
      let index = person(id: String(decoding: id, as: UTF8.self))
      if let number, corpus.decimalIndexByID.insert(number, value: index, limit: decimalLimit) { return index }
      shortPersonKeys.insert(id, value: index)
      return index
    }
    if let ordinal = personKeys.ordinal(of: id) { return personByKey[ordinal] }
    let index = person(id: String(decoding: id, as: UTF8.self))
    personKeys.insert(id)
    personByKey.append(index)
    return index
  }

  /// The numbers `decimalIndexByID` may cover: 8 per person known, at least 65,536 (256 KiB), or `decimalHint`.
  private var decimalLimit: Int { Swift.max(1 << 16, 8 * corpus.people.count, decimalHint) }

  /// Lets the decimal table cover the ids of an input of direct interactions of `bytes` bytes (an edge list)
  /// from its first row: numbers below `bytes / 4`, so the table (4 bytes per number) stays below the input's
  /// size, and the interactions (32 bytes per row of a few bytes) are several times larger.
  ///
  /// Choice: without it the limit follows the people known, so in the first rows of an edge list of random
  /// ids most ids are beyond it; those go to the dictionary, and from then on every new decimal id is looked
  /// up there too (`decimalIDsInDictionary`): a `String` hash per new person (200,000 of them, 8 % of a
  /// 47.7 MB list's load).
  package mutating func expectDirectInput(bytes: Int) {
    decimalHint = Swift.max(decimalHint, Swift.min(bytes / 4, 100_000_000))
  }

  /// A new person with the decimal id `id` (`number < decimalLimit`, known to be absent): what `merge` does for
  /// `PersonRecord(id:)` of that id, without the lookups.
  private mutating func addPerson(id: UnsafeRawBufferPointer, number: Int) -> PersonIndex {
    let index = PersonIndex(corpus.people.count)
    corpus.people.append(Person(id: String(decoding: id, as: UTF8.self)))
    corpus.decimalIndexByID.insert(number, value: index, limit: decimalLimit)
    return index
  }

  /// Adds one person-to-person interaction whose endpoints are given as UTF-8 id bytes: the same effect as
  /// `add(.interaction(InteractionRecord(...)))` with those ids, without building the record or the ids' strings.
  /// - Complexity: O(id lengths) expected.
  public mutating func addInteraction(
    sourceBytes: UnsafeRawBufferPointer, targetBytes: UnsafeRawBufferPointer, time: Date?, weight: Double,
    kind: InteractionKind
  ) {
    addDirect(person(idBytes: sourceBytes), person(idBytes: targetBytes), kind: kind, time: time, weight: weight)
  }

  /// Adds the untimed `message` interactions `batch` holds, in order: the same effect as `addInteraction` with
  /// the ids' decimal bytes for each edge in turn.
  ///
  /// Choices: the decimal table is read for every endpoint of the batch first, in a loop of independent loads,
  /// so that their cache misses overlap (one after another, between rows, they cost most of an edge list's
  /// import); the edges are then added in order, an endpoint found there taken as it is (an id's person never
  /// changes) and any other going through `person(idBytes:)`, so new people come in the same order.
  /// - Complexity: O(batch) expected.
  package mutating func addInteractions(_ batch: DecimalEdgeBatch) {
    batch.edges.withUnsafeBufferPointer { addInteractions($0) }
  }

  /// `addInteractions(_:)` of the edges `edges` holds (at most `DecimalEdgeBatch.capacity` for the overlap to
  /// pay): the endpoints are resolved first, then the interactions are made in a stack buffer and appended by
  /// one `append(contentsOf:)` of it (a copy of contiguous memory), so the array's uniqueness and capacity are
  /// checked once per batch, not per edge, and no generic sequence is iterated.
  /// - Complexity: O(edges) expected.
  package mutating func addInteractions(_ edges: UnsafeBufferPointer<DecimalEdgeBatch.Edge>) {
    let count = edges.count
    guard count > 0 else { return }
    withUnsafeTemporaryAllocation(of: PersonIndex.self, capacity: 2 * count) { known in
      for edge in 0 ..< count {
        known[2 * edge] = corpus.decimalIndexByID.value(of: Int(edges[edge].source)) ?? -1
        known[2 * edge + 1] = corpus.decimalIndexByID.value(of: Int(edges[edge].target)) ?? -1
      }
      withUnsafeTemporaryAllocation(of: Interaction.self, capacity: count) { interactions in
        var hasSelf = false
        for edge in 0 ..< count {
          var source = known[2 * edge]
          var target = known[2 * edge + 1]
          if source < 0 { source = person(decimal: Int(edges[edge].source)) }
          if target < 0 { target = person(decimal: Int(edges[edge].target)) }
          hasSelf = hasSelf || source == target
          interactions.initializeElement(
            at: edge,
            to: Interaction(source: source, target: target, kind: .message, time: nil, weight: edges[edge].weight))
        }
        if hasSelf { hasDirectSelfInteraction = true }
        // Interactions are trivial values: the buffer needs no deinitialization.
        directInteractions.append(contentsOf: UnsafeBufferPointer(interactions))
      }
    }
    // `addDirect`'s tally, once for the batch.
    guard let input = currentInput else { return }
    corpus.inputs[input].recordsRead += count
    corpus.inputs[input].recordsUsed += count
  }

  /// `person(idBytes:)` of the canonical decimal id of `number` (0 ..< 10^8).
  private mutating func person(decimal number: Int) -> PersonIndex {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalKeyTable.maxDigits) { digits in
      var rest = number
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest > 0
      return person(idBytes: UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(digits)[start...]))
    }
  }

  /// Makes room for `count` more direct interactions (a reader that knows its input's size), so that the
  /// array does not grow by doubling: no copies of it, and no page faults of the arrays left behind.
  ///
  /// Choice: no `madvise(MADV_HUGEPAGE)` on the room. It cut the faults of 4 KiB pages (35,300 to 12,050 for a
  /// 3 M-row edge list), but the kernel may then compact memory to find 2 MiB pages: `import-interactions` of
  /// that list, 10 interleaved runs each, took 0.13 to 0.38 s of CPU with it (4 runs over 0.3 s, system time up
  /// to 0.33 s; median 0.36 s in another set of 10) and 0.19 to 0.26 s without it.
  package mutating func reserveDirectInteractions(_ count: Int) {
    directInteractions.reserveCapacity(directInteractions.count + Swift.max(0, count))
  }

  /// Gives `body` the builder's diagnostic log, for readers that add rows directly rather than through `read`.
  public mutating func withDiagnostics<Result, Failure: Error>(
    _ body: (inout DiagnosticLog) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try body(&corpus.diagnostics)
  }

  private mutating func add(_ record: MessageRecord) {
    MessageBytes.withBytes(of: record) { addMessage($0) }
  }

  /// Adds one message given by its fields' bytes: the same effect as `add(.message(record))` with the record
  /// whose `String`s have those bytes (person ids with `personPrefix` before them), the text aside.
  ///
  /// Choices: the message is checked against the corpus's limits and its key against the input's keys before
  /// any person is interned, so a skipped message adds nobody; its people are then interned in the order
  /// mentions, author, answered author, reactions, the mentions (distinct) and then the reactions in one stack
  /// buffer, not in heap arrays. A reply whose parent is not read yet keeps its key until `build()`.
  /// - Complexity: O(bytes of its ids) expected.
  public mutating func addMessage(_ record: MessageBytes) {
    let index = corpus.messages.count
    guard index < MessageList.messageLimit,
      corpus.messages.annotationCount + record.mentions.count + record.reactions.count <= MessageList.annotationLimit
    else {
      emit(
        Diagnostic(
          .warning, kind: "corpus_limit", message: "the corpus holds no more messages, mentions or reactions",
          location: record.location, value: String(decoding: record.id, as: UTF8.self)))
      return tally(skipped: "corpus_limit")
    }
    let prefix = messageKeyPrefix
    if !record.hasPositionalID {
      let (ordinal, inserted) = messageKeys.insert(prefix: prefix, record.id)
      guard inserted else {
        emit(
          Diagnostic(
            .note, kind: "duplicate_message", message: "message id appears twice; the first is kept",
            location: record.location, value: String(decoding: record.id, as: UTF8.self)))
        tally(skipped: "duplicate")
        return
      }
      noteKey(ordinal: ordinal, message: index)
    }
    var parent: Int?
    if let replyTo = record.replyTo {
      parent = messageKeys.ordinal(prefix: prefix, replyTo).map(message(ofKey:))
      if parent == nil {
        withUnsafeBytes(of: prefix.littleEndian) { pendingReplyKeys.append(contentsOf: $0) }
        pendingReplyKeys.append(contentsOf: replyTo)
        pendingReplies.append((index, pendingReplyKeys.count, record.location))
      }
    }
    let idPrefix = record.personPrefix
    withUnsafeTemporaryAllocation(of: PersonIndex.self, capacity: record.mentions.count + record.reactions.count) {
      people in
      var mentionEnd = 0
      for id in record.mentions {
        let mentioned = person(prefix: idPrefix, id: id)
        if !people[..<mentionEnd].contains(mentioned) {
          people[mentionEnd] = mentioned
          mentionEnd += 1
        }
      }
      let author = person(prefix: idPrefix, id: record.author)
      let parentAuthor = record.replyToAuthor.map { person(prefix: idPrefix, id: $0) }
      var reactionEnd = mentionEnd
      for id in record.reactions {
        people[reactionEnd] = person(prefix: idPrefix, id: id)
        reactionEnd += 1
      }
      let message = Message(
        author: author, time: record.time, channel: nil, parent: parent, parentAuthor: parentAuthor,
        isReply: record.replyTo != nil || record.replyToAuthor != nil, mentions: [], reactions: [],
        isFromBot: record.isFromBot, isPrivate: record.isPrivate)
      corpus.messages.append(
        message, channel: record.channel, mentions: UnsafeBufferPointer(rebasing: people[..<mentionEnd]),
        reactions: UnsafeBufferPointer(rebasing: people[mentionEnd..<reactionEnd]))
    }
    // A bot message's author with no directory entry (a Slack `B…` integration id) is a bot, not a person.
    let author = corpus.messages.author(of: index)
    if record.isFromBot && !inDirectory.contains(author) { corpus.people[Int(author)].isBot = true }
    tallyUsed()
  }

  /// `person(idBytes:)` of `prefix` followed by `id`, assembled on the stack when `prefix` is not empty.
  ///
  /// Choice: an `id` of up to 8 bytes is first looked up without its prefix in `prefixedPeople`, which holds the
  /// ids seen with `prefixOfPrefixedPeople` (emptied when another prefix comes): one packed-word probe instead
  /// of hashing and comparing the longer prefixed id. An id's person never changes, so it cannot go stale.
  private mutating func person(prefix: UnsafeRawBufferPointer, id: UnsafeRawBufferPointer) -> PersonIndex {
    guard !prefix.isEmpty else { return person(idBytes: id) }
    guard id.count <= ShortKeyTable.maxKeyLength else { return person(prefixed: prefix, id: id) }
    let samePrefix = prefixOfPrefixedPeople.withUnsafeBytes { known in
      guard known.count == prefix.count else { return false }
      guard let knownStart = known.baseAddress, let start = prefix.baseAddress else { return true }
      return memcmp(knownStart, start, prefix.count) == 0
    }
    if !samePrefix {
      prefixedPeople = ShortKeyTable()
      prefixOfPrefixedPeople = Array(prefix)
    }
    if let index = prefixedPeople.value(of: id) { return index }
    let index = person(prefixed: prefix, id: id)
    prefixedPeople.insert(id, value: index)
    return index
  }

  /// `person(idBytes:)` of `prefix` followed by `id`, assembled on the stack.
  private mutating func person(prefixed prefix: UnsafeRawBufferPointer, id: UnsafeRawBufferPointer) -> PersonIndex {
    withUnsafeTemporaryAllocation(byteCount: prefix.count + id.count, alignment: 1) { buffer in
      buffer.copyMemory(from: prefix)
      UnsafeMutableRawBufferPointer(rebasing: buffer[prefix.count...]).copyMemory(from: id)
      return person(idBytes: UnsafeRawBufferPointer(buffer))
    }
  }

  /// Records that key `ordinal` belongs to message `message` (see `keyRuns`).
  private mutating func noteKey(ordinal: Int, message: Int) {
    let offset = keyRuns.last.map { $0.message - $0.ordinal } ?? 0
    if message - ordinal != offset { keyRuns.append((ordinal, message)) }
  }

  /// The index of the message whose key has `ordinal`.
  /// - Complexity: O(log runs).
  private func message(ofKey ordinal: Int) -> Int {
    var low = 0
    var high = keyRuns.count
    while low < high {
      let middle = (low + high) / 2
      if keyRuns[middle].ordinal <= ordinal { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? ordinal : ordinal - keyRuns[low - 1].ordinal + keyRuns[low - 1].message
  }

  /// The prefix of every message key of the current input: the key of message `id` is this number's 4
  /// little-endian bytes, then the id's UTF-8, so that ids are compared per input. The table hashes and compares
  /// the two parts in place (`ByteKeyTable.insert(prefix:_:)`); only a pending reply's key is assembled.
  private var messageKeyPrefix: UInt32 { UInt32(truncatingIfNeeded: currentInput ?? -1) }

  private mutating func add(_ record: InteractionRecord) {
    addDirect(
      person(id: record.source), person(id: record.target), kind: record.kind, time: record.time,
      weight: record.weight)
  }

  /// An interaction read as such (not derived from a message), counted as a used record.
  private mutating func addDirect(
    _ source: PersonIndex, _ target: PersonIndex, kind: InteractionKind, time: Date?, weight: Double
  ) {
    directInteractions.append(Interaction(source: source, target: target, kind: kind, time: time, weight: weight))
    if source == target { hasDirectSelfInteraction = true }
    tallyUsed()
  }

  private mutating func tallyUsed() {
    guard let input = currentInput else { return }
    corpus.inputs[input].recordsRead += 1
    corpus.inputs[input].recordsUsed += 1
  }

  private mutating func tally(skipped reason: String) {
    guard let input = currentInput else { return }
    corpus.inputs[input].recordsRead += 1
    corpus.inputs[input].recordsSkipped[reason, default: 0] += 1
  }

  /// Resolves replies and derives every interaction; the builder cannot be used afterwards.
  public consuming func build() -> Corpus {
    var keyStart = 0
    for (message, keyEnd, location) in pendingReplies {
      let key = pendingReplyKeys[keyStart..<keyEnd]
      keyStart = keyEnd
      if let parent = key.withUnsafeBytes({ messageKeys.ordinal(of: $0) }).map(message(ofKey:)) {
        corpus.messages.setParent(parent, of: message)
      } else if corpus.messages.parentAuthor(of: message) == nil {
        emit(
          Diagnostic(
            .note, kind: "reply_target_missing",
            message: "reply to a message that is not in the input; no reply interaction",
            location: location, value: String(decoding: key.dropFirst(4), as: UTF8.self)))
      }
    }
    messageKeys = ByteKeyTable()
    keyRuns = []
    shortPersonKeys = ShortKeyTable()
    personKeys = ByteKeyTable()
    personByKey = []
    prefixedPeople = ShortKeyTable()
    pendingReplies = []
    pendingReplyKeys = []
    corpus.messages.finishAdding()
    Self.returnFreedMemory()
    if let window = replyInferenceWindow {
      ReplyInference(window: window).infer(&corpus.messages, inputOfMessage: inputOfMessages())
    }
    var extractor = InteractionExtractor(corpus: corpus)
    var direct: [Interaction] = []
    swap(&direct, &directInteractions)
    corpus.interactions = extractor.interactions(direct: consume direct, mayHaveSelf: hasDirectSelfInteraction)
    corpus.diagnostics = extractor.diagnostics
    return corpus
  }

  /// Gives the pages freed so far back to the system before the interactions are made. glibc serves blocks below
  /// its mmap threshold (which rises to 32 MiB once large blocks have been freed) from its heap, where freed pages
  /// under a live block stay resident: the key tables, freed just above, would add to the interactions' peak.
  /// `malloc_trim` releases them; it is not in the Swift `Glibc` module, so it is looked up by name.
  private static func returnFreedMemory() {
    #if canImport(Glibc)
      typealias Trim = @convention(c) (Int) -> Int32
      guard let program = dlopen(nil, RTLD_NOW) else { return }
      defer { dlclose(program) }
      guard let trim = dlsym(program, "malloc_trim") else { return }
      _ = unsafeBitCast(trim, to: Trim.self)(0)
    #endif
  }

  /// The input of every message (-1 before any `beginInput`), from `inputStarts`.
  private func inputOfMessages() -> [Int] {
    var result = [Int](repeating: -1, count: corpus.messages.count)
    for (position, start) in inputStarts.enumerated() {
      let end = position + 1 < inputStarts.count ? inputStarts[position + 1].message : result.count
      for message in start.message..<end { result[message] = start.input }
    }
    return result
  }
}
