import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A document read back with Foundation's `XMLParser`: every element in document order, with its attributes,
/// its text, and its parent's position.
struct ParsedXML {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text: String
    var parent: Int?
  }

  var elements: [Element]

  /// `nil` when the parser rejects the document.
  init?(_ text: String) {
    let collector = Collector()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = collector
    guard parser.parse() else { return nil }
    elements = collector.elements
  }

  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The elements named `name` whose parent is the element at `parent`.
  func children(of parent: Int, named name: String) -> [Element] {
    elements.filter { $0.parent == parent && $0.name == name }
  }

  func index(of name: String, where matches: (Element) -> Bool) -> Int? {
    elements.indices.first { elements[$0].name == name && matches(elements[$0]) }
  }

  /// The parser's delegate; a class because `XMLParserDelegate` requires one.
  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    private var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append(Element(name: elementName, attributes: attributes, text: "", parent: open.last))
      open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let current = open.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
      open.removeLast()
    }
  }
}
