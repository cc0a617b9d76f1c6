import ConversationModel
import Testing

@testable import OrgAnalysis

@Suite struct OrgJoinTests {
  @Test func matchesByIDThenEmailThenUniqueName() {
    var builder = CorpusBuilder()
    builder.intern(PersonRecord(id: "e1", name: "Ann"))
    builder.intern(PersonRecord(id: "U2", name: "Bo", email: "BO@corp.example"))
    builder.intern(PersonRecord(id: "U3", name: "Cy Doe"))
    builder.intern(PersonRecord(id: "U4", name: "Dee"))  // name shared by two entries: ambiguous
    builder.intern(PersonRecord(id: "U5", name: "Eve"))  // not in the chart
    builder.intern(PersonRecord(id: "B1", name: "Ann", isBot: true))  // bots never match
    let corpus = builder.build()
    let chart = OrgChart(entries: [
      OrgEntry(id: "e1", name: "Ann"), OrgEntry(id: "e2", email: "bo@corp.example"), OrgEntry(id: "e3", name: "Cy Doe"),
      OrgEntry(id: "e4", name: "Dee"), OrgEntry(id: "e5", name: "Dee"), OrgEntry(id: "e6"),
    ], path: "org.csv")
    var log = DiagnosticLog()
    let join = OrgJoin(corpus: corpus, hierarchy: OrgHierarchy(chart: chart, diagnostics: &log))
    #expect(join.entryOfPerson == [0, 1, 2, nil, nil, nil])
    #expect(join.methodOfPerson == [.id, .email, .name, nil, nil, nil])
    #expect(join.unmatchedPeople == [3, 4])
    #expect(join.unmatchedEntries == [3, 4, 5])
    #expect(join.matchCounts == [.id: 1, .email: 1, .name: 1])
  }

  /// An input's namespaced id (`yammer:501`, `zulip#2:7`) matches the chart's bare id; an exact id wins; a
  /// prefix that is not a namespace (capitals, nothing after the colon) is not stripped.
  @Test func namespacedIDsMatchTheBareChartID() {
    var builder = CorpusBuilder()
    builder.intern(PersonRecord(id: "yammer:501"))
    builder.intern(PersonRecord(id: "zulip#2:7"))
    builder.intern(PersonRecord(id: "se:9"))
    builder.intern(PersonRecord(id: "Team:8"))
    builder.intern(PersonRecord(id: "x:"))
    let corpus = builder.build()
    let chart = OrgChart(entries: [
      OrgEntry(id: "501"), OrgEntry(id: "7"), OrgEntry(id: "se:9"), OrgEntry(id: "9"), OrgEntry(id: "8"),
    ], path: "org.csv")
    var log = DiagnosticLog()
    let join = OrgJoin(corpus: corpus, hierarchy: OrgHierarchy(chart: chart, diagnostics: &log))
    #expect(join.entryOfPerson == [0, 1, 2, nil, nil])
    #expect(join.methodOfPerson == [.id, .id, .id, nil, nil])
    #expect(OrgJoin.localID("yammer#2:5") == "5" && OrgJoin.localID("U123") == nil)
  }
}
