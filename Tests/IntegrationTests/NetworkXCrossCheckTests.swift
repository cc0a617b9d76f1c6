import Foundation
import TestSupport
import Testing

/// Metrics agree with NetworkX on graphs no test has seen before: `Scripts/crosscheck_networkx.py` draws 20
/// random weighted directed graphs from a seed taken from the clock, runs the built `crosstalk analyze` on each
/// and compares every people metric and summary figure with NetworkX (tolerances in the script's docstring).
///
/// The seed is printed; rerun a failure with
/// `python3 Scripts/crosscheck_networkx.py --seed SEED --graphs 20 --binary .build/debug/crosstalk --keep DIR`.
@Suite struct NetworkXCrossCheckTests {
  @Test func randomGraphsMatchNetworkX() throws {
    let seed = Int(Date().timeIntervalSince1970)
    print("NetworkX cross-check seed: \(seed)")
    let script = TestPaths.packageRoot.appendingPathComponent("Scripts/crosscheck_networkx.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", script.path, "--seed", String(seed), "--graphs", "20", "--binary", CommandRunner.executable.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    print(text)
    #expect(process.terminationStatus == 0, "seed \(seed):\n\(text)")
    #expect(text.contains("20 passed, 0 failed"), "seed \(seed):\n\(text)")
  }
}
