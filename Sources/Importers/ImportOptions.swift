import Foundation

/// How `CorpusLoader` reads its inputs: everything the CLI's import flags can change.
public struct ImportOptions: Sendable, Hashable {
  /// Whether a CSV input starts with a header line.
  public enum Header: Sendable, Hashable {
    /// The first record names the columns (the default).
    case firstRow
    /// No header: columns are taken by position in `ColumnKey` schema order (interactions: source, target,
    /// time, weight, kind), and a space-separated file is recognised.
    case absent
  }

  /// The format to use instead of detecting it from content (`--from`).
  public var format: ExportFormat?
  /// CSV header names for the fields (`--columns`), used by both CSV formats.
  public var columns: ColumnMapping?
  public var header: Header
  /// The CSV delimiter instead of detecting it from the first line.
  public var delimiter: CSVDelimiter?
  /// Per-source ids that are one person (`--identities`).
  public var identities: IdentityMap?
  /// Seconds within which a message without a reply pointer answers the previous speaker (`--infer-replies`);
  /// `nil` (the default) infers nothing. See `ReplyInference` in ConversationModel.
  public var replyInferenceWindow: Double?

  /// Defaults: detect the format and delimiter, headers by synonym, a header line present.
  public init(
    format: ExportFormat? = nil, columns: ColumnMapping? = nil, header: Header = .firstRow,
    delimiter: CSVDelimiter? = nil
  ) {
    self.format = format
    self.columns = columns
    self.header = header
    self.delimiter = delimiter
  }

  /// Seconds in a window written `<number><unit>` with unit `s`, `m`, `h` or `d` (`90s`, `10m`, `1.5h`, `2d`):
  /// the `--infer-replies` syntax. `nil` for anything else, including zero and negative numbers.
  /// - Complexity: O(length of `text`).
  public static func windowSeconds(parsing text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
    guard let unit = trimmed.last.flatMap({ units[$0] }), let value = Double(trimmed.dropLast()),
      value.isFinite, value > 0
    else { return nil }
    return value * unit
  }

  /// True for `--no-header`: the same as `header == .absent`.
  public var noHeader: Bool {
    get { header == .absent }
    set { header = newValue ? .absent : .firstRow }
  }
}
