/// Whom one level addresses most: the level it over-addresses most relative to chance, and the level that gets
/// the largest part of its talk.
public struct LevelPreference: Sendable, Equatable {
  public struct Target: Sendable, Equatable {
    /// The addressed level's label (as in `LevelFlow.order`).
    public var level: String
    /// Lift (observed / expected under random mixing) or share of the source level's out-weight.
    public var value: Double
  }

  /// The addressing level's label.
  public var level: String
  /// The column of the largest lift in this level's row; `nil` when the level sends no weight.
  public var highestLift: Target?
  /// The column of the largest share of this level's out-weight; `nil` when the level sends no weight.
  public var highestShare: Target?
}

extension LevelFlow {
  /// For each level (in `order`), whom it answers most, from the level matrix.
  ///
  /// Definition: in level i's row, the highest lift is the largest `lift[i][j]` over columns with an expected
  /// value (any column that receives weight), the highest share the largest `matrix[i][j] / Σⱼ matrix[i][j]`.
  /// Choices: ties go to the level listed first in `order` (the higher level); a level that sends nothing has
  /// neither. Lift compares with random mixing given each level's out- and in-weight (see `LevelFlow`), so
  /// large levels do not win lift by size alone, while share says where most talk actually goes.
  ///
  /// - Complexity: O(L²) for L levels.
  public var answersMost: [LevelPreference] {
    order.indices.map { row in
      let rowTotal = matrix[row].reduce(0, +)
      guard rowTotal > 0 else { return LevelPreference(level: order[row], highestLift: nil, highestShare: nil) }
      var lift: LevelPreference.Target?
      var share: LevelPreference.Target?
      for column in order.indices {
        if let value = self.lift[row][column], value > (lift?.value ?? -.infinity) {
          lift = .init(level: order[column], value: value)
        }
        let part = matrix[row][column] / rowTotal
        if part > (share?.value ?? -.infinity) { share = .init(level: order[column], value: part) }
      }
      return LevelPreference(level: order[row], highestLift: lift, highestShare: share)
    }
  }
}
