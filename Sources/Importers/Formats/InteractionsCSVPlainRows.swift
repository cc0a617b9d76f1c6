import ConversationModel

/// The fused scanner of an edge list's plain decimal rows: it reads rows straight from the tokenizer's buffer
/// (`CSVTokenizer.consumeLines`), parsing each field's digits as it looks for the delimiter and the line end,
/// and adds them to the builder in batches of `DecimalEdgeBatch.capacity`, with no field spans and no second
/// pass over the bytes.
///
/// Definition: a row is taken when every byte of it is an ASCII digit or the delimiter, it ends with `\n` or
/// `\r\n` inside the buffer, it has the source and target fields, those are canonical decimal ids
/// (`DecimalKeyTable.number(of:)`: 1 to 8 digits, no leading zero), the time and kind fields are absent or
/// empty, and the weight field is absent, empty (1) or 1 to 15 digits above 0. Those are exactly the rows
/// `InteractionsCSVReader.addPlainRow` batches, and the tokenizer would end each where the scan does, so the
/// builder gets the same edges in the same order, and the lines counted are the tokenizer's.
///
/// Choices: the scan stops, consuming nothing of it, at the first row that is not so (a blank line, a quote, a
/// space, a letter, a lone `\r`, a leading zero, a long id, a time, a zero weight, a row cut by the end of the
/// buffer): the tokenizer reads that row, with its diagnostics, and the scan resumes after it.
/// - Complexity: O(bytes scanned).
struct InteractionsCSVPlainRows {
  /// What a plain row's field must hold, by its position.
  private enum Role: UInt8 {
    case ignored, source, target, empty, weight
  }

  /// Plain decimal rows read so far and their bytes (fields and delimiters, line break as one), counted up to
  /// `InteractionsCSVReader.sampleRows`.
  struct Sample {
    var rows = 0
    var bytes = 0
  }

  /// The role of each field up to the last mapped one; fields after it are ignored.
  private let roles: [Role]
  /// The fields a row must have: up to both endpoints.
  private let requiredFields: Int

  /// The scanner of rows laid out as `columns` says, or `nil` when they have no source or target column.
  init?(columns: CSVColumns) {
    guard let source = columns.index(of: .source), let target = columns.index(of: .target) else { return nil }
    let mapped: [(ColumnKey, Role)] = [
      (.source, .source), (.target, .target), (.time, .empty), (.kind, .empty), (.weight, .weight),
    ]
    var roles: [Role] = []
    for (key, role) in mapped {
      guard let index = columns.index(of: key) else { continue }
      if index >= roles.count { roles.append(contentsOf: repeatElement(.ignored, count: index + 1 - roles.count)) }
      roles[index] = role
    }
    self.roles = roles
    requiredFields = Swift.max(source, target) + 1
  }

