/// Why a sample could not be generated: an invalid parameter, or the in-memory archive failing.
public enum SampleError: Error, Sendable, Equatable, CustomStringConvertible {
  /// An integer parameter outside its allowed range: name, value, range.
  case outOfRange(parameter: String, value: Int, allowed: ClosedRange<Int>)
  /// A probability or rate that is not finite or outside its allowed interval: name, value, interval text.
  case invalidRate(parameter: String, value: Double, expected: String)
  /// The level propensity matrix is not 4 × 4 with finite, non-negative entries and a positive entry per row.
  case invalidPropensity(reason: String)
  /// The zip archive could not be built in memory (the entry and the underlying message).
  case archive(entry: String, message: String)

  public var description: String {
    switch self {
    case .outOfRange(let parameter, let value, let allowed):
      "sample parameters: error: \(parameter) '\(value)' is out of range "
        + "(expected \(allowed.lowerBound)...\(allowed.upperBound))"
    case .invalidRate(let parameter, let value, let expected):
      "sample parameters: error: \(parameter) '\(value)' is invalid (expected \(expected))"
    case .invalidPropensity(let reason):
      "sample parameters: error: levelPropensity \(reason)"
    case .archive(let entry, let message):
      "slack export: error: cannot add zip entry '\(entry)': \(message)"
    }
  }
}

extension SampleParameters {
  /// The allowed number of people.
  public static let peopleRange: ClosedRange<Int> = 12...5000
  /// The allowed number of months.
  public static let monthsRange: ClosedRange<Int> = 1...36

  /// Checks every parameter and throws the first problem found.
  /// - Throws: `SampleError.outOfRange`, `.invalidRate` or `.invalidPropensity`.
  /// - Complexity: O(1).
  public func validate() throws(SampleError) {
    try check("people", people, Self.peopleRange)
    try check("months", months, Self.monthsRange)
    try check("startMonth", startMonth, 1...12)
    try check("startYear", startYear, 1980...2090)
    try check("brokerCount", brokerCount, 0...100)
    try checkRate("crossDepartmentShareStart", crossDepartmentShareStart, upTo: 1)
    try checkRate("crossDepartmentShareEnd", crossDepartmentShareEnd, upTo: 1)
    try checkRate("brokerCrossDepartmentBoost", brokerCrossDepartmentBoost, upTo: 1)
    try checkRate("silentShare", silentShare, upTo: 0.5)
    try checkRate("activitySigma", activitySigma, upTo: 3)
    try checkRate("threadsPerPersonPerMonth", threadsPerPersonPerMonth, upTo: 20)
    try checkRate("repliesPerThread", repliesPerThread, upTo: 20)
    try checkPropensity()
  }

  private func check(_ name: String, _ value: Int, _ allowed: ClosedRange<Int>) throws(SampleError) {
    guard allowed.contains(value) else { throw .outOfRange(parameter: name, value: value, allowed: allowed) }
  }

  private func checkRate(_ name: String, _ value: Double, upTo limit: Double) throws(SampleError) {
    guard value.isFinite, value >= 0, value <= limit else {
      throw .invalidRate(parameter: name, value: value, expected: "a number in 0...\(limit)")
    }
  }

  private func checkPropensity() throws(SampleError) {
    let size = SampleLevel.allCases.count
    guard levelPropensity.count == size, levelPropensity.allSatisfy({ $0.count == size }) else {
      throw .invalidPropensity(reason: "must be \(size) rows of \(size) weights (replier level × author level)")
    }
    for (row, weights) in levelPropensity.enumerated() {
      guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
        throw .invalidPropensity(reason: "row \(row) has a negative or non-finite weight: \(weights)")
      }
      guard weights.contains(where: { $0 > 0 }) else {
        throw .invalidPropensity(reason: "row \(row) has no positive weight")
      }
    }
  }
}
