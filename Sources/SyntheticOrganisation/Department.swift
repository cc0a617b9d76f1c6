/// A department template: its name, Slack channel, titles by level and its share of the headcount.
struct DepartmentTemplate: Sendable {
  var name: String
  var channel: String
  var directorTitle: String
  var managerTitle: String
  var staffTitles: [String]
  var share: Double

  /// The six templates, in the order departments are added as the organisation grows (4, 5 or 6 of them).
  /// Titles avoid words that title rules read as another level (no "Account Executive", no "Lead").
  static let all: [DepartmentTemplate] = [
    DepartmentTemplate(
      name: "Engineering", channel: "engineering", directorTitle: "Director of Engineering",
      managerTitle: "Engineering Manager",
      staffTitles: ["Software Engineer", "Senior Software Engineer", "QA Engineer"], share: 0.34),
    DepartmentTemplate(
      name: "Sales", channel: "sales", directorTitle: "Director of Sales", managerTitle: "Sales Manager",
      staffTitles: ["Sales Representative", "Account Specialist"], share: 0.20),
    DepartmentTemplate(
      name: "Operations", channel: "operations", directorTitle: "Director of Operations",
      managerTitle: "Operations Manager", staffTitles: ["Operations Analyst", "Support Specialist"], share: 0.16),
    DepartmentTemplate(
      name: "Marketing", channel: "marketing", directorTitle: "Director of Marketing",
      managerTitle: "Marketing Manager", staffTitles: ["Marketing Specialist", "Content Writer"], share: 0.12),
    DepartmentTemplate(
      name: "Finance", channel: "finance", directorTitle: "Director of Finance", managerTitle: "Finance Manager",
      staffTitles: ["Accountant", "Financial Analyst"], share: 0.10),
    DepartmentTemplate(
      name: "People", channel: "people-team", directorTitle: "Director of People",
      managerTitle: "People Operations Manager", staffTitles: ["HR Generalist", "Recruiter"], share: 0.08),
  ]

  /// The CEO's department in the org chart.
  static let executiveName = "Executive"

  /// How many departments an organisation of `people` has: 4 below 30 people, 5 below 120, else 6.
  static func count(forPeople people: Int) -> Int {
    people < 30 ? 4 : (people < 120 ? 5 : 6)
  }

  /// Department sizes for `members` people below the CEO, by largest remainder of the shares, at least 2 each.
  /// - Complexity: O(d log d) for d departments.
  static func sizes(members: Int, templates: [DepartmentTemplate]) -> [Int] {
    let minimum = 2
    let spare = members - minimum * templates.count
    let total = templates.reduce(0) { $0 + $1.share }
    let exact = templates.map { Double(spare) * $0.share / total }
    var sizes = exact.map { minimum + Int($0.rounded(.down)) }
    var left = members - sizes.reduce(0, +)
    let order = exact.indices.sorted { lhs, rhs in
      let left = exact[lhs] - exact[lhs].rounded(.down)
      let right = exact[rhs] - exact[rhs].rounded(.down)
      return left != right ? left > right : lhs < rhs
    }
    for index in order where left > 0 {
      sizes[index] += 1
      left -= 1
    }
    return sizes
  }
}
