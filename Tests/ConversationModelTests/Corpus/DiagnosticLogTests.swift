import ConversationModel
import Testing

@Suite struct DiagnosticLogTests {
  @Test func countsEveryOccurrenceAndKeepsTheFirstExamples() {
    var log = DiagnosticLog(examplesPerKind: 2)
    for line in 1 ... 5 {
      log.emit(Diagnostic(.note, kind: "channel_join", message: "skipped",
                          location: SourceLocation(path: "a.json", entry: line)))
    }
    log.emit(Diagnostic(.warning, kind: "invalid_timestamp", message: "bad time",
                        location: SourceLocation(path: "m.csv", line: 3, column: 7), value: "yesterday"))
    #expect(log.count(of: "channel_join") == 5)
    #expect(log.kinds.map(\.kind) == ["channel_join", "invalid_timestamp"])
    #expect(log.kinds[0].examples.map { $0.location?.entry } == [1, 2])
    #expect(log.totalCount == 6 && log.worstSeverity == .warning)
    #expect(log.kinds[1].examples[0].description == "m.csv:3:7: warning: bad time 'yesterday'")
  }
}
