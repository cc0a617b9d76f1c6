import ConversationModel
import Foundation
import Testing

@testable import Importers

/// The data-dump row reader on hand-written XML: references, positions, hostile DOCTYPEs, broken bytes.
@Suite struct XMLRowReaderTests {
  /// Every row's `name` attribute (nil for a malformed row), the diagnostics, and the error if the file failed.
  private func read(_ bytes: [UInt8], attribute: StaticString = "A") -> (
    values: [String?], locations: [ConversationModel.SourceLocation], log: DiagnosticLog, error: ImportError?
  ) {
    var reader = XMLRowReader(data: Data(bytes), path: "t.xml")
    var log = DiagnosticLog()
    var values: [String?] = []
    var locations: [ConversationModel.SourceLocation] = []
    do {
      while let event = try reader.next(diagnostics: &log) {
        switch event {
        case .row(let location):
          values.append(reader.string(attribute))
          locations.append(location)
        case .malformed(let location):
          values.append(nil)
          locations.append(location)
        }
      }
    } catch {
      return (values, locations, log, error)
    }
    return (values, locations, log, nil)
  }

  private func read(_ text: String, attribute: StaticString = "A") -> (
    values: [String?], locations: [ConversationModel.SourceLocation], log: DiagnosticLog, error: ImportError?
  ) {
    read(Array(text.utf8), attribute: attribute)
  }

  @Test func predefinedEntitiesAndNumericReferencesAreDecoded() {
    let result = read(
      "<r>\n<row A=\"&lt;p&gt; &amp; &quot;x&quot; &apos;y&apos;\" />\n<row A='&#233;&#xE9;&#x1F600;&#xA;' />\n</r>")
    #expect(result.values == ["<p> & \"x\" 'y'", "éé😀\n"])
    #expect(result.log.totalCount == 0)
  }

  @Test func rawNewlinesAndTabsInValuesBecomeSpaces() {
    let result = read("<r><row A=\"a\tb\r\nc\nd\"/></r>")
    #expect(result.values == ["a b c d"])
  }

  @Test func rowsCarryTheirLineAndColumn() {
    let result = read(
      "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c -->\n<r>\n  <row A=\"1\" />\n\t<row A=\"2\"></row>\n</r>")
    #expect(result.values == ["1", "2"])
    #expect(result.locations.map(\.line) == [4, 5])
    #expect(result.locations.map(\.column) == [3, 2])
  }

  @Test func absentAttributeIsNilAndNameMustMatchExactly() {
    let result = read("<r><row AB=\"x\" a=\"y\" /></r>")
    #expect(result.values == [.none])
    #expect(read("<r><row AB=\"x\" A=\"y\" /></r>", attribute: "AB").values == ["x"])
  }

  @Test func realDumpDoctypeWithExternalIdIsIgnored() {
    let result = read("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE posts SYSTEM 'posts.dtd'>\n"
      + "<posts>\n  <row A=\"1\" />\n</posts>\n")
    #expect(result.values == ["1"])
    #expect(result.log.totalCount == 0)
  }

