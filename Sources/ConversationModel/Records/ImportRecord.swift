/// What an importer yields, one at a time, in input order.
///
/// Every content record the importer reads (a message object, a CSV row) is yielded exactly once, either as a
/// `.message`/`.interaction` or as `.skipped` with a reason, so the corpus can reconcile
/// `records read = used + skipped` per input. Directory entries (`.person`) are not content records.
public enum ImportRecord: Sendable, Hashable {
  case person(PersonRecord)
  case message(MessageRecord)
  case interaction(InteractionRecord)
  /// A content record read and deliberately not used (`channel_join`, a row with no author).
  case skipped(reason: String, location: SourceLocation?)
}
