import ArgumentParser

@main
struct CrosstalkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crosstalk",
    abstract: "Turn conversation-platform exports into the graph of who answers whom, joined with the org chart.",
    discussion: """
      Crosstalk reads exports (a Slack workspace export, a messages CSV, an interactions CSV), builds the \
      directed graph of who addresses whom (replies, mentions, reactions, messages), joins it with an org chart \
      and reports influence, brokerage and how talk flows across levels and departments. Everything runs \
      offline.

      Results go to standard output or --output; progress and diagnostics to standard error.
      Exit status: 0 on success, 64 on a usage error, 1 when an input cannot be read or a picture cannot be \
      rendered. Warnings never change the status unless --strict is given.
      """,
    subcommands: [
      AnalyzeCommand.self, PeopleCommand.self, RenderCommand.self, ReportCommand.self, SampleCommand.self,
      FormatsCommand.self, TitleRulesCommand.self, LayoutWorkerCommand.self,
    ])
}
