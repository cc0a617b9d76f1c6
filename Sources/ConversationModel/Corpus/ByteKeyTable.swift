import Foundation

/// An exact set of byte-string keys, each numbered by insertion order: the compact replacement of a
/// `[String: Int]` for millions of message ids.
///
/// Definition: `insert` gives a key not seen before the next ordinal (0, 1, 2, …) and a key seen before its
/// first ordinal; `ordinal(of:)` finds it again. Two keys are the same only when their bytes are equal.
///
/// Choices:
/// - Keys live back to back in one byte arena (`arena`, `ends`): no object per key. A slot of the open-addressing
///   table (linear probing, power-of-two capacity, load at most 3/4) is one `UInt64`: the upper 32 bits of the
///   key's hash as a tag and the ordinal + 1 below (0 marks an empty slot). Per key that is its bytes, 8 bytes
///   of end offset and 11 to 21 bytes of slots, against about 90 bytes for a dictionary entry and its `String`.
/// - A key's home slot is the top bits of its hash, which the tag keeps: growing moves slots without reading or
///   hashing a key again. Keys may be given as a 4-byte number and bytes (`insert(prefix:_:)`), hashed and
///   compared in place, as the same key as their concatenation.
/// - A matching tag is never trusted: the stored bytes are compared in full (8 at a time, inline), so a hash
///   collision costs a comparison, never a merge of two keys (`ByteKeyTableTests` forces collisions with
///   `hashMask: 0`).
/// - The default hash mixes 8 bytes at a time with a per-table random seed, so an input crafted to collide
///   cannot be prepared in advance; `hashMask` lets tests force collisions.
///
/// - Complexity: `insert` and `ordinal(of:)` O(key length) expected; memory O(total key bytes + keys).
package struct ByteKeyTable: Sendable {
  private var arena = Column<UInt8>()
  /// The low 32 bits of the arena offset just past key `k` (`end(of:)`); key `k` starts at `end(of: k - 1)` (0
  /// for the first).
  private var ends = Column<UInt32>()
  /// The first key whose end is at least `(i + 1) << 32`, for each `i`: empty below 4 GiB of keys.
  private var endWraps: [Int] = []
  private var slots = Column<UInt64>()
  /// A key's home slot is its hash shifted right by this: the top bits, which a slot's tag keeps (64 when empty).
  private var indexShift: UInt64 = 64
  private let seed: UInt64
  /// ANDed into every hash: `.max` normally; a test passes a tiny mask (0 makes every key collide).
  private let hashMask: UInt64

  /// A key as looked up: `prefix`'s 4 little-endian bytes when given, then `body`.
  private struct Probe {
    var prefix: UInt32?
    var body: UnsafeRawBufferPointer
    var count: Int { body.count + (prefix == nil ? 0 : 4) }
  }

  /// An empty table with a randomly seeded hash, keeping the bits of `hashMask` of each hash.
  package init(hashMask: UInt64 = .max) {
    seed = UInt64.random(in: .min ... .max)
    self.hashMask = hashMask
  }

  /// The number of distinct keys.
  package var count: Int { ends.count }

  /// The bytes of key `ordinal`.
  package func key(at ordinal: Int) -> ArraySlice<UInt8> {
    let start = ordinal == 0 ? 0 : end(of: ordinal - 1)
    return arena.withUnsafeBufferPointer { ArraySlice($0[start..<end(of: ordinal)]) }
  }

  /// The arena offset just past key `ordinal`.
  private func end(of ordinal: Int) -> Int {
    var end = Int(ends[ordinal])
    for wrap in endWraps where wrap <= ordinal { end += 1 << 32 }
    return end
  }

  /// The ordinal of `key`, or `nil` when it was never inserted.
  package func ordinal(of key: UnsafeRawBufferPointer) -> Int? { ordinal(Probe(body: key)) }

  /// The ordinal of the key made of `prefix`'s 4 little-endian bytes and then `body`, or `nil`: `ordinal(of:)` of
  /// those bytes without assembling them.
  package func ordinal(prefix: UInt32, _ body: UnsafeRawBufferPointer) -> Int? {
    ordinal(Probe(prefix: prefix, body: body))
  }

  /// Inserts `key` if new; returns its ordinal and whether it was new.
  @discardableResult
  package mutating func insert(_ key: UnsafeRawBufferPointer) -> (ordinal: Int, inserted: Bool) {
    insert(Probe(body: key))
  }

  /// Inserts the key made of `prefix`'s 4 little-endian bytes and then `body`: `insert` of those bytes without
  /// assembling them.
  @discardableResult
  package mutating func insert(prefix: UInt32, _ body: UnsafeRawBufferPointer) -> (ordinal: Int, inserted: Bool) {
    insert(Probe(prefix: prefix, body: body))
  }

  private func ordinal(_ key: Probe) -> Int? {
    guard slots.count > 0 else { return nil }
    return find(key, hash: Self.hash(key, seed: seed) & hashMask).ordinal
  }

  private mutating func insert(_ key: Probe) -> (ordinal: Int, inserted: Bool) {
    if (count + 1) * 4 > slots.count * 3 { grow() }
    let hash = Self.hash(key, seed: seed) & hashMask
    let found = find(key, hash: hash)
    if let ordinal = found.ordinal { return (ordinal, false) }
    let ordinal = count
    if let prefix = key.prefix {
      withUnsafeBytes(of: prefix.littleEndian) { arena.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
    }
    arena.append(contentsOf: key.body.bindMemory(to: UInt8.self))
    if arena.count >> 32 > endWraps.count { endWraps.append(ordinal) }
    ends.append(UInt32(truncatingIfNeeded: arena.count))
    slots[found.slot] = (hash >> 32) << 32 | UInt64(ordinal + 1)
    return (ordinal, true)
  }

  /// The key's ordinal if present, else the empty slot where it belongs.
  private func find(_ key: Probe, hash: UInt64) -> (ordinal: Int?, slot: Int) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      let tag = hash >> 32
      var slot = Self.home(hash, shift: indexShift)
      while true {
        let entry = slots[slot]
        if entry == 0 { return (nil, slot) }
        let ordinal = Int(entry & 0xFFFF_FFFF) - 1
        if entry >> 32 == tag, equals(ordinal, key) { return (ordinal, slot) }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether key `ordinal`'s bytes are `key`'s, compared 8 bytes at a time.
  private func equals(_ ordinal: Int, _ key: Probe) -> Bool {
    let start = ordinal == 0 ? 0 : end(of: ordinal - 1)
    guard end(of: ordinal) - start == key.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      guard let base = UnsafeRawPointer(stored.baseAddress) else { return key.count == 0 }
      var offset = start
      if let prefix = key.prefix {
        guard UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) == prefix else {
          return false
        }
        offset += 4
      }
      return Self.equal(base + offset, key.body)
    }
  }

  /// Whether the `bytes.count` bytes at `stored` are `bytes`.
  private static func equal(_ stored: UnsafeRawPointer, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let other = bytes.baseAddress else { return true }
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      guard word == other.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
      offset += 8
    }
    while offset < bytes.count {
      guard stored.load(fromByteOffset: offset, as: UInt8.self) == other.load(fromByteOffset: offset, as: UInt8.self)
      else { return false }
      offset += 1
    }
    return true
  }

  /// Doubles the slots. A key's home is the top bits of its hash, which its slot keeps in the tag: the keys move
  /// without being read or hashed again, in slot order, so the new slots are written nearly in order. The new
  /// slots are zero pages until written (`calloc`) and the old ones are given back a stretch at a time as they
  /// are read (`Column.releasePages`), so the two tables are not both resident in full at the table's peak.
  private mutating func grow() {
    var old = Column<UInt64>()
    swap(&old, &slots)
    let capacity = Swift.max(16, old.count * 2)
    indexShift = UInt64(64 - capacity.trailingZeroBitCount)
    var fresh = Column<UInt64>(zeroedCount: capacity)
    let mask = capacity - 1
    let shift = indexShift
    var start = 0
    while start < old.count {
      let end = Swift.min(start + (1 << 16), old.count)
      for position in start..<end where old[position] != 0 {
        let entry = old[position]
        var slot = Self.home(entry, shift: shift)
        while fresh[slot] != 0 { slot = (slot + 1) & mask }
        fresh[slot] = entry
      }
      old.releasePages(below: end)
      start = end
    }
    slots = fresh
  }

  /// The home slot of a key whose hash (or slot entry) is `tagged`: the top bits of its upper 32, the tag.
  private static func home(_ tagged: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (tagged & 0xFFFF_FFFF_0000_0000) >> shift)
  }

  /// A seeded multiply-xorshift hash, 8 bytes per step, finished with MurmurHash3's 64-bit mixer.
  static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 { hash(Probe(body: bytes), seed: seed) }

  /// `hash` of `key`'s bytes, the prefix's 4 and the body's first 4 making the first 8-byte step.
  private static func hash(_ key: Probe, seed: UInt64) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var state = seed ^ UInt64(key.count) &* multiplier
    let bytes = key.body
    var offset = 0
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    if let prefix = key.prefix {
      if bytes.count >= 4 {
        let word = UInt64(prefix.littleEndian) | UInt64(bytes.loadUnaligned(as: UInt32.self)) << 32
        state = (state ^ word) &* multiplier
        state ^= state >> 29
        offset = 4
      } else {
        tail = UInt64(prefix.littleEndian)
        shift = 32
      }
    }
    while offset + 8 <= bytes.count {
      state = (state ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      state ^= state >> 29
      offset += 8
    }
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    state = (state ^ tail) &* multiplier
    state ^= state >> 33
    state = state &* 0xFF51_AFD7_ED55_8CCD
    state ^= state >> 33
    state = state &* 0xC4CE_B9FE_1A85_EC53
    return state ^ state >> 33
  }
}

