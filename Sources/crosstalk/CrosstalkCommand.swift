import ArgumentParser

@main
struct CrosstalkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crosstalk",
    abstract: "Turn conversation-platform exports into the graph of who answers whom, joined with the org chart.",
    discussion: """
      Exit status: 0 on success, 64 on a usage error, 1 when an input cannot be read or a picture cannot be \
      rendered. Warnings never change the status unless --strict is given.
      """,
    subcommands: [])
}
