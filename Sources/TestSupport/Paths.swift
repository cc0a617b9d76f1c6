import Foundation

/// Locations the tests read from: the package root and the shared real data beside it.
public enum TestPaths {
  /// The package root, found from this file's path (`Sources/TestSupport/Paths.swift`).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/data/<name>` relative to the package root.
  public static func sharedData(_ name: String) -> URL {
    packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/\(name)")
  }

  /// A fresh empty temporary directory for one test.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosstalk-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