/// A map from keys of at most 8 bytes to 32-bit values, each key stored in its slot: one memory access per
/// look-up where `ByteKeyTable` needs three (slot, end offsets, arena), which dominated interning 200,000 person ids.
///
/// Definition: `value(of:)` gives the value last `insert`ed for exactly these bytes (length included, so `1` and
/// `1\0` differ). Choices: linear probing, power-of-two capacity, load at most 1/2; a slot is the key's bytes
/// loaded little-endian into a `UInt64`, its length and the value; the hash is the key mixed with a per-table
/// random seed (`ByteKeyTable.hash`'s finisher), so colliding inputs cannot be prepared in advance.
///
/// - Complexity: `value(of:)` and `insert` O(1) expected; memory 16 bytes per slot, 2 to 4 slots per key.
package struct ShortKeyTable: Sendable {
  /// The longest key stored.
  package static let maxKeyLength = 8

  private struct Slot {
    var key: UInt64 = 0
    var value: Int32 = 0
    /// Key length + 1; 0 marks an empty slot.
    var lengthPlusOne: UInt8 = 0
  }

  private var slots = [Slot](repeating: Slot(), count: 16)
  private var count = 0
  private let seed = UInt64.random(in: .min ... .max)

  package init() {}

  /// The value stored for `key` (at most `maxKeyLength` bytes), or `nil`.
  package func value(of key: UnsafeRawBufferPointer) -> Int32? {
    let packed = Self.pack(key)
    let length = UInt8(truncatingIfNeeded: key.count + 1)
    let mask = slots.count - 1
    return slots.withUnsafeBufferPointer { slots in
      var index = hashIndex(packed, length: length, mask: mask)
      while true {
        let slot = slots[index]
        if slot.lengthPlusOne == 0 { return nil }
        if slot.key == packed, slot.lengthPlusOne == length { return slot.value }
        index = (index + 1) & mask
      }
    }
  }

  /// Stores `value` for `key` (at most `maxKeyLength` bytes), which must not be present yet.
  package mutating func insert(_ key: UnsafeRawBufferPointer, value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    place(Slot(key: Self.pack(key), value: value, lengthPlusOne: UInt8(truncatingIfNeeded: key.count + 1)))
    count += 1
  }

  private mutating func place(_ slot: Slot) {
    let mask = slots.count - 1
    var index = hashIndex(slot.key, length: slot.lengthPlusOne, mask: mask)
    while slots[index].lengthPlusOne != 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    for slot in old where slot.lengthPlusOne != 0 { place(slot) }
  }

  private func hashIndex(_ packed: UInt64, length: UInt8, mask: Int) -> Int {
    var state = (packed ^ seed) &* 0xFF51_AFD7_ED55_8CCD ^ UInt64(length)
    state ^= state >> 33
    state = state &* 0xC4CE_B9FE_1A85_EC53
    return Int(truncatingIfNeeded: state ^ state >> 33) & mask
  }

  private static func pack(_ key: UnsafeRawBufferPointer) -> UInt64 {
    var packed: UInt64 = 0
    for (offset, byte) in key.enumerated() { packed |= UInt64(byte) << (UInt64(offset) * 8) }
    return packed
  }
}
