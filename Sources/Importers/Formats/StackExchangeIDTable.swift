import ConversationModel

/// A map from a Stack Exchange dump's row ids (`Users.xml` and `Posts.xml` `Id`s, as written) to 32-bit values.
///
/// Definition: `self[id]` is the value last `set` for exactly that text. Choices: ids are dense numbers in real
/// dumps (1, 2, 3, … with gaps where rows were deleted), so a canonical decimal id (`DecimalKeyTable.number(of:)`:
/// 1 to 8 digits, no leading zero) is kept by direct indexing, 4 bytes a number, while the table covers at most
/// four numbers per id set so far (plus 65,536): one huge id cannot allocate a huge table. Any other id (`007`,
/// `a1`, a number past that bound) goes to a dictionary by its text, so two different texts never share a value.
///
/// - Complexity: O(1) per look-up and set (amortised); memory 4 bytes per number up to the largest kept, plus
///   a dictionary entry per other id.
struct StackExchangeIDTable {
  private var numbers = DecimalKeyTable()
  private var others: [String: Int32] = [:]
  private var count = 0

  subscript(id: String) -> Int32? {
    if let number = DecimalKeyTable.number(of: id), let value = numbers.value(of: number) { return value }
    return others.isEmpty ? nil : others[id]
  }

  /// Stores `value` (≥ 0) for `id`.
  mutating func set(_ id: String, _ value: Int32) {
    count += 1
    if let number = DecimalKeyTable.number(of: id), numbers.insert(number, value: value, limit: 4 * count + 65_536) {
      return
    }
    others[id] = value
  }
}
