import ConversationModel
import Foundation

/// The analysis cut into calendar windows: every window's figures, in order, and the trends of the headline
/// figures (DESIGN.md "Time windows").
///
/// Definition: the selected interactions that have a time are put in the `size` window holding them; the
/// windows run from the one holding the earliest such interaction to the one holding the latest, empty windows
/// in between included (their figures are zeros and `nil`s). Each window is analysed as its own graph
/// (`WindowFigures`), and each `TrendFigure` gets a `Trend` with `resamples` bootstrap resamples seeded by
/// `seed` (`TrendBootstrap`).
/// Choices: interactions without a time are in no window; they are counted in `undatedInteractions`.
/// - Complexity: O(N + W) to bucket N interactions into W windows, plus `WindowFigures` per window and
///   O(B · N) for the bootstrap.
public struct WindowedAnalysis: Sendable, Equatable {
  public var size: WindowSize
  public var windows: [WindowFigures]
  /// One per `TrendFigure`, in `TrendFigure.allCases` order.
  public var trends: [Trend]
  /// Selected interactions without a time, left out of every window.
  public var undatedInteractions: Int
  /// Bootstrap resamples drawn for each trend (B).
  public var resamples: Int

  public init(
    selected: [Interaction], size: WindowSize, context: WindowContext, resamples: Int, seed: UInt64
  ) {
    let (windows, buckets, undated) = Self.bucket(selected, size: size)
    let figures = zip(windows, buckets).map { WindowFigures(window: $0, interactions: $1, context: context) }
    let slopes = TrendBootstrap.resampledSlopes(windows: buckets, context: context, resamples: resamples, seed: seed)
    self.size = size
    self.windows = figures
    trends = TrendFigure.allCases.map { figure in
      Trend(figure: figure, values: figures.map { $0.value(of: figure) }, resampledSlopes: slopes[figure] ?? [])
    }
    undatedInteractions = undated
    self.resamples = resamples
  }

  /// The trend of one headline figure.
  public func trend(_ figure: TrendFigure) -> Trend? { trends.first { $0.figure == figure } }

  /// The windows spanning the dated interactions and each window's interactions, in input order.
  static func bucket(_ interactions: [Interaction], size: WindowSize)
    -> (windows: [TimeWindow], buckets: [[Interaction]], undated: Int)
  {
    let days = interactions.map { interaction in
      interaction.time.map { Int(($0.timeIntervalSince1970 / 86_400).rounded(.down)) }
    }
    let dated = days.compactMap { $0 }
    guard let firstDay = dated.min(), let lastDay = dated.max() else { return ([], [], interactions.count) }
    let windows = size.windows(fromDay: firstDay, throughDay: lastDay)
    let position = Dictionary(uniqueKeysWithValues: windows.enumerated().map { ($1.startDay, $0) })
    var buckets = Array(repeating: [Interaction](), count: windows.count)
    for (interaction, day) in zip(interactions, days) {
      guard let day, let index = position[size.window(containingDay: day).startDay] else { continue }
      buckets[index].append(interaction)
    }
    return (windows, buckets, interactions.count - dated.count)
  }
}
