import ConversationModel
import Foundation

/// Turns the rows of one Stack Exchange site's `Users.xml`, `Posts.xml` and `Comments.xml` into records.
///
/// Definitions (DESIGN.md, FORMATS.md §12):
/// - People: each `Users.xml` row with an `Id`. The person id is `se:<AccountId>` where the row has an
///   `AccountId` (the network-wide account, so one human is one person across sites and inputs), else
///   `<site>:<Id>`. A `UserId` that `Users.xml` does not list keeps `<site>:<Id>`. The Community user (`Id` −1,
///   the site's own process) is a bot.
/// - Messages: a question (`PostTypeId` 1) starts a conversation; an answer (`PostTypeId` 2) answers its question
///   (`ParentId`), so it addresses the question's owner; a comment answers its post (`PostId`) and so addresses
///   the post's owner. Ids: `<site>/post/<Id>` and `<site>/comment/<Id>` (posts and comments number apart).
///   Time: `CreationDate`, UTC. Channel: the site. Text is not kept (`Body` is HTML and not needed).
/// - Mentions: a comment's `@name` addressing an earlier commenter or the post's owner
///   (`StackExchangeCommentMentions`).
/// - Deleted users: a post or comment with no `OwnerUserId`/`UserId` but an `OwnerDisplayName`/`UserDisplayName`
///   is written by `<site>:deleted:<name>` (a person named `name`, yielded once) with a `deleted_user` note;
///   with neither it is skipped as `missing_owner`.
/// - Edits (`LastEditorUserId`, `PostHistory.xml`) are ignored: an edit is not someone addressing someone.
///
/// Skip reasons: other post types first, `orphaned_tag_wiki` (3), `tag_wiki_excerpt` (4), `tag_wiki` (5),
/// `moderator_nomination` (6), `wiki_placeholder` (7), `privilege_wiki` (8), else `unknown_post_type` with a note;
/// then, in this order, `missing_id`, `missing_parent` (an answer without `ParentId`, a comment without `PostId`),
/// `invalid_timestamp`, `missing_owner`; and `malformed_row` for rows that are not well-formed XML.
///
/// - Complexity: O(1) per row plus hashing; memory O(users + posts + comments of the site), a few bytes each
///   (`StackExchangeCommentMentions`).
struct StackExchangeRows {
  static let postTypeReasons = [
    "3": "orphaned_tag_wiki", "4": "tag_wiki_excerpt", "5": "tag_wiki", "6": "moderator_nomination",
    "7": "wiki_placeholder", "8": "privilege_wiki",
  ]

  let site: String
  /// The site's people and the commenters of its posts.
  private var mentions = StackExchangeCommentMentions()

  init(site: String) {
    self.site = site
  }

