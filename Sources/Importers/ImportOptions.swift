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

  /// True for `--no-header`: the same as `header == .absent`.
  public var noHeader: Bool {
    get { header == .absent }
    set { header = newValue ? .absent : .firstRow }
  }
}
