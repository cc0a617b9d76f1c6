import ConversationModel

extension Optional where Wrapped == String {
  /// `nonEmpty` (`nil` for a missing or blank string, else the string trimmed of surrounding whitespace) without
  /// Foundation in the common case.
  ///
  /// Definition: the same result as `nonEmpty`. Choice: when the first and last bytes are ASCII and not
  /// whitespace, trimming changes nothing and the string is returned as it is; otherwise `nonEmpty` decides.
  /// `nonEmpty` bridges every string to `NSString` to trim it, which was about a tenth of the Teams import
  /// (`perf`, see docs/benchmarks.md).
  ///
  /// - Complexity: O(1) for the common case, O(length) otherwise.
  var trimmedNonEmpty: String? {
    guard let text = self else { return nil }
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return nil }
    let isPlainEnd = { (byte: UInt8) in byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
    return isPlainEnd(first) && isPlainEnd(last) ? text : self.nonEmpty
  }
}
