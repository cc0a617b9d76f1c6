/// Invented message texts: short templates over a small vocabulary, so the export compresses well.
enum SampleText {
  static let reactionNames = ["+1", "eyes", "white_check_mark", "tada", "raised_hands", "heart"]

  private static let things = [
    "roadmap", "budget", "release plan", "onboarding doc", "quarterly report", "dashboard", "pricing page",
    "customer survey", "hiring plan", "incident review", "test plan", "contract draft",
  ]
  private static let projects = ["Atlas", "Beacon", "Comet", "Delta", "Ember", "Falcon"]
  private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
  private static let states = ["on track", "slipping a little", "done", "blocked", "in review"]

  /// The text of a thread root.
  static func root(_ random: inout SampleRandom) -> String {
    let thing = pick(things, &random)
    let project = pick(projects, &random)
    switch random.index(6) {
    case 0: return "Can someone review the \(thing) for \(project)?"
    case 1: return "Status update on \(project): the \(thing) is \(pick(states, &random))."
    case 2: return "Who owns the \(thing) for \(project)?"
    case 3: return "Heads up: the \(thing) review moves to \(pick(days, &random))."
    case 4: return "Is anyone else seeing problems with the \(thing)?"
    default: return "The draft \(thing) for \(project) is ready for comments."
    }
  }

  /// The text of a reply.
  static func reply(_ random: inout SampleRandom) -> String {
    switch random.index(8) {
    case 0: return "Thanks, looking now."
    case 1: return "Done, see the latest \(pick(things, &random))."
    case 2: return "I can take this."
    case 3: return "Agreed, let's settle it on \(pick(days, &random))."
    case 4: return "Not yet, blocked on the \(pick(things, &random))."
    case 5: return "Good catch, fixing it."
    case 6: return "Sounds good to me."
    default: return "I will check with the team."
    }
  }

  private static func pick(_ values: [String], _ random: inout SampleRandom) -> String {
    values[random.index(values.count)]
  }
}
