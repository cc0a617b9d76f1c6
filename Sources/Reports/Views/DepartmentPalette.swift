import DOT

/// Fixed, colour-blind-considerate fill colours for departments, assigned in name order so the same
/// department keeps its colour across pictures of the same organisation; unknown departments are grey.
struct DepartmentPalette {
  /// Okabe & Ito (2008), "Color Universal Design", extended with lighter tints for more than eight groups.
  private static let channels: [(UInt8, UInt8, UInt8)] = [
    (230, 159, 0), (86, 180, 233), (0, 158, 115), (240, 228, 66), (0, 114, 178), (213, 94, 0), (204, 121, 167),
    (153, 153, 51), (255, 205, 128), (170, 218, 245), (128, 207, 185), (229, 188, 211),
  ]
  private static let unknownChannels: (UInt8, UInt8, UInt8) = (200, 200, 200)
  static let unknown = Color(red: 200, green: 200, blue: 200)

  let departments: [String]

  init(departments: [String?]) {
    self.departments = Set(departments.compactMap { $0 }).sorted()
  }

  /// The department's colour; grey for nil or a department not in the palette.
  func color(of department: String?) -> Color {
    let (red, green, blue) = channels(of: department)
    return Color(red: red, green: green, blue: blue)
  }

  /// The department's colour mixed with white, `whiteness` from 0 (the colour) to 1 (white): a background
  /// under the department's own colour.
  func tint(of department: String?, whiteness: Double = 0.8) -> Color {
    let mix = { (channel: UInt8) in UInt8(Double(channel) + (255 - Double(channel)) * min(max(whiteness, 0), 1)) }
    let (red, green, blue) = channels(of: department)
    return Color(red: mix(red), green: mix(green), blue: mix(blue))
  }

  /// Text colour on the department's colour: white on dark colours (relative luminance below 0.4), else black.
  func ink(of department: String?) -> Color {
    let (red, green, blue) = channels(of: department)
    let luminance = (0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue)) / 255
    return luminance < 0.4 ? .white : .black
  }

  private func channels(of department: String?) -> (UInt8, UInt8, UInt8) {
    guard let department, let index = departments.firstIndex(of: department) else { return Self.unknownChannels }
    return Self.channels[index % Self.channels.count]
  }

  /// The legend row for the departments in name order, and `unknownText` in grey when given.
  func swatches(unknownText: String? = nil) -> [ViewLegend.Swatch] {
    departments.map { ViewLegend.Swatch(text: $0, fill: color(of: $0)) }
      + (unknownText.map { [ViewLegend.Swatch(text: $0, fill: Self.unknown)] } ?? [])
  }
}
