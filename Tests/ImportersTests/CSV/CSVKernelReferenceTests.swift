import Foundation
import Testing
import TestSupport

@testable import Importers

/// The tokenizer's kernels (the one-pass row of plain fields, the quoted-body scan, the undoubling copy and the
/// span slots kept from record to record) against a byte-at-a-time reading of the same contract written here,
/// over random short texts whose fields, quotes and line breaks fall at every offset of an 8-byte word, next to
/// bytes ≥ 0x80, whole and in chunks of 1 to 16 bytes and 64 KiB.
@Suite struct CSVKernelReferenceTests {
  /// One record as both readers report it: field bytes (quotes removed, `""` made `"`), line and columns.
  private enum Read: Equatable, CustomStringConvertible {
    case record(fields: [[UInt8]], line: Int, columns: [Int])
    case malformed(CSVMalformedRecord)

    var description: String {
      switch self {
      case .record(let fields, let line, let columns): "record \(fields) line \(line) columns \(columns)"
      case .malformed(let malformed): "malformed \(malformed)"
      }
    }
  }

  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// The contract of `CSVTokenizer` for a one-byte `separator`, one byte at a time: blank lines skipped, quoted
  /// fields with doubled quotes and line breaks, a stray byte after a closing quote skipping to the end of its
  /// line, an unclosed quote restarting on the line after the record's first.
  private static func reference(_ text: [UInt8], separator: UInt8) -> [Read] {
    let size = text.count
    var index = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var lineStart = index
    var reads: [Read] = []
    /// Where the line break at `at` ends, or `nil` if there is none.
    func lineBreakEnd(_ at: Int) -> Int? {
      guard at < size else { return nil }
      if text[at] == newline { return at + 1 }
      guard text[at] == carriageReturn else { return nil }
      return at + 1 < size && text[at + 1] == newline ? at + 2 : at + 1
    }
    func skipRestOfLine() {
      while index < size, text[index] != newline, text[index] != carriageReturn { index += 1 }
      if let end = lineBreakEnd(index) {
        index = end
        line += 1
        lineStart = end
      }
    }
    while true {
      while let end = lineBreakEnd(index) {
        index = end
        line += 1
        lineStart = end
      }
      guard index < size else { return reads }
      let (recordLine, recordStart) = (line, lineStart)
      var fields: [[UInt8]] = []
      var columns: [Int] = []
      var malformed: CSVMalformedRecord?
      fields: while true {
        let column = index - lineStart + 1
        var value: [UInt8] = []
        if index < size, text[index] == quote {
          var closed = false
          index += 1
          while index < size {
            if text[index] == quote {
              guard index + 1 < size, text[index + 1] == quote else {
                closed = true
                index += 1
                break
              }
              value.append(quote)
              index += 2
            } else if let end = lineBreakEnd(index) {
              value += text[index..<end]
              index = end
              line += 1
              lineStart = end
            } else {
              value.append(text[index])
              index += 1
            }
          }
          guard closed else {
            malformed = CSVMalformedRecord(line: recordLine, column: column, reason: "quoted field is not closed")
            (index, line, lineStart) = (recordStart, recordLine, recordStart)
            skipRestOfLine()
            break fields
          }
        } else {
          while index < size, text[index] != separator, text[index] != newline, text[index] != carriageReturn {
            value.append(text[index])
            index += 1
          }
        }
        fields.append(value)
        columns.append(column)
        guard index < size else { break }
        if let end = lineBreakEnd(index) {
          index = end
          line += 1
          lineStart = end
          break
        }
        if text[index] == separator {
          index += 1
          continue
        }
        malformed = CSVMalformedRecord(
          line: line, column: index - lineStart + 1, reason: "unexpected character after a closing quote")
        skipRestOfLine()
        break
      }
      reads.append(malformed.map(Read.malformed) ?? .record(fields: fields, line: recordLine, columns: columns))
    }
  }

  /// What `CSVTokenizer` reads through its span path (`nextSpans`, `withField`).
  private static func tokenized(_ tokenizer: CSVTokenizer) -> [Read] {
    var tokenizer = tokenizer
    var reads: [Read] = []
    while let token = tokenizer.nextSpans() {
      switch token {
      case .malformed(let malformed): reads.append(.malformed(malformed))
      case .record:
        let fields = (0..<tokenizer.fieldCount).map { index in tokenizer.withField(index) { [UInt8]($0) } }
        let record = tokenizer.currentRecord()
        reads.append(.record(fields: fields, line: tokenizer.recordLine, columns: record.columns))
      }
    }
    return reads
  }

