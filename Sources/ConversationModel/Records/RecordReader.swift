/// A streaming reader over one input: yields records one at a time and reports recoverable problems as
/// diagnostics. It never builds the graph.
///
/// The cursor is synchronous and throwing: `nil` means the input is exhausted; a thrown error means the input
/// cannot be read any further (a truncated zip, a file that is not what it claims to be).
public protocol RecordReader {
  mutating func next(diagnostics: inout DiagnosticLog) throws -> ImportRecord?
}
