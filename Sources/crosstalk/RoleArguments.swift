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

  @Option(
    help: ArgumentHelp(
      "Persona thresholds, as KEY=VALUE,... (keys: broadcaster_minimum_posts, broadcaster_maximum_answer_share, "
        + "broadcaster_maximum_replies_per_post, catalyst_minimum_post_share, catalyst_minimum_replies_per_post, "
        + "responder_minimum_answer_share, responder_maximum_received_per_given; docs/roles.md gives the rules "
        + "and defaults).",
      valueName: "thresholds"))
  var personaThresholds: String?

  @Option(help: "How many ambassadors to list per department and per level.")
  var shortlist: Int = 3

  func validate() throws {
    guard shortlist > 0 else { throw ValidationError("--shortlist must be at least 1, got \(shortlist).") }
    _ = try weights()
    _ = try thresholds()
  }

  func thresholds() throws -> PersonaThresholds {
    guard let personaThresholds else { return PersonaThresholds() }
    do {
      return try PersonaThresholds(parsing: personaThresholds)
    } catch {
      throw ValidationError("--persona-thresholds: \(error.description).")
    }
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
    options.personaThresholds = try thresholds()
    return options
  }
}
