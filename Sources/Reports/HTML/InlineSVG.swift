import Foundation

/// Prepares a Graphviz SVG document for inlining in the report.
///
/// Choices: the XML declaration, the DOCTYPE (whose DTD address would be a reference to the network) and the
/// comments before `<svg` are dropped; every `id="…"` gets `idPrefix` so that several pictures in one page
/// do not share ids (Graphviz names them `graph0`, `node1`, … in every picture); the width and height stay, and
/// the report's CSS scales the picture down to the page by its `viewBox`.
enum InlineSVG {
  /// Why a text cannot be inlined.
  struct NotSVG: Error, CustomStringConvertible {
    var description: String { "the renderer returned no <svg> element" }
  }

  /// The `<svg>…</svg>` element of `document`, its ids prefixed with `idPrefix-`.
  /// - Throws: `NotSVG` when there is no `<svg` element.
  /// - Complexity: O(n) in the document's length.
  static func clean(_ document: String, idPrefix: String) throws -> String {
    guard let start = document.range(of: "<svg"), let end = document.range(of: "</svg>", options: .backwards),
      start.lowerBound < end.lowerBound
    else { throw NotSVG() }
    let element = String(document[start.lowerBound..<end.upperBound])
    return element.replacing(" id=\"", with: " id=\"\(idPrefix)-")
  }
}
