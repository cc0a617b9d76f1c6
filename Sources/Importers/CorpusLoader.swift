import ConversationModel

/// Reads every input into one `Corpus`: the one call the CLI makes for `INPUT...`.
public enum CorpusLoader {
  /// Opens each path (file, folder or zip), picks its format (`options.format`, else detection from content,
  /// see `FormatDetector`) and feeds its records to a `CorpusBuilder`, one input at a time.
  ///
  /// Each input appears in `Corpus.inputs` with its format name and reconciled counts; bad records are
  /// diagnostics in `Corpus.diagnostics`. Ids local to one export are namespaced per input (`PersonNamespace`:
  /// `yammer:5`, `mattermost:alee`, `zulip:5`); `options.identities` renames each input's ids (`IdentityMap`);
  /// `options.replyInferenceWindow` turns on reply inference.
  /// - Throws: `ImportError.unknownIdentitySource` before reading anything, else the first `ImportError` of an
  ///   input that cannot be read at all; nothing is returned then.
  /// - Complexity: O(total input size) time; memory O(corpus + the largest record): every reader takes its
  ///   files in chunks (`ByteStream`, `JSONElementReader`, the CSV, line and XML row readers). A user directory
  ///   that is one JSON document (Slack `users.json`, Zulip `realm.json`) is read whole.
  public static func load(_ paths: [String], options: ImportOptions) throws(ImportError) -> Corpus {
    var builder = CorpusBuilder()
    builder.replyInferenceWindow = options.replyInferenceWindow
    if let identities = options.identities, let entry = identities.unknownSource(inputs: paths) {
      throw .unknownIdentitySource(path: identities.path, line: entry.line, source: entry.source, inputs: paths,
                                   formats: ExportFormat.allCases.map(\.rawValue))
    }
    var inputsOfFormat: [ExportFormat: Int] = [:]
    for path in paths {
      var base = try FormatReader.open(path, options: options)
      let format = base.format
      inputsOfFormat[format, default: 0] += 1
      let renames = options.identities?.renames(forInput: path, format: format) ?? [:]
      let namespace = PersonNamespace(format: format, ordinal: inputsOfFormat[format] ?? 1, renames: renames)
      do {
        try base.read(into: &builder, path: path, namespace: namespace)
      } catch let error as ImportError {
        throw error
      } catch {
        throw .unreadable(path: path, reason: "\(error)")
      }
    }
    // Moved, not copied: a copy would keep the builder's buffers alive, so `build()` could neither free its key
    // table nor set parents without copying every message.
    return (consume builder).build()
  }
}