  /// Takes the plain rows at the start of `buffer` (fields separated by `separator`) into `builder`, a
  /// `DecimalEdgeBatch.capacity` of edges at a time (`CorpusBuilder.addInteractions(_:)`), and counts them in
  /// `sample` (`reserve` called at its last row); returns the bytes and lines of the rows taken.
  ///
  /// One loop over the bytes per field, digits accumulated on the way, the edges gathered in a stack buffer;
  /// the kernel of an edge list's import, hence longer than usual.
  /// - Complexity: O(bytes of the rows taken, plus the row it stops at).
  func scan(
    _ buffer: UnsafeRawBufferPointer, separator: UInt8, builder: inout CorpusBuilder, sample: inout Sample,
    reserve: (inout CorpusBuilder, Sample) -> Void
  ) -> (bytes: Int, lines: Int) {
    let zero = UInt8(ascii: "0")
    let end = buffer.count
    let capacity = DecimalEdgeBatch.capacity
    // Read once: another module's static is read through an accessor (a `swift_once` check) at every use.
    let maxDigits = DecimalKeyTable.maxDigits
    var rowStart = 0
    var lines = 0
    guard let base = buffer.baseAddress else { return (0, 0) }
    withUnsafeTemporaryAllocation(of: DecimalEdgeBatch.Edge.self, capacity: capacity) { edges in
      var count = 0
      roles.withUnsafeBufferPointer { roles in
        rows: while rowStart < end {
          var index = rowStart
          var field = 0
          var source = 0
          var target = 0
          var weight = 1.0
          var terminator = 0
          fields: while true {
            let fieldStart = index
            // The digits read 8 bytes at once, their value made only for a field that needs it (`digitsValue`);
            // else `value` accumulated byte by byte.
            var digits: UInt64 = 0
            var value = 0
            var isRun = false
            if index &+ 8 <= end, case let run = Self.digitRun(base, at: index), run.length < 8 {
              digits = run.digits
              isRun = true
              index &+= run.length
            } else {
              while index < end {
                let digit = buffer[index] &- zero
                guard digit < 10 else { break }
                value = value &* 10 &+ Int(digit)
                index += 1
              }
              guard index < end else { break rows }
            }
            let length = index - fieldStart
            switch field < roles.count ? roles[field] : .ignored {
            case .ignored:
              break
            case .source, .target:
              guard length >= 1, length <= maxDigits, length == 1 || buffer[fieldStart] != zero
              else { break rows }
              if isRun { value = Self.digitsValue(digits, length: length) }
              if roles[field] == .source { source = value } else { target = value }
            case .empty:
              guard length == 0 else { break rows }
            case .weight:
              guard length > 0 else { break }
              if isRun { value = Self.digitsValue(digits, length: length) }
              guard length <= 15, value > 0 else { break rows }
              weight = Double(value)
            }
            field += 1
            let byte = buffer[index]
            terminator = index
            index += 1
            if byte == separator { continue fields }
            if byte == UInt8(ascii: "\n") { break fields }
            guard byte == UInt8(ascii: "\r"), index < end, buffer[index] == UInt8(ascii: "\n") else { break rows }
            index += 1
            break fields
          }
          guard field >= requiredFields else { break rows }
          edges.initializeElement(
            at: count,
            to: DecimalEdgeBatch.Edge(
              source: Int32(truncatingIfNeeded: source), target: Int32(truncatingIfNeeded: target), weight: weight))
          count += 1
          if count == capacity {
            builder.addInteractions(UnsafeBufferPointer(rebasing: edges[..<count]))
            count = 0
          }
          if sample.rows < InteractionsCSVReader.sampleRows {
            sample.rows += 1
            sample.bytes += terminator + 1 - rowStart
            if sample.rows == InteractionsCSVReader.sampleRows { reserve(&builder, sample) }
          }
          lines += 1
          rowStart = index
        }
      }
      builder.addInteractions(UnsafeBufferPointer(rebasing: edges[..<count]))
    }
    return (rowStart, lines)
  }

  /// The run of ASCII digits at `index` of `base` (8 bytes readable there): its length, 8 meaning 8 or more,
  /// and the 8 bytes less `0` each (the digits' values in the first `length` bytes, for `digitsValue`).
  ///
  /// Eight bytes are read at once (SWAR): a byte is a digit when its xor with `0` is below 10, tested on all
  /// eight by one addition that sets the high bit of those from 10 up. No branch depends on the run's length,
  /// which varies from row to row.
  /// - Complexity: O(1).
  @inline(__always)
  private static func digitRun(_ base: UnsafeRawPointer, at index: Int) -> (length: Int, digits: UInt64) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
    let digits = word ^ (ones &* 0x30)
    let notDigits = (((digits & (ones &* 0x7F)) &+ (ones &* 0x76)) | digits) & (ones &* 0x80)
    return (notDigits.trailingZeroBitCount >> 3, digits)
  }

  /// The value of the first `length` (0 to 7) digits of `digitRun`'s `digits`: shifted to the top of the word,
  /// zeros below them, and combined pairwise by three multiplications (tens, hundreds, ten thousands).
  /// - Complexity: O(1).
  @inline(__always)
  private static func digitsValue(_ digits: UInt64, length: Int) -> Int {
    // Two shifts, each below 64, so that no check of the shift count is needed: 8 to 64 bits in all.
    var value = (digits &<< UInt64(56 &- 8 &* length)) &<< 8
    value = ((value & 0x0F0F_0F0F_0F0F_0F0F) &* 2_561) >> 8
    value = ((value & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
    value = ((value & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    return Int(truncatingIfNeeded: value)
  }
}
