import Foundation
import InteractionGraph

/// `crosstalk-bench TASK FILE [--runs N] [--threads K]`: times one task on one graph file and prints one JSON
/// line (see `Measurement`). Each task runs in its own process so that the peak memory is that task's.
/// A task is repeated up to 7 times when its first run takes under 1 s, `--runs` times (default 3) under 10 s.
let usage = "usage: crosstalk-bench TASK FILE [--runs N] [--threads K]; tasks: "
  + (BenchTask.allCases.map(\.rawValue) + ImportBenchTask.allCases.map(\.rawValue)).joined(separator: ", ")

func option(_ name: String, in arguments: [String], default value: Int) -> Int? {
  guard let index = arguments.firstIndex(of: name) else { return value }
  guard index + 1 < arguments.count, let parsed = Int(arguments[index + 1]), parsed > 0 else { return nil }
  return parsed
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 2, let importTask = ImportBenchTask(rawValue: arguments[0]) {
  do {
    try importTask.measure(path: arguments[1], runs: option("--runs", in: arguments, default: 1) ?? 1)
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
}
guard arguments.count >= 2, let task = BenchTask(rawValue: arguments[0]),
  let runs = option("--runs", in: arguments, default: 3),
  let threads = option("--threads", in: arguments, default: ProcessInfo.processInfo.activeProcessorCount)
else {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(64)
}
let file = arguments[1]
do {
  // load-cli reads the file itself; the others start from the edge arrays, and the analyses from the graph.
  let edges = task == .loadCLI ? EdgeList() : try EdgeList(path: file)
  let prepared = task.isLoading ? nil : edges.build()
  let timed = try timeRuns(runs: runs, singleRunSeconds: 10) { () throws -> (InteractionGraph, String) in
    switch task {
    case .loadCLI: let graph = try task.loadAsCLI(file: file); return (graph, task.run(on: graph, threads: 1))
    case .buildCSR: let graph = edges.build(); return (graph, task.run(on: graph, threads: 1))
    default:
      let graph = prepared ?? edges.build()
      return (graph, task.run(on: graph, threads: threads))
    }
  }
  let graph = timed.result.0
  let measurement = Measurement(
    task: task.rawValue, file: file, nodes: graph.nodeCount, edges: graph.edgeCount,
    threads: task.isParallel ? threads : 1, runs: timed.seconds, check: timed.result.1)
  print(measurement.jsonLine())
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
