import Foundation

/// Names for ranges of level ranks, parsed from `0=executive,1=director,2=manager,3-=staff`.
///
/// Each band is `RANK=name`, `FROM-TO=name` or `FROM-=name` (open-ended). Bands are listed in rank order and
/// must not overlap; a rank no band covers is named by its number.
public struct LevelBands: Sendable, Equatable, CustomStringConvertible {
  public struct Band: Sendable, Equatable {
    public var lowest: Int
    public var highest: Int?  // nil: open-ended
    public var name: String
  }

  public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)
    case overlapping(String)

    public var description: String {
      switch self {
      case .malformed(let part):
        "invalid level band '\(part)' (expected RANK=name, FROM-TO=name or FROM-=name, e.g. 0=executive,3-=staff)"
      case .overlapping(let part): "level band '\(part)' overlaps an earlier band"
      }
    }
  }

  public let bands: [Band]

  public init(bands: [Band]) { self.bands = bands }

  public init(parsing text: String) throws(ParseError) {
    var bands: [Band] = []
    for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
      let band = try Self.parseBand(part)
      if bands.contains(where: { $0.overlaps(band) }) { throw .overlapping(part) }
      bands.append(band)
    }
    guard !bands.isEmpty else { throw .malformed(text) }
    self.bands = bands.sorted { $0.lowest < $1.lowest }
  }

  private static func parseBand(_ part: String) throws(ParseError) -> Band {
    let sides = part.split(separator: "=", maxSplits: 1).map(String.init)
    guard sides.count == 2, !sides[1].isEmpty else { throw .malformed(part) }
    let range = sides[0].trimmingCharacters(in: .whitespaces)
    let name = sides[1].trimmingCharacters(in: .whitespaces)
    if let rank = Int(range), rank >= 0 { return Band(lowest: rank, highest: rank, name: name) }
    let bounds = range.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard bounds.count == 2, let lowest = Int(bounds[0]), lowest >= 0 else { throw .malformed(part) }
    if bounds[1].isEmpty { return Band(lowest: lowest, highest: nil, name: name) }
    guard let highest = Int(bounds[1]), highest >= lowest else { throw .malformed(part) }
    return Band(lowest: lowest, highest: highest, name: name)
  }

  /// The band name for a rank, or the rank's number when no band covers it.
  public func name(of rank: Int) -> String {
    bands.first { $0.contains(rank) }?.name ?? String(rank)
  }

  /// The band position of a rank, used to order the level matrix; uncovered ranks sort after by number.
  public func order(of rank: Int) -> Int {
    bands.firstIndex { $0.contains(rank) } ?? (bands.count + rank)
  }

  public var description: String {
    bands.map { band in
      let range =
        band.highest == band.lowest ? "\(band.lowest)" : "\(band.lowest)-\(band.highest.map(String.init) ?? "")"
      return "\(range)=\(band.name)"
    }.joined(separator: ",")
  }
}

extension LevelBands.Band {
  func contains(_ rank: Int) -> Bool { rank >= lowest && (highest.map { rank <= $0 } ?? true) }

  func overlaps(_ other: Self) -> Bool {
    let selfHigh = highest ?? Int.max
    let otherHigh = other.highest ?? Int.max
    return lowest <= otherHigh && other.lowest <= selfHigh
  }
}
