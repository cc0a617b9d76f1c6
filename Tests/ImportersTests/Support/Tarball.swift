import Foundation

/// Writes `.tar.gz` fixtures: ustar headers built here (so tests choose entry order and names, even unsafe ones
/// no real `tar` would write), compressed by the system's `gzip` (part of every Debian and macOS install).
enum Tarball {
  /// A ustar archive of `files` in the given order, ended by two zero blocks.
  static func tar(_ files: [(name: String, text: String)]) -> [UInt8] {
    var bytes: [UInt8] = []
    for (name, text) in files {
      let content = Array(text.utf8)
      bytes += header(name: name, size: content.count)
      bytes += content
      bytes += [UInt8](repeating: 0, count: (512 - content.count % 512) % 512)
    }
    return bytes + [UInt8](repeating: 0, count: 1024)
  }

  /// One 512-byte ustar header for a regular file.
  static func header(name: String, size: Int) -> [UInt8] {
    var block = [UInt8](repeating: 0, count: 512)
    func put(_ text: String, at offset: Int) {
      for (index, byte) in text.utf8.enumerated() { block[offset + index] = byte }
    }
    put(name, at: 0)
    put("0000644\0", at: 100)
    put("0001750\0", at: 108)
    put("0001750\0", at: 116)
    put(String(format: "%011o\0", size), at: 124)
    put("14600000000\0", at: 136)
    put("        ", at: 148)
    block[156] = UInt8(ascii: "0")
    put("ustar\0" + "00", at: 257)
    let sum = block.reduce(0) { $0 + Int($1) }
    put(String(format: "%06o\0 ", sum), at: 148)
    return block
  }

  /// `bytes` compressed by `gzip -c -n`.
  static func gzip(_ bytes: [UInt8]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-c", "-n"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread {
      input.fileHandleForWriting.write(Data(bytes))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }
}
