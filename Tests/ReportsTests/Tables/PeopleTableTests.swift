import ConversationModel
import Reports
import Testing

@Suite struct PeopleTableTests {
  private static let awkwardPeople = [
    PersonRecord(id: "u1", name: "Doe, Jane"), PersonRecord(id: "u2", name: "Ann \"Nan\" Lee"),
    PersonRecord(id: "u3", name: "Two\nLines"), PersonRecord(id: "u4", name: "Plain Name"),
  ]

  private func csv() -> String {
    let ties = [AnalysisFixtures.Tie(source: "u1", target: "u2", count: 1),
                AnalysisFixtures.Tie(source: "u3", target: "u4", count: 2)]
    return PeopleTable.csv(AnalysisFixtures.analysis(people: Self.awkwardPeople, ties: ties))
  }

  @Test func headerListsTheColumnKeysInOrder() {
    let header = csv().split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
    #expect(header == PeopleTable.columns.flatMap(\.csvKeys).joined(separator: ","))
    // Object-valued columns spread into one CSV column per key.
    #expect(header?.contains(",brokerage_coordinator,brokerage_gatekeeper,") == true)
    #expect(PeopleTable.columns.prefix(3).map(\.key) == ["id", "name", "title"])
  }

  @Test func fieldsWithCommasQuotesOrNewlinesAreQuoted() {
    let text = csv()
    #expect(text.contains("\nu1,\"Doe, Jane\","))
    #expect(text.contains("\nu2,\"Ann \"\"Nan\"\" Lee\","))
    #expect(text.contains("\nu3,\"Two\nLines\","))
    #expect(text.contains("\nu4,Plain Name,"))
  }

  @Test func everyRecordHasOneFieldPerColumn() {
    let records = CSVFields.records(csv())
    #expect(records.count == 1 + Self.awkwardPeople.count)
    #expect(records.allSatisfy { $0.count == PeopleTable.columns.flatMap(\.csvKeys).count })
    #expect(records.dropFirst().map { $0[1] } == Self.awkwardPeople.map { $0.name ?? "" })
  }

  @Test func numbersAreWrittenWithoutTrailingZerosAndMissingValuesEmpty() {
    let records = CSVFields.records(csv())
    let columns = PeopleTable.columns.map(\.key)
    guard let outStrength = columns.firstIndex(of: "out_strength"), let title = columns.firstIndex(of: "title"),
      let row = records.first(where: { $0.first == "u3" })
    else {
      Issue.record("missing column or row")
      return
    }
    #expect(row[outStrength] == "2")  // two u3 → u4 interactions of weight 1
    #expect(row[title] == "")
  }
}

/// A minimal RFC 4180 reader for checking the writer's output.
enum CSVFields {
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field = ""
    var isQuoted = false
    var characters = text.makeIterator()
    var pending: Character?
    while let character = pending ?? characters.next() {
      pending = nil
      if isQuoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" { field.append("\"") } else { isQuoted = false; pending = next }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"": isQuoted = true
      case ",": fields.append(field); field = ""
      case "\n":
        fields.append(field)
        records.append(fields)
        fields = []
        field = ""
      default: field.append(character)
      }
    }
    return records
  }
}
