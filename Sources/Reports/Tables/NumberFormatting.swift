import Foundation

/// Human-readable numbers for the terminal and Markdown summaries (JSON and CSV keep full precision).
enum Readable {
  /// `12,345`.
  static func count(_ value: Int) -> String {
    let digits = String(abs(value))
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(digits[start ..< end], at: 0)
      end = start
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: ",")
  }

  /// A weight: whole numbers as counts, others with two decimals.
  static func weight(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? count(Int(value)) : String(format: "%.2f", value)
  }

  /// `37.5%`.
  static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

  /// Four significant decimals for scores in 0…1, scientific below 0.0001.
  static func score(_ value: Double) -> String {
    value != 0 && abs(value) < 1e-4 ? String(format: "%.2e", value) : String(format: "%.4f", value)
  }

  /// `2.31×`, or `–` when undefined.
  static func lift(_ value: Double?) -> String { value.map { String(format: "%.2f×", $0) } ?? "–" }

  /// `0.123`, or `–` when undefined.
  static func index(_ value: Double?) -> String { value.map { String(format: "%+.3f", $0) } ?? "–" }
}