  /// The person of a `Users.xml` row; a row without `Id` is a `missing_id` warning and nil.
  mutating func person(
    _ row: XMLRowReader, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> PersonRecord? {
    guard let id = row.string("Id").present else {
      diagnostics.emit(Diagnostic(.warning, kind: "missing_id", message: "user row has no Id; skipped",
                                  location: location))
      return nil
    }
    let personID = row.string("AccountId").present.map { "se:\($0)" } ?? "\(site):\(id)"
    let name = row.string("DisplayName")
    mentions.user(id, person: personID, displayName: name)
    return PersonRecord(id: personID, name: name, isBot: id == "-1", location: location)
  }

  /// The records of a `Posts.xml` row: a message (after its deleted author's person, if new) or one skip.
  mutating func post(
    _ row: XMLRowReader, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> [ImportRecord] {
    let type = row.string("PostTypeId") ?? ""
    guard type == "1" || type == "2" else {
      if let reason = Self.postTypeReasons[type] { return [.skipped(reason: reason, location: location)] }
      diagnostics.emit(Diagnostic(.note, kind: "unknown_post_type", message: "post type not read; post skipped",
                                  location: location, value: type))
      return [.skipped(reason: "unknown_post_type", location: location)]
    }
    var parent: String?
    if type == "2", row.string("Id").present != nil {
      guard let parentID = row.string("ParentId").present else {
        return [skip("missing_parent", "answer has no ParentId; skipped", row.string("Id"), location, &diagnostics)]
      }
      parent = parentID
    }
    let (records, owner) = message(row, kind: "post", owner: ("OwnerUserId", "OwnerDisplayName"), parent: parent,
                                   location: location, diagnostics: &diagnostics)
    if case .message = records.last, let id = row.string("Id").present { mentions.post(id, owner: owner) }
    return records
  }

  /// The records of a `Comments.xml` row: a message answering its post, or one skip.
  mutating func comment(
    _ row: XMLRowReader, location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> [ImportRecord] {
    let postID = row.string("PostId").present
    if postID == nil, let id = row.string("Id").present {
      return [skip("missing_parent", "comment has no PostId; skipped", id, location, &diagnostics)]
    }
    let read = message(row, kind: "comment", owner: ("UserId", "UserDisplayName"), parent: postID,
                       location: location, diagnostics: &diagnostics)
    var records = read.records
    if case .message(var comment) = records.last, let postID {
      comment.mentions = mentions.comment(on: postID, author: read.author, text: row.string("Text"))
      records[records.count - 1] = .message(comment)
    }
    return records
  }

  /// The records of a post or comment row (`parent`: the `Id` of the post it answers), and the ordinal of its
  /// author in `mentions` (nil for a user `Users.xml` does not list).
  private mutating func message(
    _ row: XMLRowReader, kind: String, owner: (id: StaticString, name: StaticString), parent: String?,
    location: SourceLocation, diagnostics: inout DiagnosticLog
  ) -> (records: [ImportRecord], author: Int32?) {
    guard let id = row.string("Id").present else {
      return ([skip("missing_id", "\(kind) has no Id; skipped", nil, location, &diagnostics)], nil)
    }
    let timeText = row.string("CreationDate")
    guard let time = timeText.flatMap(TimestampParser.date(from:)) else {
      return ([skip("invalid_timestamp", "\(kind) has no valid CreationDate; skipped", timeText ?? "", location,
                    &diagnostics)], nil)
    }
    var records: [ImportRecord] = []
    let author: String
    var ordinal: Int32?
    if let userID = row.string(owner.id).present {
      let user = mentions.user(userID)
      (author, ordinal) = (user?.person ?? "\(site):\(userID)", user?.ordinal)
    } else if let name = row.string(owner.name).present {
      author = "\(site):deleted:\(name)"
      diagnostics.emit(Diagnostic(
        .note, kind: "deleted_user", message: "\(kind) by a deleted user; author taken from the display name",
        location: location, value: name))
      let deleted = mentions.deletedUser(name, person: author)
      ordinal = deleted.ordinal
      if deleted.inserted { records.append(.person(PersonRecord(id: author, name: name, location: location))) }
    } else {
      return ([skip("missing_owner", "\(kind) has no owner id or name; skipped", id, location, &diagnostics)], nil)
    }
    records.append(.message(MessageRecord(
      id: "\(site)/\(kind)/\(id)", author: author, time: time, channel: site,
      replyTo: parent.map { "\(site)/post/\($0)" }, location: location)))
    return (records, ordinal)
  }

  private func skip(
    _ reason: String, _ message: String, _ value: String?, _ location: SourceLocation,
    _ diagnostics: inout DiagnosticLog
  ) -> ImportRecord {
    diagnostics.emit(Diagnostic(.warning, kind: reason, message: message, location: location, value: value))
    return .skipped(reason: reason, location: location)
  }
}

extension Optional<String> {
  /// The string without surrounding whitespace, nil when that leaves nothing; the common case (no space at
  /// either end) costs two byte checks instead of Foundation's `trimmingCharacters`.
  fileprivate var present: String? {
    guard let value = self, let first = value.utf8.first, let last = value.utf8.last else { return nil }
    if !XMLBytes.isWhitespace(first) && !XMLBytes.isWhitespace(last) { return value }
    let trimmed = value.utf8.drop(while: XMLBytes.isWhitespace).reversed().drop(while: XMLBytes.isWhitespace)
    return trimmed.isEmpty ? nil : String(decoding: trimmed.reversed(), as: UTF8.self)
  }
}
