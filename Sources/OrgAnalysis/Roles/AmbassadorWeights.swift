import Foundation

/// The weights of the ambassador score's components (`--ambassador-weights`), each at least 0.
///
/// Defaults (docs/roles.md): influence 0.3, bridging 0.25, responsiveness 0.2, consistency 0.15,
/// reciprocity 0.1. The score divides by the weights' sum, so they need not add up to 1; at least one must be
/// positive.
public struct AmbassadorWeights: Sendable, Equatable {
  public var influence = 0.3
  public var bridging = 0.25
  public var responsiveness = 0.2
  public var reciprocity = 0.1
  public var consistency = 0.15

  public init() {}

  /// The component keys, in the order the JSON and the docs list them.
  public static let keys = ["influence", "bridging", "responsiveness", "reciprocity", "consistency"]

  /// The weights in `keys` order.
  public var values: [Double] { [influence, bridging, responsiveness, reciprocity, consistency] }

  /// The defaults changed by `KEY=VALUE,...` (keys of `keys`); keys not given keep their default.
  /// - Throws: `RoleOptionError` for an unknown key, a value that is not a number ≥ 0, or all weights 0.
  public init(parsing text: String) throws(RoleOptionError) {
    self.init()
    for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else { throw .malformedWeight(String(pair)) }
      guard let value = Double(parts[1]), value >= 0, value.isFinite else {
        throw .invalidWeight(key: parts[0], value: parts[1])
      }
      switch parts[0] {
      case "influence": influence = value
      case "bridging": bridging = value
      case "responsiveness": responsiveness = value
      case "reciprocity": reciprocity = value
      case "consistency": consistency = value
      default: throw .unknownWeight(parts[0])
      }
    }
    guard values.contains(where: { $0 > 0 }) else { throw .allWeightsZero }
  }
}

/// A role option that cannot be used, with the offending text.
public enum RoleOptionError: Error, Sendable, Equatable, CustomStringConvertible {
  case malformedWeight(String)
  case invalidWeight(key: String, value: String)
  case unknownWeight(String)
  case allWeightsZero
  case malformedThreshold(String)
  case invalidThreshold(key: String, value: String)
  case unknownThreshold(String)

  public var description: String {
    switch self {
    case .malformedWeight(let text): "ambassador weight '\(text)' is not KEY=VALUE"
    case .invalidWeight(let key, let value): "ambassador weight \(key)='\(value)' is not a number of 0 or more"
    case .unknownWeight(let key):
      "unknown ambassador weight '\(key)' (expected one of: \(AmbassadorWeights.keys.joined(separator: ", ")))"
    case .allWeightsZero: "ambassador weights are all 0; at least one must be positive"
    case .malformedThreshold(let text): "persona threshold '\(text)' is not KEY=VALUE"
    case .invalidThreshold(let key, let value):
      "persona threshold \(key)='\(value)' is not a number of 0 or more"
        + (key == "broadcaster_minimum_posts" ? " (a whole number)" : "")
    case .unknownThreshold(let key):
      "unknown persona threshold '\(key)' (expected one of: "
        + PersonaThresholds().named.map(\.key).joined(separator: ", ") + ")"
    }
  }
}
