import Foundation

/// A growable array of plain values in one `malloc` block, grown and shrunk in place by `realloc`.
///
/// Definition: the elements appended, in order, with value semantics (a column shared by two copies is copied
/// before either is changed).
///
/// Choices: `Array` grows by allocating a buffer twice as large and copying, so while a corpus's largest
/// columns grow the old and the new buffer are resident at once, and fitting the capacity copies again. glibc
/// `realloc`s a large block (an `mmap`ed one: every block from 32 MiB, smaller ones too after such a block was
/// freed) with `mremap`, which moves pages without copying them; capacity never written is never resident, and
/// `shrinkToFit` gives the tail back the same way. Reads check the index as `Array` does.
/// - Complexity: `append` amortised O(1), subscript O(1); memory `count` elements resident.
package struct Column<Element: BitwiseCopyable>: @unchecked Sendable {
  /// Frees the block when the last copy of the column is gone.
  private final class Owner {
    var block: UnsafeMutableRawPointer?
    init(_ block: UnsafeMutableRawPointer?) { self.block = block }
    deinit { free(block) }
  }

  private var base: UnsafeMutablePointer<Element>?
  package private(set) var count = 0
  private var capacity = 0
  private var owner = Owner(nil)

  package init() {}

  /// A column of `count` copies of `value`.
  package init(repeating value: Element, count: Int) {
    reserve(count)
    for index in 0..<count { base.unsafelyUnwrapped[index] = value }
    self.count = count
  }

  /// A column of `count` zero-byte elements, from `calloc`: pages not yet written are not resident.
  package init(zeroedCount count: Int) {
    guard count > 0 else { return }
    guard let block = calloc(count, MemoryLayout<Element>.stride) else { fatalError("out of memory for \(count)") }
    owner = Owner(block)
    base = block.assumingMemoryBound(to: Element.self)
    self.count = count
    capacity = count
  }

  package subscript(index: Int) -> Element {
    get {
      precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "Column index out of range")
      return base.unsafelyUnwrapped[index]
    }
    set {
      precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "Column index out of range")
      makeUnique()
      base.unsafelyUnwrapped[index] = newValue
    }
  }

  package mutating func append(_ value: Element) {
    if count == capacity { reserve(Swift.max(16, capacity * 2)) } else { makeUnique() }
    base.unsafelyUnwrapped[count] = value
    count += 1
  }

  /// Appends the elements of `elements`.
  package mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
    guard let source = elements.baseAddress, !elements.isEmpty else { return }
    if count + elements.count > capacity {
      reserve(Swift.max(count + elements.count, capacity * 2, 16))
    } else {
      makeUnique()
    }
    (base.unsafelyUnwrapped + count).update(from: source, count: elements.count)
    count += elements.count
  }

  /// Gives `body` the elements (valid only during the call).
  package func withUnsafeBufferPointer<Result>(
    _ body: (UnsafeBufferPointer<Element>) throws -> Result
  ) rethrows -> Result {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// Gives the whole pages of elements `0..<end` back to the system when this is the only copy of the column,
  /// for a column about to be freed that is read in order (a hash table's old slots while they are moved): those
  /// elements then read as zero bytes. Does nothing where pages cannot be given back.
  package mutating func releasePages(below end: Int) {
    #if canImport(Glibc)
      guard isKnownUniquelyReferenced(&owner), let base, end > 0 else { return }
      let page = Int(getpagesize())
      let start = (Int(bitPattern: base) + page - 1) / page * page
      let stop = (Int(bitPattern: base + Swift.min(end, count))) / page * page
      guard stop > start, let pages = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(pages, stop - start, MADV_DONTNEED)
    #endif
  }

  /// Gives back the capacity beyond `count` (in place: `realloc` to a smaller size does not copy a large block).
  package mutating func shrinkToFit() {
    guard capacity > count else { return }
    reserve(count, exactly: true)
  }

  /// Makes the capacity at least `minimum` (exactly `minimum` with `exactly`), owning the block alone.
  private mutating func reserve(_ minimum: Int, exactly: Bool = false) {
    let stride = MemoryLayout<Element>.stride
    let newCapacity = exactly ? minimum : Swift.max(minimum, capacity)
    if isKnownUniquelyReferenced(&owner) {
      guard newCapacity != capacity else { return }
      owner.block = Self.resize(owner.block, bytes: newCapacity * stride)
    } else {
      let block = Self.resize(nil, bytes: newCapacity * stride)
      if let block, let base { block.copyMemory(from: base, byteCount: count * stride) }
      owner = Owner(block)
    }
    base = owner.block?.assumingMemoryBound(to: Element.self)
    capacity = newCapacity
  }

  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&owner) { reserve(capacity, exactly: true) }
  }

  /// `realloc` of `block` to `bytes` (nil for 0 bytes); running out of memory stops the program, as `Array` does.
  private static func resize(_ block: UnsafeMutableRawPointer?, bytes: Int) -> UnsafeMutableRawPointer? {
    guard bytes > 0 else {
      free(block)
      return nil
    }
    guard let resized = realloc(block, bytes) else { fatalError("out of memory for \(bytes) bytes") }
    return resized
  }
}

