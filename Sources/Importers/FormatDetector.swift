import Foundation

/// Tells an input's export format from its content, not only its name.
///
/// Rules, in order:
/// 1. A folder or zip archive with `users.json`, `org_users.json` or `channels.json` at its root (after the
///    common top folder, see `InputSource`), or any `<folder>/YYYY-MM-DD.json` entry, is `slack`; so is a
///    folder tree whose first JSON files hold Slack messages (`SlackTree.looksLikeMessages`), an API dump.
/// 2. A plain file read without a header (`ImportOptions.Header.absent`) is `interactions-csv`, the only format
///    read by position.
/// 3. A plain file whose first line, split by its detected delimiter, provides `id`, `author` and `time` (by
///    synonym or `--columns`) is `messages-csv`; otherwise one that provides `source` and `target` (`from`/`to`,
///    `sender`/`recipient`, …) is `interactions-csv`.
/// Anything else is `ImportError.unrecognizedFormat`, listing the supported names.
///
/// - Complexity: O(entries) for a container, O(first line) for a file.
enum FormatDetector {
  static func detect(_ input: InputSource, data: Data?, options: ImportOptions) throws(ImportError) -> ExportFormat {
    switch input.kind {
    case .folder, .archive:
      if isSlackExport(input.entries) || SlackTree.looksLikeMessages(input) { return .slack }
    case .file:
      if options.header == .absent { return .interactionsCSV }
      if let data, let format = csvFormat(data, options: options) { return format }
    }
    throw .unrecognizedFormat(path: input.path, supported: ExportFormat.allCases.map(\.rawValue))
  }

  static func isSlackExport(_ entries: [String]) -> Bool {
    let directoryFiles = ["users.json", "org_users.json", "channels.json"]
    return entries.contains { directoryFiles.contains($0) } || entries.contains(where: isSlackDayFile)
  }

  /// `<folder>/YYYY-MM-DD.json`, one folder deep.
  static func isSlackDayFile(_ entry: String) -> Bool {
    let parts = entry.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty else { return false }
    let name = Array(parts[1].utf8)
    guard name.count == 15, parts[1].hasSuffix(".json") else { return false }
    return name.indices.prefix(10).allSatisfy { index in
      index == 4 || index == 7 ? name[index] == UInt8(ascii: "-") : TimestampParser.isDigit(name[index])
    }
  }

  private static func csvFormat(_ data: Data, options: ImportOptions) -> ExportFormat? {
    var tokenizer = CSVTokenizer(data: data.prefix(64 * 1024), delimiter: options.delimiter)
    guard case .record(let header) = tokenizer.next() else { return nil }
    if CSVColumns.matches(headers: header.fields, schema: .messages, mapping: options.columns) {
      return .messagesCSV
    }
    if CSVColumns.matches(headers: header.fields, schema: .interactions, mapping: options.columns) {
      return .interactionsCSV
    }
    return nil
  }
}
