/// A Graphviz colour: hexadecimal RGB or RGBA, or a colour name from the X11 scheme.
///
/// Choices: hexadecimal colours are written lower-case as `"#rrggbb"`, or `"#rrggbbaa"` when alpha is not 255;
/// names are written through `DOTQuoting.id`, unchecked against Graphviz's colour table (an unknown name makes
/// Graphviz warn and draw black).
public struct Color: Sendable, Hashable {
  enum Storage: Sendable, Hashable {
    case rgba(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8)
    case named(String)
  }

  let storage: Storage

  /// An RGB(A) colour from 8-bit channels.
  public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
    storage = .rgba(red: red, green: green, blue: blue, alpha: alpha)
  }

  /// A colour parsed from `#rrggbb` or `#rrggbbaa` (either case), or nil when `hex` has another shape.
  /// - Complexity: O(1).
  public init?(hex: String) {
    guard hex.hasPrefix("#"), hex.utf8.count == 7 || hex.utf8.count == 9,
      let value = UInt32(hex.dropFirst(), radix: 16), hex.dropFirst().allSatisfy(\.isHexDigit)
    else { return nil }
    let channels = hex.utf8.count == 7 ? (value << 8) | 0xFF : value
    self.init(
      red: UInt8(truncatingIfNeeded: channels >> 24), green: UInt8(truncatingIfNeeded: channels >> 16),
      blue: UInt8(truncatingIfNeeded: channels >> 8), alpha: UInt8(truncatingIfNeeded: channels))
  }

  /// A colour by name, such as `"lightblue"` or `"/blues9/3"`.
  public static func named(_ name: String) -> Color { Color(storage: .named(name)) }

  private init(storage: Storage) { self.storage = storage }

  public static let black = Color.named("black")
  public static let white = Color.named("white")
  public static let gray = Color.named("gray")
  public static let lightGray = Color.named("lightgray")
  public static let red = Color.named("red")
  public static let green = Color.named("green")
  public static let blue = Color.named("blue")
  public static let transparent = Color.named("transparent")

  /// The colour as a DOT attribute value.
  /// - Complexity: O(1) for hexadecimal colours, O(n) in the name length otherwise.
  public var dotValue: String {
    switch storage {
    case let .named(name): DOTQuoting.id(name)
    case .rgba: "\"" + text + "\""
    }
  }

  /// The colour unquoted, `#rrggbb`, `#rrggbbaa` or the name, for the `COLOR` and `BGCOLOR` attributes of an
  /// HTML-like label; escape a name with `DOTQuoting.escapedHTML(_:)` before putting it in markup.
  /// - Complexity: O(1) for hexadecimal colours, O(n) in the name length otherwise.
  public var text: String {
    switch storage {
    case let .named(name):
      return name
    case let .rgba(red, green, blue, alpha):
      let channels = alpha == 255 ? [red, green, blue] : [red, green, blue, alpha]
      let digits = channels.map { channel in
        let text = String(channel, radix: 16)
        return channel < 16 ? "0" + text : text
      }
      return "#" + digits.joined()
    }
  }
}
