extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first occurrence of `needle` at or after `start`, or `nil` (also for an empty `needle`):
  /// the byte search of the mention scanners (`[[user:` in Yammer bodies, `<span` and attributes in Zulip HTML).
  /// - Complexity: O(count × needle length) in the worst case; O(count) for needles whose first byte is rare.
  func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
    guard let head = needle.first, count >= needle.count else { return nil }
    var index = start
    while index <= count - needle.count {
      if self[index] == head, self[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
