import ConversationModel

/// Reads every input into one `Corpus`: the one call the CLI makes for `INPUT...`.
public enum CorpusLoader {
  /// Opens each path (file, folder or zip), picks its format (`options.format`, else detection from content,
  /// see `FormatDetector`) and feeds its records to a `CorpusBuilder`, one input at a time.
  ///
  /// Each input appears in `Corpus.inputs` with its format name and reconciled counts; bad records are
  /// diagnostics in `Corpus.diagnostics`.
  /// - Throws: the first `ImportError` of an input that cannot be read at all; nothing is returned then.
  /// - Complexity: O(total input size) time; memory O(corpus + the largest single record): JSON inputs are
  ///   streamed in chunks (see `ByteStream`, `JSONElementReader`).
  public static func load(_ paths: [String], options: ImportOptions) throws(ImportError) -> Corpus {
    var builder = CorpusBuilder()
    for path in paths {
      var reader = try FormatReader.open(path, options: options)
      do {
        try builder.read(&reader, path: path, format: reader.format.rawValue)
      } catch let error as ImportError {
        throw error
      } catch {
        throw .unreadable(path: path, reason: "\(error)")
      }
    }
    return builder.build()
  }
}
