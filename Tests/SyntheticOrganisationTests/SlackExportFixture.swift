import Foundation
import SyntheticOrganisation
import ZIPFoundation

/// The parts of a Slack export the tests read, decoded strictly: a missing required key fails the decode.
struct ExportUser: Decodable, Sendable {
  struct Profile: Decodable, Sendable {
    var title: String
    var real_name: String
    var display_name: String
    var email: String?
    var bot_id: String?
  }
  var id: String
  var name: String
  var real_name: String
  var deleted: Bool
  var is_bot: Bool
  var profile: Profile
}

struct ExportChannel: Decodable, Sendable {
  struct Text: Decodable, Sendable {
    var value: String
    var creator: String
    var last_set: String
  }
  var id: String
  var name: String
  var created: String
  var creator: String
  var members: [String]
  var topic: Text
  var purpose: Text
}

struct ExportMessage: Decodable, Sendable {
  struct Reaction: Decodable, Sendable {
    var name: String
    var users: [String]
    var count: Int
  }
  struct Element: Decodable, Sendable {
    var type: String
    var user_id: String?
    var text: String?
    var elements: [Element]?
  }
  struct Block: Decodable, Sendable {
    var type: String
    var block_id: String
    var elements: [Element]
  }
  var type: String
  var subtype: String?
  var user: String?
  var bot_id: String?
  var username: String?
  var text: String
  var ts: String
  var thread_ts: String?
  var reply_count: Int?
  var reply_users_count: Int?
  var reply_users: [String]?
  var latest_reply: String?
  var parent_user_id: String?
  var blocks: [Block]?
  var reactions: [Reaction]?

  var isReply: Bool { thread_ts != nil && thread_ts != ts }
  var isRoot: Bool { thread_ts != nil && thread_ts == ts }
  /// Epoch seconds of the `ts`.
  var seconds: Int { Int(ts.prefix { $0 != "." }) ?? -1 }
}

/// One row of the org chart CSV.
struct OrgRow: Sendable {
  var personID: String
  var name: String
  var email: String
  var title: String
  var department: String
  var managerID: String
}

/// A generated sample opened the way an importer would: zip entries read in memory, JSON decoded.
struct SlackExportFixture: Sendable {
  var output: SampleOutput
  var entryPaths: [String]
  var users: [ExportUser]
  var channels: [ExportChannel]
  /// Messages per channel name, in file order (day files sorted by name).
  var messages: [String: [ExportMessage]]
  var orgRows: [OrgRow]
  var orgHeader: String

  init(_ parameters: SampleParameters) throws {
    output = try SampleGenerator.generate(parameters)
    let archive = try Archive(data: output.slackExportZip, accessMode: .read)
    var files: [String: Data] = [:]
    var paths: [String] = []
    for entry in archive {
      paths.append(entry.path)
      guard entry.type == .file else { continue }
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      files[entry.path] = data
    }
    entryPaths = paths
    let decoder = JSONDecoder()
    users = try decoder.decode([ExportUser].self, from: files["users.json"] ?? Data())
    channels = try decoder.decode([ExportChannel].self, from: files["channels.json"] ?? Data())
    var byChannel: [String: [ExportMessage]] = [:]
    for path in files.keys.sorted() where path.contains("/") {
      let channel = String(path.prefix { $0 != "/" })
      byChannel[channel, default: []] += try decoder.decode([ExportMessage].self, from: files[path] ?? Data())
    }
    messages = byChannel
    let lines = String(decoding: output.orgChartCSV, as: UTF8.self).split(separator: "\n").map(String.init)
    orgHeader = lines.first ?? ""
    orgRows = lines.dropFirst().map { line in
      // The generated chart never needs quoting, so a plain split reads it; short rows pad with "".
      var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      fields += Array(repeating: "", count: max(0, 6 - fields.count))
      return OrgRow(
        personID: fields[0], name: fields[1], email: fields[2], title: fields[3], department: fields[4],
        managerID: fields[5])
    }
  }

  /// The default sample (people 60, months 6, seed 1), generated once for every test that reads it.
  static let standard: Result<SlackExportFixture, any Error> = Result { try SlackExportFixture(SampleParameters()) }

  static func standardSample() throws -> SlackExportFixture { try standard.get() }

  /// Every message of every channel.
  var allMessages: [ExportMessage] { messages.keys.sorted().flatMap { messages[$0] ?? [] } }

  /// Slack user id → department, joined through the e-mail address of the org chart.
  var departmentByUser: [String: String] {
    let byEmail = Dictionary(orgRows.map { ($0.email, $0.department) }, uniquingKeysWith: { first, _ in first })
    var result: [String: String] = [:]
    for user in users {
      if let email = user.profile.email, let department = byEmail[email] { result[user.id] = department }
    }
    return result
  }
}
