import ConversationModel
import Foundation
import Importers

/// The import benchmark of issue 5: one Slack-like JSON array read by Crosstalk's importer and by Foundation's
/// two JSON APIs, one task per process so `/usr/bin/time -v` gives each its own peak memory.
///
/// `crosstalk-bench json-stream FILE` times Crosstalk's streaming JSON reader alone (every element parsed into a
/// `JSONValue`, through the public `JSONFileStatistics`); `import-slack FOLDER` times `CorpusLoader.load` on a
/// Slack export folder (streamed JSON, Slack semantics and the corpus: everything `crosstalk analyze` does before
/// the graph); `json-decoder FILE` decodes the day file into `Codable` structs of the fields the importer reads
/// (blocks left out: Codable has no cheap way to search them); `json-serialization FILE` builds Foundation's
/// `Any` tree. `import-mbox`, `import-teams`, `import-discord`, `import-telegram`, `import-stackexchange` and
/// `import-zulip` (an export folder, `Scripts/generate_zulip.py`), `import-yammer` (an export folder) and
/// `import-discord-csv` (one channel CSV; both `Scripts/generate_csv_exports.py`), `import-mattermost` (JSONL) and
/// `import-whatsapp` (a chat `.txt`; both `Scripts/generate_line_exports.py`) time
/// `CorpusLoader.load` on one input with that format named (`--from`), like `import-slack`; so does
/// `import-interactions` on a header-less edge list (`Scripts/generate_benchmark_graphs.py`), read as `load-cli`
/// reads it but without the graph build. Each prints one JSON
/// line: task, bytes, seconds of the fastest run, MB/s (10^6 bytes per second) and a check figure.
enum ImportBenchTask: String, CaseIterable {
  case jsonStream = "json-stream"
  case importSlack = "import-slack"
  case jsonDecoder = "json-decoder"
  case jsonSerialization = "json-serialization"
  case importMbox = "import-mbox"
  case importTeams = "import-teams"
  case importDiscord = "import-discord"
  case importTelegram = "import-telegram"
  case importStackExchange = "import-stackexchange"
  case importZulip = "import-zulip"
  case importInteractions = "import-interactions"
  case importYammer = "import-yammer"
  case importDiscordCSV = "import-discord-csv"
  case importMattermost = "import-mattermost"
  case importWhatsApp = "import-whatsapp"

  struct Reaction: Decodable {
    let name: String?
    let users: [String]?
    let count: Int?
  }

  struct SlackMessage: Decodable {
    let type: String?
    let subtype: String?
    let user: String?
    let text: String?
    let ts: String?
    let threadTs: String?
    let parentUserId: String?
    let reactions: [Reaction]?
  }

  /// Runs the task on `path` `runs` times and prints the measurement line.
  func measure(path: String, runs: Int) throws {
    let bytes = try Self.size(of: path)
    var best = Double.infinity
    var check = ""
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      check = try run(path: path)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let line: [String: Any] = [
      "task": rawValue, "file": path, "bytes": bytes, "seconds": best,
      "mb_per_s": Double(bytes) / best / 1e6, "check": check,
    ]
    let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
  }

  private func run(path: String) throws -> String {
    switch self {
    case .jsonStream:
      let statistics = try JSONFileStatistics.read(path: path)
      return "messages \(statistics.values) members \(statistics.members)"
    case .importSlack, .importMbox, .importTeams, .importDiscord, .importTelegram, .importStackExchange,
      .importZulip, .importInteractions, .importYammer, .importDiscordCSV, .importMattermost, .importWhatsApp:
      var options = ImportOptions()
      options.format = format
      if self == .importInteractions { options.header = .absent }
      let corpus = try CorpusLoader.load([path], options: options)
      return "messages \(corpus.messages.count) read \(corpus.inputs.first?.recordsRead ?? 0)"
    case .jsonDecoder:
      let decoder = JSONDecoder()
      decoder.keyDecodingStrategy = .convertFromSnakeCase
      let messages = try decoder.decode([SlackMessage].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
      return "messages \(messages.count) replies \(messages.count { $0.threadTs != nil && $0.threadTs != $0.ts })"
    case .jsonSerialization:
      let value = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
      return "messages \((value as? [Any])?.count ?? -1)"
    }
  }

  /// The format an `import-*` task names, `nil` (detected) for the others.
  private var format: ExportFormat? {
    switch self {
    case .importMbox: .mbox
    case .importTeams: .teams
    case .importDiscord, .importDiscordCSV: .discord
    case .importYammer: .yammer
    case .importTelegram: .telegram
    case .importStackExchange: .stackexchange
    case .importZulip: .zulip
    case .importInteractions: .interactionsCSV
    case .importMattermost: .mattermost
    case .importWhatsApp: .whatsapp
    default: nil
    }
  }

  /// The bytes of a file, or of every file under a folder.
  private static func size(of path: String) throws -> Int {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      return try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }
    let files = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
    return try files.reduce(0) { total, name in
      total + (try FileManager.default.attributesOfItem(atPath: path + "/" + name)[.size] as? Int ?? 0)
    }
  }
}
