import ConversationModel

/// Reads every input into one `Corpus`: the one call the CLI makes for `INPUT...`.
public enum CorpusLoader {
  /// Opens each path (file, folder or zip), picks its format (`options.format`, else detection from content,
  /// see `FormatDetector`) and feeds its records to a `CorpusBuilder`, one input at a time.
  ///
  /// Each input appears in `Corpus.inputs` with its format name and reconciled counts; bad records are
  /// diagnostics in `Corpus.diagnostics`. `options.identities` renames each input's ids (`IdentityMap`);
  /// `options.replyInferenceWindow` turns on reply inference.
  /// - Throws: `ImportError.unknownIdentitySource` before reading anything, else the first `ImportError` of an
  ///   input that cannot be read at all; nothing is returned then.
  /// - Complexity: O(total input size) time; memory O(corpus + the largest single file) for the readers that
  ///   still read whole files (CSV, mbox, XML, WhatsApp), O(corpus + the largest record) for the JSON inputs,
  ///   which are streamed in chunks (see `ByteStream`, `JSONElementReader`).
  public static func load(_ paths: [String], options: ImportOptions) throws(ImportError) -> Corpus {
    var builder = CorpusBuilder()
    builder.replyInferenceWindow = options.replyInferenceWindow
    if let identities = options.identities, let entry = identities.unknownSource(inputs: paths) {
      throw .unknownIdentitySource(path: identities.path, line: entry.line, source: entry.source, inputs: paths,
                                   formats: ExportFormat.allCases.map(\.rawValue))
    }
    for path in paths {
      var reader = try FormatReader.open(path, options: options)
      let renames = options.identities?.renames(forInput: path, format: reader.format) ?? [:]
      do {
        try reader.read(into: &builder, path: path, identities: renames)
      } catch let error as ImportError {
        throw error
      } catch {
        throw .unreadable(path: path, reason: "\(error)")
      }
    }
    return builder.build()
  }
}
