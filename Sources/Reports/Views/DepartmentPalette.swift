import DOT

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

  /// A small cluster naming each department beside its colour.
  func legend() -> DOTSubgraph {
    let nodes = departments.map { department in
      DOTNode("legend: \(department)", [
        .label(.text(department)), .shape(.box), .fixedSize(false), .style([.filled, .rounded]),
        .fillColor(color(of: department)), .fontSize(10),
      ])
    }
    return .cluster("legend", label: .text("Departments"), attributes: [.style([.rounded]), .fontSize(11)],
                    nodes: nodes)
  }
}
