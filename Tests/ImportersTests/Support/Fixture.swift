import ConversationModel
import Foundation
import TestSupport
import ZIPFoundation

@testable import Importers

/// Writes inline fixture files into a fresh temporary directory and reads them back through the importers.
struct Fixture {
  let directory: URL

  init() throws {
    directory = try TestPaths.temporaryDirectory()
  }

  /// Writes `text` at `relativePath` (folders created) and returns the file's path.
  @discardableResult
  func write(_ relativePath: String, _ text: String) throws -> String {
    let url = directory.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func path(_ relativePath: String) -> String { directory.appendingPathComponent(relativePath).path }

  /// Zips the folder `relativePath` (its name kept as the top folder) into `<relativePath>.zip`, deflated.
  func zip(_ relativePath: String) throws -> String {
    let source = directory.appendingPathComponent(relativePath)
    let destination = directory.appendingPathComponent(relativePath + ".zip")
    try FileManager.default.zipItem(at: source, to: destination, compressionMethod: .deflate)
    return destination.path
  }
}

/// Every record a reader yields, with the diagnostics it emitted.
struct ReadResult {
  var records: [ImportRecord] = []
  var diagnostics = DiagnosticLog()

  var people: [PersonRecord] {
    records.compactMap { if case .person(let person) = $0 { person } else { nil } }
  }
  var messages: [MessageRecord] {
    records.compactMap { if case .message(let message) = $0 { message } else { nil } }
  }
  var interactions: [InteractionRecord] {
    records.compactMap { if case .interaction(let interaction) = $0 { interaction } else { nil } }
  }
  var skipped: [(reason: String, location: SourceLocation?)] {
    records.compactMap { if case .skipped(let reason, let location) = $0 { (reason, location) } else { nil } }
  }
  var skippedCounts: [String: Int] {
    skipped.reduce(into: [:]) { $0[$1.reason, default: 0] += 1 }
  }
}

/// Opens `path` the way `CorpusLoader` does and drains its reader.
func readAll(_ path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ReadResult {
  var reader = try FormatReader.open(path, options: options)
  var result = ReadResult()
  while let record = try reader.next(diagnostics: &result.diagnostics) {
    result.records.append(record)
  }
  return result
}

/// The error `body` throws, or `nil` when it throws none.
func importError<T>(_ body: () throws(ImportError) -> T) -> ImportError? {
  do {
    _ = try body()
    return nil
  } catch {
    return error
  }
}
