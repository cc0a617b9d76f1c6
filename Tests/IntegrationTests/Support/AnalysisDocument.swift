import Foundation

/// The part of `crosstalk analyze --format json` (DESIGN.md "JSON output") the integration tests read, decoded
/// with snake_case keys so a renamed or missing key fails the decode rather than a comparison.
struct AnalysisDocument: Decodable {
  struct Input: Decodable {
    let path: String
    let format: String
    let recordsRead: Int
    let recordsUsed: Int
    let recordsSkipped: [String: Int]
  }

  struct Diagnostics: Decodable {
    let counts: [String: Int]
  }

  struct Summary: Decodable {
    let people: Int
    let activePeople: Int
    let messages: Int
    let interactions: [String: Int]
    let inferredReplies: Int
    let kinds: [String]
    let nodes: Int
    let edges: Int
    let totalWeight: Double
    let density: Double
    let reciprocity: Double?
    let weakComponents: Int
    let strongComponents: Int
  }

  struct Person: Decodable {
    let id: String
    let name: String?
    let title: String?
    let department: String?
    let levelRank: Int?
    let messages: Int
    let inDegree: Int
    let outDegree: Int
    let pagerank: Double
    let weakComponent: Int?
  }

  /// `levels` and `groups` share these keys.
  struct Mixing: Decodable {
    let order: [String]
    let matrix: [[Double]]
    let excludedWeight: Double
  }

  struct Levels: Decodable {
    let order: [String]
    let matrix: [[Double]]
    let upwardShare: Double
    let downwardShare: Double
    let lateralShare: Double
    let skipLevelShare: Double
    let crossLevelShare: Double
    let includedWeight: Double
    let excludedWeight: Double
  }

  struct Org: Decodable {
    let entries: Int
    let entriesWithLevel: Int
    let matchedById: Int
    let matchedByEmail: Int
    let matchedByName: Int
    let unmatchedPeople: [String]
    let unmatchedEntries: [String]
  }

  let schema: String
  let inputs: [Input]
  let diagnostics: Diagnostics
  let summary: Summary
  let people: [Person]
  let levels: Levels?
  let groups: Mixing?
  let org: Org?

  static func decode(_ data: Data) throws -> AnalysisDocument {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(AnalysisDocument.self, from: data)
  }
}
