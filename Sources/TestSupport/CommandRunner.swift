import Foundation

/// Runs the built `crosstalk` binary and captures its exit status, standard output and standard error.
///
/// Both pipes are drained while the child runs (reading only after it exits deadlocks once output exceeds a
/// pipe buffer, as an SVG does).
public enum CommandRunner {
  public struct Result: Sendable {
    public var status: Int32
    public var standardOutput: Data
    public var standardError: String
    public var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
  }

  /// The `crosstalk` executable beside the test bundle (SwiftPM builds products into the same folder).
  public static var executable: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = bundle.deletingLastPathComponent()
    while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("crosstalk").path)
    {
      folder = folder.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("crosstalk")
  }

  /// Runs the binary with `arguments` in `directory`; standard input is empty, or the file `standardInput`.
  public static func run(
    _ arguments: [String], in directory: URL = TestPaths.packageRoot, standardInput: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    if let standardInput {
      process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: standardInput))
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    let collected = Collected()
    let group = DispatchGroup()
    for (pipe, isOutput) in [(output, true), (error, false)] {
      group.enter()
      DispatchQueue.global().async {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        collected.store(data, isOutput: isOutput)
        group.leave()
      }
    }
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, standardOutput: collected.output,
      standardError: String(decoding: collected.error, as: UTF8.self))
  }
}

private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var output = Data()
  private(set) var error = Data()

  func store(_ data: Data, isOutput: Bool) {
    lock.lock()
    defer { lock.unlock() }
    if isOutput { output = data } else { error = data }
  }
}
