import ArgumentParser
import ConversationModel
import Foundation

/// Standard error and output files: the only place the tool writes outside its results.
enum Terminal {
  static func progress(_ message: String) { writeError("crosstalk: \(message)\n") }

  static func error(_ message: String) { writeError("crosstalk: error: \(message)\n") }

  /// Runs `body`, turning a library error into a message on standard error and exit status 1.
  static func failing<T, E: Error>(_ body: () throws(E) -> T) throws -> T {
    do {
      return try body()
    } catch {
      self.error(withoutSeverity(String(describing: error)))
      throw ExitCode.failure
    }
  }

  /// A library error's compiler-style text (`path:1: error: message`) without its own `error:`, which the
  /// `crosstalk: error:` prefix already says: `path:1: message`.
  static func withoutSeverity(_ description: String) -> String {
    if description.hasPrefix("error: ") { return String(description.dropFirst("error: ".count)) }
    guard let range = description.range(of: ": error: ") else { return description }
    return description.replacingCharacters(in: range, with: ": ")
  }

  /// Prints warnings and errors with their positions (the first few of each kind) and one line counting the
  /// notes, so a large export's thousands of skipped joins do not drown what matters.
  static func report(_ log: DiagnosticLog) {
    var notes: [String] = []
    for kind in log.kinds {
      guard kind.severity >= .warning else {
        notes.append("\(kind.kind) \(kind.count)")
        continue
      }
      for example in kind.examples { writeError((example.location == nil ? "crosstalk: " : "") + "\(example)\n") }
      if kind.count > kind.examples.count {
        writeError("crosstalk: … and \(kind.count - kind.examples.count) more '\(kind.kind)'\n")
      }
    }
    if !notes.isEmpty { progress("notes: " + notes.joined(separator: ", ")) }
  }

  /// Writes `data` to `path`, or to standard output when `path` is nil or `-`.
  static func write(_ data: Data, to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(data)
      return
    }
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      self.error("cannot write '\(path)': \(error.localizedDescription)")
      throw ExitCode.failure
    }
  }

  private static func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
