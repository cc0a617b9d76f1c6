import Testing

@testable import Importers

/// Every item of `text` read as a top-level array with chunks of `chunkSize` bytes, filtered by `members`.
private func readItems(
  _ text: String, members: JSONMemberFilter?, chunkSize: Int = 1 << 20, maximumDepth: Int = 8
) -> [JSONItem] {
  var reader = JSONElementReader(
    ByteStream(bytes: Array(text.utf8), path: "t.json", chunkSize: chunkSize), shape: .array,
    maximumDepth: maximumDepth, members: members)
  var items: [JSONItem] = []
  while let item = try? reader.next() { items.append(item) }
  return items
}

@Suite struct JSONMemberFilterTests {
  static let filter = JSONMemberFilter(["id", "type", "text"])

  @Test func filteredElementKeepsOnlyNamedMembersInFileOrder() {
    let text = #"[{"etag":"7","id":"m1","extra":{"a":[1,2,{"b":"c\u00e9"}]},"text":"hi \"x\"","type":"message"}]"#
    let items = readItems(text, members: Self.filter)
    guard case .value(.object(let object)) = items.first else {
      Issue.record("expected one object, got \(items)")
      return
    }
    #expect(object.keys == ["id", "text", "type"])
    #expect(object.values == [.string("m1"), .string("hi \"x\""), .string("message")])
  }

  @Test func escapedMemberNameIsComparedDecoded() {
    let items = readItems(#"[{"ty\u0070e":"message","\u0065tag":"1"}]"#, members: Self.filter)
    #expect(items == [.value(.object(JSONObject(keys: ["type"], values: [.string("message")])))])
  }

  @Test func nestedMembersAndNonObjectElementsAreNotFiltered() {
    let items = readItems(#"[{"id":{"etag":1}},[{"etag":2}],"s"]"#, members: Self.filter)
    #expect(items == [
      .value(.object(JSONObject(keys: ["id"], values: [.object(JSONObject(keys: ["etag"], values: [.number(1)]))]))),
      .value(.array([.object(JSONObject(keys: ["etag"], values: [.number(2)]))])), .value(.string("s")),
    ])
  }

  @Test func nestedFilterAppliesToObjectsAndToObjectsInArrays() {
    let filter = JSONMemberFilter(
      ["id"], nested: ["from": JSONMemberFilter(["id"]), "list": JSONMemberFilter(["a"])])
    let text = #"[{"from":{"x":1,"id":"u"},"list":[{"a":1,"b":2},[{"c":4,"a":3}],"s"],"other":{"a":1},"id":"m"}]"#
    let object = { (keys: [String], values: [JSONValue]) in JSONValue.object(JSONObject(keys: keys, values: values)) }
    let expected = object(["from", "list", "id"], [
      object(["id"], [.string("u")]),
      .array([object(["a"], [.number(1)]), .array([object(["a"], [.number(3)])]), .string("s")]),
      .string("m"),
    ])
    for chunkSize in [1, 5, 1 << 20] {
      #expect(readItems(text, members: filter, chunkSize: chunkSize) == [.value(expected)], "chunk size \(chunkSize)")
    }
  }

  /// A member left out of a nested object is checked as at the top level: the same `.malformed` as without
  /// the filter, whatever the chunk size.
  @Test(arguments: [#"{"x":"bad \q"}"#, #"[{"x":[1,]}]"#, #"{"x":{"a" 1}}"#, #"{"id":"\ud800"}"#])
  func brokenMemberOfANestedObjectIsReportedAsWithoutTheFilter(value: String) {
    let filter = JSONMemberFilter(["id"], nested: ["from": JSONMemberFilter(["id"])])
    let text = "[\n {\"from\":" + value + "},\n {\"id\":\"next\"}]"
    let unfiltered = readItems(text, members: nil)
    guard case .malformed = unfiltered.first else {
      Issue.record("expected a malformed element, got \(unfiltered)")
      return
    }
    for chunkSize in [1, 3, 1 << 20] {
      #expect(readItems(text, members: filter, chunkSize: chunkSize).first == unfiltered.first, "chunk \(chunkSize)")
    }
  }

  /// A skipped member is still checked: each broken element gives the same `.malformed` line, column and detail
  /// with and without the filter, whatever the chunk size, and the next element is still read.
  @Test(arguments: [
    #"{"extra":"bad \q escape"}"#, "{\"extra\":\"tab\tinside\"}", #"{"extra":[1,2,]}"#, #"{"extra":01}"#,
    #"{"extra":{"a" 1}}"#, #"{"extra":[[[[[[[[[[1]]]]]]]]]]}"#, #"{"extra":"\ud800"}"#, #"{"extra":tru}"#,
    #"{"extra":{"k":"v",}}"#, #"{"extra":-}"#,
  ])
  func brokenSkippedMemberIsReportedAsWithoutTheFilter(element: String) {
    let text = "[\n " + element + ",\n {\"id\":\"next\"}]"
    let unfiltered = readItems(text, members: nil)
    #expect(unfiltered.count == 2)
    guard case .malformed = unfiltered.first else {
      Issue.record("expected a malformed element, got \(unfiltered)")
      return
    }
    for chunkSize in [1, 3, 7, 1 << 20] {
      let filtered = readItems(text, members: Self.filter, chunkSize: chunkSize)
      #expect(filtered.first == unfiltered.first, "chunk size \(chunkSize)")
      #expect(filtered.last == .value(.object(JSONObject(keys: ["id"], values: [.string("next")]))))
    }
  }

  @Test func invalidUTF8InASkippedMemberIsReportedAsWithoutTheFilter() {
    var bytes = Array(#"[{"id":"a","extra":"x"#.utf8)
    bytes += [0xC3, 0x28]
    bytes += Array(#""},{"id":"b"}]"#.utf8)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.utf8.count != bytes.count)  // the check below must read the raw bytes, not this repaired text
    func read(_ members: JSONMemberFilter?) -> [JSONItem] {
      var reader = JSONElementReader(ByteStream(bytes: bytes, path: "t.json"), shape: .array, members: members)
      var items: [JSONItem] = []
      while let item = try? reader.next() { items.append(item) }
      return items
    }
    let unfiltered = read(nil)
    // Column 21: the first byte inside the quotes of "extra"'s value (the parser reports a string's first byte).
    #expect(unfiltered.first == .malformed(line: 1, column: 21, detail: "invalid UTF-8 in a string"))
    #expect(read(Self.filter) == unfiltered)
  }
}
