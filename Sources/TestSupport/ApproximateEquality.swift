/// Relative-or-absolute closeness in the sense of swift-numerics' `isApproximatelyEqual`: `|a − b|` is at most
/// `relative × max(|a|, |b|)`, or at most `absolute` (for values that should be zero).
public func isClose(_ a: Double, _ b: Double, relative: Double, absolute: Double = 1e-12) -> Bool {
  if a == b { return true }
  if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
  let difference = abs(a - b)
  return difference <= absolute || difference <= relative * max(abs(a), abs(b))
}

/// The indices where two score vectors differ beyond the tolerance, with both values, for failure messages.
public func mismatches(_ actual: [Double], _ expected: [Double], relative: Double, absolute: Double = 1e-12)
  -> [(index: Int, actual: Double, expected: Double)]
{
  guard actual.count == expected.count else { return [(-1, Double(actual.count), Double(expected.count))] }
  return actual.indices.compactMap { index in
    isClose(actual[index], expected[index], relative: relative, absolute: absolute)
      ? nil : (index, actual[index], expected[index])
  }
}