  @Test func billionLaughsEntitiesAreNeverExpanded() {
    var doctype = "<!DOCTYPE r [\n <!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      doctype += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    doctype += "]>\n"
    let result = read(doctype + "<r>\n<row A=\"&lol9;\" />\n<row A=\"ok\" />\n</r>")
    #expect(result.values == [nil, "ok"])
    #expect(result.log.count(of: "xml_internal_subset_ignored") == 1)
    let malformed = result.log.kinds.first { $0.kind == "malformed_xml_row" }?.examples.first
    #expect(malformed?.message.contains("undefined entity '&lol9;'") == true)
    #expect(malformed?.location == ConversationModel.SourceLocation(path: "t.xml", line: 14, column: 9))
  }

  @Test func externalEntityToLocalFileIsRefused() {
    let text = "<!DOCTYPE r [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<r>\n<row A=\"&xxe;\" />\n</r>"
    let result = read(text)
    #expect(result.values == [nil])
    #expect(result.log.count(of: "malformed_xml_row") == 1)
    #expect(result.log.kinds.first { $0.kind == "malformed_xml_row" }?.examples.first?.location?.line == 3)
  }

  @Test func internalSubsetMayHoldBracketsInStringsAndComments() {
    let text = "<!DOCTYPE r [ <!ENTITY a \"]>\"> <!-- ] > --> ]>\n<r><row A=\"x\"/></r>"
    #expect(read(text).values == ["x"])
  }

  @Test func invalidReferencesAreMalformedRows() {
    let cases = ["&#0;", "&#xD800;", "&#x110000;", "&#;", "&#xZZ;", "& x", "&nbsp;", "&amp"]
    for reference in cases {
      let result = read("<r><row A=\"\(reference)\" /></r>")
      #expect(result.values == [nil], "\(reference)")
      #expect(result.log.count(of: "malformed_xml_row") == 1, "\(reference)")
    }
  }

  @Test func invalidUTF8IsAMalformedRowWithItsPosition() {
    var bytes = Array("<r>\n<row A=\"ok\" />\n<row A=\"ab".utf8)
    bytes += [0xC3, 0x28]  // a lead byte followed by a non-continuation byte
    bytes += Array("\" />\n<row A=\"é\" />\n</r>".utf8)
    let result = read(bytes)
    #expect(result.values == ["ok", nil, "é"])
    let example = result.log.kinds.first { $0.kind == "malformed_xml_row" }?.examples.first
    #expect(example?.location == ConversationModel.SourceLocation(path: "t.xml", line: 3, column: 11))
    #expect(example?.message.contains("invalid UTF-8 byte 0xC3") == true)
  }

  @Test func overlongAndSurrogateEncodingsAreRejected() {
    for sequence: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      let result = read(Array("<r><row A=\"".utf8) + sequence + Array("\"/></r>".utf8))
      #expect(result.values == [nil], "\(sequence)")
    }
  }

  @Test func truncatedFileEndsWithDiagnosticsNotACrash() {
    let result = read("<posts>\n<row A=\"1\" />\n<row A=\"2\" B=\"unfinish")
    #expect(result.values == ["1", nil])
    #expect(result.log.count(of: "malformed_xml_row") == 1)
    #expect(result.error == nil)
    let cut = read("<posts>\n<row A=\"1\" />\n")
    #expect(cut.values == ["1"])
    #expect(cut.log.count(of: "xml_truncated") == 1)
  }

  @Test func malformedRowsAreSkippedAndReadingResumesOnTheNextLine() {
    let rows = [
      "<row A=\"1\" A=\"2\" />", "<row A=\"1\"B=\"2\" />", "<row A=1 />", "<row A=\"a<b\" />", "<rowA=\"1\" />",
      "<item A=\"1\" />", "<row A=\"\u{1}\" />", "<row A=\"x\">text</row>",
    ]
    let result = read("<r>\n" + rows.joined(separator: "\n") + "\n<row A=\"last\" />\n</r>")
    #expect(result.values == Array(repeating: nil, count: rows.count) + ["last"])
    #expect(result.log.count(of: "malformed_xml_row") == rows.count)
    #expect(result.locations.map(\.line) == Array(2...(rows.count + 2)))
  }

  @Test func notXMLIsAnErrorNamingThePosition() {
    #expect(read("id,author\n1,2\n").error == .invalidXML(
      path: "t.xml", line: 1, column: 1, detail: "expected '<' (the file does not start like XML)"))
    #expect(read("").error == .invalidXML(path: "t.xml", line: 1, column: 1, detail: "no root element"))
    #expect(read("<!DOCTYPE r [ <!ENTITY a 'x'>").error != nil)
  }

  @Test func emptyRootAndTextBetweenRows() {
    #expect(read("<posts/>").values.isEmpty)
    let result = read("<r>stray<row A=\"1\"/></r>")
    #expect(result.values == ["1"])
    #expect(result.log.count(of: "xml_unexpected_text") == 1)
  }

  @Test func eightByteSkipAgreesWithTheByteRuleForEveryByteAtEveryPlace() {
    func plainByte(_ byte: UInt8, quote: UInt8) -> Bool {
      byte >= 0x20 && byte < 0x80 && byte != quote && byte != 0x26 && byte != 0x3C
    }
    for quote: UInt8 in [0x22, 0x27] {
      for filler: UInt8 in [0x61, 0x20, 0x3D, 0x7F] {
        for place in 0..<8 {
          for value in 0...255 {
            var bytes = [UInt8](repeating: filler, count: 8)
            bytes[place] = UInt8(value)
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.allSatisfy { plainByte($0, quote: quote) }
            #expect(XMLCursor.isPlain(word, quote: quote) == expected, "byte \(value) at \(place)")
          }
        }
      }
    }
  }
}
