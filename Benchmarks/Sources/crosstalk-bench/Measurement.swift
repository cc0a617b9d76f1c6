import Foundation

/// One task's timings in one process, written as a single JSON line.
struct Measurement: Encodable {
  let tool = "crosstalk"
  let task: String
  let file: String
  let nodes: Int
  let edges: Int
  let threads: Int
  /// Wall-clock seconds of each run, in run order.
  let runs: [Double]
  /// Median of `runs` (mean of the two middle runs for an even count).
  let seconds: Double
  /// Peak resident set size of the whole process (graph included), in mebibytes (`getrusage` `ru_maxrss`).
  let peakMemoryMiB: Double
  /// A short fact about the result, so a run that computes nothing shows.
  let check: String

  init(task: String, file: String, nodes: Int, edges: Int, threads: Int, runs: [Double], check: String) {
    self.task = task
    self.file = file
    self.nodes = nodes
    self.edges = edges
    self.threads = threads
    self.runs = runs
    self.check = check
    let sorted = runs.sorted()
    let middle = sorted.count / 2
    seconds = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    peakMemoryMiB = Measurement.peakResidentMiB()
  }

  func jsonLine() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// `ru_maxrss` of this process; Linux reports kibibytes.
  static func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}

/// Runs `body` once, then repeats it: up to 7 runs in all when the first took under 1 s, up to `runs` when it
/// took under `singleRunSeconds`, and no repeat otherwise (the same rule as `Scripts/benchmark_references.py`).
///
/// - Returns: the wall-clock seconds of each run and the last run's result.
func timeRuns<Result>(runs: Int, singleRunSeconds: Double, _ body: () throws -> Result) rethrows
  -> (seconds: [Double], result: Result)
{
  let clock = ContinuousClock()
  var seconds: [Double] = []
  var result: Result
  func wantsAnother() -> Bool {
    (seconds[0] < 1 && seconds.count < max(runs, 7)) || (seconds[0] < singleRunSeconds && seconds.count < runs)
  }
  repeat {
    let start = clock.now
    result = try body()
    let elapsed = clock.now - start
    seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  } while wantsAnother()
  return (seconds, result)
}
