import SeededRandom
extension SlackExport {
  /// The JSON object of one message, fields in the order Slack writes them.
  func messageJSON(_ index: Int) -> JSONText {
    let event = events[index]
    var fields: [(String, JSONText)] = [("type", .string("message"))]
    if let subtype = event.subtype { fields.append(("subtype", .string(subtype.rawValue))) }
    if let user = userID(event.author) { fields.append(("user", .string(user))) }
    switch event.author {
    case .botUser: fields.append(("bot_id", .string(organisation.botUser.botID ?? "")))
    case .integration:
      fields.append(("username", .string(organisation.integrationName)))
      fields.append(("bot_id", .string(organisation.integrationBotID)))
    case .person, .contractor: break
    }
    fields.append(("text", .string(event.text)))
    if event.subtype == nil || event.subtype == .threadBroadcast, isWrittenByHand(event.author) {
      fields.append(("client_msg_id", .string(clientMessageID(index))))
    }
    fields.append(("ts", .string(timestamps[index])))
    fields += threadFields(index)
    if event.mentionsInBlocks { fields.append(("blocks", blocksJSON(index))) }
    if !event.reactions.isEmpty { fields.append(("reactions", reactionsJSON(event.reactions))) }
    return .object(fields)
  }

  private func isWrittenByHand(_ author: EventAuthor) -> Bool {
    switch author {
    case .person, .contractor: true
    case .botUser, .integration: false
    }
  }

  /// Root fields (`thread_ts == ts`, counts, reply users, latest reply) or reply fields (`thread_ts`,
  /// `parent_user_id`).
  private func threadFields(_ index: Int) -> [(String, JSONText)] {
    if let root = events[index].root {
      return [
        ("thread_ts", .string(timestamps[root])), ("parent_user_id", .string(userID(events[root].author) ?? "")),
      ]
    }
    let threadReplies = replies[index]
    guard let latest = threadReplies.last else { return [] }
    var replyUsers: [String] = []
    for reply in threadReplies {
      if let user = userID(events[reply].author), !replyUsers.contains(user) { replyUsers.append(user) }
    }
    return [
      ("thread_ts", .string(timestamps[index])), ("reply_count", .integer(threadReplies.count)),
      ("reply_users_count", .integer(replyUsers.count)), ("latest_reply", .string(timestamps[latest])),
      ("reply_users", .array(replyUsers.map { .string($0) })),
    ]
  }

  /// A rich-text block with a `user` element per mention, then the rest of the text.
  private func blocksJSON(_ index: Int) -> JSONText {
    let event = events[index]
    var elements: [JSONText] = []
    var prefixLength = 0
    for person in event.mentions {
      let id = organisation.people[person].slackID ?? ""
      elements.append(.object([("type", .string("user")), ("user_id", .string(id))]))
      elements.append(.object([("type", .string("text")), ("text", .string(" "))]))
      prefixLength += id.count + 4
    }
    elements.removeLast()
    elements.append(.object([("type", .string("text")), ("text", .string(" " + event.text.dropFirst(prefixLength)))]))
    var random = SampleRandom(seed: idSeed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03) ^ 0xB10C)
    let blockID = String(random.slackID(prefix: "", length: 5).lowercased())
    return .array([
      .object([
        ("type", .string("rich_text")), ("block_id", .string(blockID)),
        ("elements", .array([.object([("type", .string("rich_text_section")), ("elements", .array(elements))])])),
      ])
    ])
  }

  private func reactionsJSON(_ reactions: [ReactionDraft]) -> JSONText {
    .array(
      reactions.map { reaction in
        let users = reaction.reactors.compactMap { organisation.people[$0].slackID }
        return .object([
          ("name", .string(reaction.name)), ("users", .array(users.map { .string($0) })),
          ("count", .integer(users.count)),
        ])
      })
  }

  /// A lowercase UUID-shaped id (8-4-4-4-12 hex digits, version 4 bits set) derived from the event index.
  private func clientMessageID(_ index: Int) -> String {
    var random = SampleRandom(seed: idSeed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
    let high = random.next()
    let low = random.next()
    let hex = Array("0123456789abcdef")
    var digits = ""
    for shift in stride(from: 60, through: 0, by: -4) { digits.append(hex[Int((high >> UInt64(shift)) & 15)]) }
    for shift in stride(from: 60, through: 0, by: -4) { digits.append(hex[Int((low >> UInt64(shift)) & 15)]) }
    var characters = Array(digits)
    characters[12] = "4"
    characters[16] = hex[8 + Int((low >> 62) & 3)]
    let text = String(characters)
    let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
      String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(
        text.startIndex, offsetBy: range.upperBound)])
    }
    return parts.joined(separator: "-")
  }
}
