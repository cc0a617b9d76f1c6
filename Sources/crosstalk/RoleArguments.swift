import ArgumentParser
import OrgAnalysis

/// The flags that tune roles and personas, shared by `analyze` and `people` (definitions in docs/roles.md).
struct RoleArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Weights of the ambassador score, as KEY=VALUE,... (keys: influence, bridging, responsiveness, "
        + "reciprocity, consistency; defaults 0.3, 0.25, 0.2, 0.1, 0.15; keys not given keep their default).",
      valueName: "weights"))
  var ambassadorWeights: String?

  @Option(help: "How many ambassadors to list per department and per level.")
  var shortlist: Int = 3

  func validate() throws {
    guard shortlist > 0 else { throw ValidationError("--shortlist must be at least 1, got \(shortlist).") }
    _ = try weights()
  }

  func weights() throws -> AmbassadorWeights {
    guard let ambassadorWeights else { return AmbassadorWeights() }
    do {
      return try AmbassadorWeights(parsing: ambassadorWeights)
    } catch {
      throw ValidationError("--ambassador-weights: \(error.description).")
    }
  }

  /// The role options with `top` people per ranking.
  func options(top: Int) throws -> RoleOptions {
    var options = RoleOptions()
    options.top = top
    options.shortlist = shortlist
    options.ambassadorWeights = try weights()
    return options
  }
}
