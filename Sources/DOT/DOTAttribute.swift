/// A typed attribute that knows its Graphviz name and its DOT value text.
///
/// Conformers are `GraphAttribute`, `NodeAttribute` and `EdgeAttribute`, each a closed enum for its scope with
/// a `custom(name:value:)` escape hatch for rare attributes whose name and value still go through `DOTQuoting`.
public protocol DOTAttribute: Sendable, Hashable {
  /// The Graphviz attribute name, such as `fillcolor`.
  var name: String { get }
  /// The value as DOT text, already quoted where needed.
  var dotValue: String { get }
}

/// Shared value spellings for the attribute enums.
enum AttributeText {
  /// `true` or `false`, which Graphviz reads as booleans.
  static func boolean(_ value: Bool) -> String { value ? "true" : "false" }

  /// A number as a DOT numeral (see `DOTNumberFormatting`).
  static func number(_ value: Double) -> String { DOTNumberFormatting.numeral(value) }

  /// A style list, duplicates dropped, comma-separated in the given order; `""` when empty.
  static func styles(_ styles: [Style]) -> String {
    var seen: Set<Style> = []
    let unique = styles.filter { seen.insert($0).inserted }
    return DOTQuoting.id(unique.map(\.rawValue).joined(separator: ","))
  }
}

extension Array where Element: DOTAttribute {
  /// The attributes sorted by name, keeping only the last one given for each name.
  /// - Complexity: O(n log n).
  func normalized() -> [Element] {
    var lastIndex: [String: Int] = [:]
    for (index, attribute) in enumerated() { lastIndex[attribute.name] = index }
    return enumerated().filter { lastIndex[$0.element.name] == $0.offset }.map(\.element)
      .sorted { $0.name < $1.name }
  }
}