  /// Random text: fields of 0 to 17 bytes (plain, or quoted with quotes, separators and line breaks inside),
  /// records of 1 to 12 fields, every line break form, bytes ≥ 0x80 and the separator's neighbours as filler,
  /// and now and then a stray quote or a blank line.
  private static func randomText(_ generator: inout SplitMix64, separator: UInt8) -> [UInt8] {
    func below(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let filler: [UInt8] = [0x61, 0x80, 0xFF, 0xE6, separator - 1, separator + 1, 0x0B, 0x0C, 0x20, 0x21, 0x23]
    let breaks: [[UInt8]] = [[newline], [carriageReturn, newline], [carriageReturn]]
    var text: [UInt8] = []
    for _ in 0..<(1 + below(8)) {
      for field in 0..<(1 + below(12)) {
        if field > 0 { text.append(separator) }
        let length = below(18)
        let quoted = below(3) == 0
        if quoted { text.append(quote) }
        for _ in 0..<length {
          switch below(quoted ? 10 : 40) {
          case 0: text += quoted ? [quote, quote] : [quote]
          case 1: text += quoted ? breaks[below(3)] : [filler[below(filler.count)]]
          case 2: text.append(quoted ? separator : filler[below(filler.count)])
          default: text.append(filler[below(filler.count)])
          }
        }
        if quoted, below(20) > 0 { text.append(quote) }
        if below(25) == 0 { text.append(quote) }
      }
      if below(6) > 0 { text += breaks[below(3)] }
      if below(10) == 0 { text += breaks[below(3)] }
    }
    return text
  }

  /// Random texts read whole and in chunks of 1 to 16 bytes and 64 KiB, against the reference.
  @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
  func kernelsMatchTheByteAtATimeReference(separator: UInt8) {
    let delimiter = CSVDelimiter.allCases.first { $0.byte == separator } ?? .comma
    var generator = SplitMix64(seed: UInt64(separator))
    var mismatches = 0
    for _ in 0..<150 {
      let text = Self.randomText(&generator, separator: separator)
      let expected = Self.reference(text, separator: separator)
      for chunkSize in Array(1...16) + [1 << 16] where mismatches < 5 {
        let stream = ByteStream(bytes: text, path: "r.csv", chunkSize: chunkSize)
        let read = Self.tokenized(CSVTokenizer(stream: stream, delimiter: delimiter))
        if read != expected { mismatches += 1 }
        #expect(read == expected, "\(text) in chunks of \(chunkSize)")
      }
      let whole = Self.tokenized(CSVTokenizer(data: text, delimiter: delimiter))
      #expect(whole == expected, "\(text) whole")
    }
  }

  /// A plain row ending at every offset of a word and a quote at every offset: word edges of both kernels.
  @Test func fieldsEndingAtEveryWordOffsetMatchTheReference() {
    for length in 0..<24 {
      for form in [[Self.newline], [Self.carriageReturn, Self.newline], [Self.carriageReturn]] {
        let plain = [UInt8](repeating: 0xC3, count: length)
        var text = plain + [UInt8(ascii: ",")] + plain + form
        text += [Self.quote] + plain + [Self.quote, Self.quote] + plain + [Self.quote] + [UInt8(ascii: ",")] + form
        text += [0x80, UInt8(ascii: ","), 0xFF] + form + [Self.quote] + plain + form + plain + [Self.quote]
        let expected = Self.reference(text, separator: UInt8(ascii: ","))
        for chunkSize in [1, 7, 8, 9, 1 << 16] {
          let stream = ByteStream(bytes: text, path: "w.csv", chunkSize: chunkSize)
          #expect(Self.tokenized(CSVTokenizer(stream: stream, delimiter: .comma)) == expected, "\(text) \(chunkSize)")
        }
      }
    }
  }

  /// A record of 100 fields, then one of 1, then one with a doubled quote after one without: span slots grown
  /// and given back, `decoded` emptied between records.
  @Test func spanSlotsFollowTheFieldCountOfEachRecord() {
    let wide = (0..<100).map { "f\($0)" }.joined(separator: ",")
    let text = Array("\(wide)\nonly\n\"a\"\"b\",c\n\"plain\",\"x\"\"\"\n".utf8)
    let read = Self.tokenized(CSVTokenizer(data: text, delimiter: .comma))
    #expect(read == Self.reference(text, separator: UInt8(ascii: ",")))
    #expect(read.count == 4)
    #expect(read.last == .record(fields: [Array("plain".utf8), Array("x\"".utf8)], line: 4, columns: [1, 9]))
  }
}
