import Foundation

/// Modularity references for the named graph fixtures, written by `Scripts/reference_communities.py`
/// (NetworkX `community.modularity`, `louvain_communities`; igraph `community_multilevel`, `community_leiden`).
struct CommunitiesFixture: Decodable, Sendable {
  struct Partition: Decodable, Sendable {
    let description: String
    let membership: [Int]
    let networkxModularity: Double
  }

  struct Runs: Decodable, Sendable {
    let seeds: [Int]
    let modularity: [Double]
    let best: Double
    let mean: Double
  }

  struct Graph: Decodable, Sendable {
    let name: String
    let partitions: [Partition]
    let igraphMultilevel: Runs
    let igraphLeiden: Runs
    let networkxLouvain: Runs
  }

  let networkxVersion: String
  let igraphVersion: String
  let graphs: [Graph]

  static func load() throws -> CommunitiesFixture {
    let name = "communities-reference"
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
      throw FixtureError.missing(name: name)
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(CommunitiesFixture.self, from: Data(contentsOf: url))
  }
}
