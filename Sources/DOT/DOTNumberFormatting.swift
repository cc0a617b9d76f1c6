/// Formats numbers as DOT numerals: the shortest decimal that reads back as the same `Double`, never an exponent.
///
/// Choices:
/// - integral values print without a fraction (`2`, not `2.0`), and `-0` prints as `0`;
/// - other values print the shortest round-trip digits of Swift's `description`, with any exponent expanded
///   into plain decimal form (`1e-05` → `0.00001`), because the DOT numeral grammar has no exponent;
/// - NaN prints as `0` and ±infinity as ±`Double.greatestFiniteMagnitude`, so that a non-finite value from an
///   upstream computation never produces unreadable DOT.
public enum DOTNumberFormatting {
  /// The DOT numeral for `value`, following the choices on `DOTNumberFormatting`.
  ///
  /// Example: `numeral(0.5)` is `0.5`, `numeral(3)` is `3`, `numeral(1e-5)` is `0.00001`.
  /// - Complexity: O(d) in the number of printed digits.
  public static func numeral(_ value: Double) -> String {
    guard !value.isNaN else { return "0" }
    let finite = value.isInfinite
      ? (value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude) : value
    if finite == 0 { return "0" }
    let shortest = finite.description
    guard let exponentIndex = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
      return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
    }
    guard let exponent = Int(shortest[shortest.index(after: exponentIndex)...]) else { return shortest }
    return expanded(mantissa: shortest[..<exponentIndex], exponent: exponent)
  }

  /// Expands `mantissa × 10^exponent` (mantissa like `-1.25`) into a plain decimal string.
  private static func expanded(mantissa: Substring, exponent: Int) -> String {
    let isNegative = mantissa.hasPrefix("-")
    let unsigned = isNegative ? mantissa.dropFirst() : mantissa
    let integerPart = unsigned.prefix { $0 != "." }
    let fractionPart = unsigned.dropFirst(integerPart.count + 1)
    var digits = String(integerPart) + String(fractionPart)
    var pointPosition = integerPart.count + exponent
    while digits.count > 1, digits.hasSuffix("0"), digits.count > pointPosition { digits.removeLast() }
    if pointPosition <= 0 {
      digits = String(repeating: "0", count: 1 - pointPosition) + digits
      pointPosition = 1
    }
    if digits.count < pointPosition { digits += String(repeating: "0", count: pointPosition - digits.count) }
    let whole = digits.prefix(pointPosition)
    let fraction = digits.dropFirst(pointPosition)
    let body = fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    return isNegative ? "-" + body : body
  }
}
