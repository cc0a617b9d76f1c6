import DOT
import Foundation

/// Fixed, colour-blind-considerate fill colours for departments, assigned in name order so the same
/// department keeps its colour across pictures of the same organisation; unknown departments are grey.
struct DepartmentPalette {
  /// Okabe & Ito (2008), "Color Universal Design", extended with lighter tints for more than eight groups.
  private static let colors: [Color] = [
    Color(red: 230, green: 159, blue: 0), Color(red: 86, green: 180, blue: 233), Color(red: 0, green: 158, blue: 115),
    Color(red: 240, green: 228, blue: 66), Color(red: 0, green: 114, blue: 178), Color(red: 213, green: 94, blue: 0),
    Color(red: 204, green: 121, blue: 167), Color(red: 153, green: 153, blue: 51),
    Color(red: 255, green: 205, blue: 128), Color(red: 170, green: 218, blue: 245),
    Color(red: 128, green: 207, blue: 185), Color(red: 229, green: 188, blue: 211),
  ]
  static let unknown = Color(red: 200, green: 200, blue: 200)

  let departments: [String]

  init(departments: [String?]) {
    self.departments = Set(departments.compactMap { $0 }).sorted()
  }

  func color(of department: String?) -> Color {
    guard let department, let index = departments.firstIndex(of: department) else { return Self.unknown }
    return Self.colors[index % Self.colors.count]
  }

  /// A graph label with `title` above one coloured cell per department. A label rather than a cluster, because
  /// the force-directed engines ignore clusters and would draw people over it.
  func legendLabel(title: String) -> Label {
    let cells = departments.map { department in
      "<TD BGCOLOR=\"\(color(of: department).dotValue.trimmingCharacters(in: ["\""]))\">"
        + DOTQuoting.escapedHTML(department) + "</TD>"
    }.joined()
    let markup =
      "<TABLE BORDER=\"0\" CELLSPACING=\"4\"><TR><TD COLSPAN=\"\(max(departments.count, 1))\">"
      + DOTQuoting.escapedHTML(title) + "</TD></TR><TR>" + cells + "</TR></TABLE>"
    // Escaped text and fixed tags always nest, so this cannot fail; fall back to the plain title regardless.
    return (try? Label.html(markup)) ?? .text(title)
  }
}
