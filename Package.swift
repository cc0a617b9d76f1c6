// swift-tools-version: 6.1
import PackageDescription

/// Targets follow DESIGN.md "Pipeline and modules": one job each, dependencies pointing one way.
/// Only `GraphvizRendering` touches the Graphviz C library; everything else builds and tests without it.
let package = Package(
  name: "Crosstalk",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "crosstalk", targets: ["crosstalk"]),
    .library(
      name: "Crosstalk",
      targets: [
        "SeededRandom", "ConversationModel", "Importers", "InteractionGraph", "GraphMetrics", "OrgAnalysis", "Reports",
        "DOT", "GraphvizRendering", "SyntheticOrganisation",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
  ],
  targets: [
    .target(name: "SeededRandom"),
    .target(name: "ConversationModel"),
    .target(
      name: "Importers",
      dependencies: [
        "ConversationModel", "CGzip", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // zlib's gzip inflate for `.tar.gz` inputs. Not named CZlib: ZIPFoundation's Linux build already has a module
    // of that name, and it is not a product this package can depend on.
    .systemLibrary(name: "CGzip", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(name: "InteractionGraph"),
    .target(name: "GraphMetrics", dependencies: ["InteractionGraph", "SeededRandom"]),
    .target(
      name: "OrgAnalysis",
      dependencies: [
        "ConversationModel", "InteractionGraph", "GraphMetrics", "SeededRandom",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "DOT"),
    .target(
      name: "Reports", dependencies: ["ConversationModel", "InteractionGraph", "GraphMetrics", "OrgAnalysis", "DOT"]),
    .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
    .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
    .target(
      name: "SyntheticOrganisation",
      dependencies: ["ConversationModel", "SeededRandom", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    .target(name: "TestSupport", dependencies: ["InteractionGraph", "ConversationModel", "SeededRandom"]),
    .executableTarget(
      name: "crosstalk",
      dependencies: [
        "ConversationModel", "Importers", "InteractionGraph", "GraphMetrics", "OrgAnalysis", "Reports", "DOT",
        "GraphvizRendering", "SyntheticOrganisation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "ConversationModelTests", dependencies: ["ConversationModel", "TestSupport"]),
    .testTarget(name: "ImportersTests", dependencies: ["Importers", "TestSupport"]),
    .testTarget(name: "InteractionGraphTests", dependencies: ["InteractionGraph", "TestSupport"]),
    .testTarget(
      name: "GraphMetricsTests", dependencies: ["GraphMetrics", "SeededRandom", "TestSupport"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "OrgAnalysisTests", dependencies: ["OrgAnalysis", "Importers", "SeededRandom", "TestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Reports", "OrgAnalysis", "GraphMetrics", "ConversationModel", "InteractionGraph", "DOT", "TestSupport",
      ]),
    .testTarget(name: "DOTTests", dependencies: ["DOT", "TestSupport"], resources: [.copy("Golden")]),
    .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering", "TestSupport"]),
    .testTarget(
      name: "SyntheticOrganisationTests", dependencies: ["SyntheticOrganisation", "Importers", "TestSupport"]),
    .testTarget(name: "CrosstalkCLITests", dependencies: ["crosstalk", "TestSupport"]),
    .testTarget(
      name: "IntegrationTests",
      dependencies: [
        "Importers", "InteractionGraph", "OrgAnalysis", "GraphMetrics", "Reports", "crosstalk", "TestSupport",
        "SyntheticOrganisation", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures")]),
  ]
)

for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  target.swiftSettings = settings
}