/// A column that stores nothing while every element is the first one appended, the common case of a field most
/// inputs never set (a parent, a channel per input): then the column costs no memory per element.
///
/// Definition: the elements appended or set, in order. Choices: the first different value writes out the
/// uniform run once (`Column(repeating:count:)`), so a varied column costs as much as a `Column`.
/// - Complexity: O(1) per access; memory O(1) while uniform, else `count` elements.
package struct UniformColumn<Element: BitwiseCopyable & Equatable & Sendable>: Sendable {
  private var uniform: Element?
  private var varied: Column<Element>?
  package private(set) var count = 0

  package init() {}

  package subscript(index: Int) -> Element {
    get {
      if let varied { return varied[index] }
      precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "Column index out of range")
      return uniform.unsafelyUnwrapped
    }
    set {
      precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "Column index out of range")
      if varied == nil, newValue == uniform { return }
      materialize()
      varied?[index] = newValue
    }
  }

  package mutating func append(_ value: Element) {
    if varied == nil {
      if count == 0 { uniform = value }
      if value == uniform {
        count += 1
        return
      }
      materialize()
    }
    varied?.append(value)
    count += 1
  }

  package mutating func shrinkToFit() { varied?.shrinkToFit() }

  private mutating func materialize() {
    guard varied == nil else { return }
    varied = uniform.map { Column(repeating: $0, count: count) } ?? Column()
  }
}

/// Times as seconds since the reference date, 4 bytes each while every time is a whole number of seconds within
/// `Int32` of the first, else 8: `self[i]` is exactly the `Double` appended (sign of zero included).
///
/// Choices: exports give most times in whole seconds (WhatsApp's minutes, CSV and mail dates), which an offset
/// from the first time holds exactly; the first time that is not (a Slack `ts` with microseconds) turns the
/// column into `Double`s once, which costs what a `Double` column always did.
/// - Complexity: O(1) per access, amortised per append; memory 4 or 8 bytes per time.
package struct TimeColumn: Sendable {
  private var base: Int64?
  private var offsets = Column<Int32>()
  private var seconds: Column<Double>?

  package init() {}

  package var count: Int { seconds?.count ?? offsets.count }

  package subscript(index: Int) -> Double {
    if let seconds { return seconds[index] }
    return Double((base ?? 0) + Int64(offsets[index]))
  }

  /// Appends a placeholder for a message without a time (read back as some value, never as a time).
  package mutating func appendMissing() {
    if seconds == nil { offsets.append(0) } else { seconds?.append(0) }
  }

  package mutating func append(_ value: Double) {
    if seconds == nil {
      if let offset = offset(of: value) {
        offsets.append(offset)
        return
      }
      var widened = Column<Double>()
      for index in 0..<offsets.count { widened.append(self[index]) }
      offsets = Column()
      seconds = widened
    }
    seconds?.append(value)
  }

  package mutating func shrinkToFit() {
    offsets.shrinkToFit()
    seconds?.shrinkToFit()
  }

  /// `value` as an offset from `base` (which the first time sets), when that is exact.
  private mutating func offset(of value: Double) -> Int32? {
    guard let whole = Int64(exactly: value), Double(whole).bitPattern == value.bitPattern else { return nil }
    if base == nil { base = whole }
    let (difference, overflow) = whole.subtractingReportingOverflow(base.unsafelyUnwrapped)
    return overflow ? nil : Int32(exactly: difference)
  }
}
