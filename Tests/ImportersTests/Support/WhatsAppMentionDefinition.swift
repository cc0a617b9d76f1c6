/// The definition of WhatsApp mentions that the fast paths are tested against: every participant tried in order
/// at each `@`, compared as `Character`s; a name matches when no letter or digit follows it.
func whatsAppMentionsByScan(_ text: String, _ names: [String]) -> [String] {
  var found: [String] = []
  var rest = Substring(text)
  while let at = rest.firstIndex(of: "@") {
    let after = rest[rest.index(after: at)...]
    let match = names.first { name in
      guard after.hasPrefix(name) else { return false }
      let next = after.dropFirst(name.count).first
      return !(next?.isLetter ?? false) && !(next?.isNumber ?? false)
    }
    if let match, !found.contains(match) { found.append(match) }
    rest = after
  }
  return found
}
