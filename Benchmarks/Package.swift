// swift-tools-version: 6.1
import PackageDescription

/// The benchmark runner, kept out of the root package so its builds and tests never compile it.
/// It uses the root package's `Crosstalk` library product by path; see `docs/benchmarks.md`.
let package = Package(
  name: "CrosstalkBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "Crosstalk", path: "..")],
  targets: [
    .executableTarget(
      name: "crosstalk-bench",
      dependencies: [.product(name: "Crosstalk", package: "Crosstalk")],
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")])
  ]
)
