import Foundation
import Importers
import TestSupport
import Testing

@Suite struct HelpTests {
  @Test func rootHelpListsTheSubcommandsAndExitCodes() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    let lines = result.outputLines
    let subcommands = lines.drop { $0 != "SUBCOMMANDS:" }.dropFirst().prefix { !$0.isEmpty }
      .compactMap { $0.hasPrefix("  ") && !$0.hasPrefix("   ") ? $0.split(separator: " ").first.map(String.init) : nil }
    #expect(subcommands == ["analyze", "people", "render", "report", "sample", "formats", "title-rules"])
    #expect(result.outputText.contains("0 on success, 64 on a usage error, 1 when an input cannot be read"))
  }

  @Test func analyzeHelpMentionsEveryOption() throws {
    let result = try CLI.run(["analyze", "--help"])
    #expect(result.status == 0)
    let options = [
      "--org <org>", "--from <from>", "--columns <mapping>", "--no-header", "--org-columns <mapping>",
      "--kinds <kinds>", "--level-bands <bands>", "--group-by <group-by>", "--permutations <permutations>",
      "--seed <seed>", "--strict", "--format <format>", "-o, --output <output>", "--top <top>", "-h, --help",
      "--levels <source>", "--title-rules <file>", "--department-depth <depth>", "--identities <file>",
      "--infer-replies <window>",
    ]
    for option in options {
      #expect(result.outputLines.contains { $0.hasPrefix("  " + option) }, "missing \(option)")
    }
    // Help wraps the value lists; compare them with the line breaks and indentation taken out.
    let unwrapped = result.outputText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(unwrapped.contains("(values: table, json, csv, markdown, graphml, gexf; default: table)"))
    #expect(unwrapped.contains("(values: slack, messages-csv, interactions-csv, "))
    #expect(unwrapped.contains(" stackexchange, ") && unwrapped.contains(" whatsapp"))
    #expect(unwrapped.contains(" yammer, mattermost, mbox, "))
    #expect(unwrapped.contains(" teams"))
  }

  @Test func renderHelpMentionsViewsAndOutputFormats() throws {
    let result = try CLI.run(["render", "--help"])
    #expect(result.status == 0)
    for option in [
      "--view <view>", "-o, --output <output>", "--top <top>", "--engine <engine>", "--layout <layout>",
      "--by-department",
    ] {
      #expect(result.outputLines.contains { $0.hasPrefix("  " + option) }, "missing \(option)")
    }
    let words = result.outputText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("(values: network, hierarchy, departments)"))
    #expect(words.contains("(values: spring, levels)"))
  }

  @Test func formatsListsEveryReadableFormat() throws {
    let result = try CLI.run(["formats"])
    #expect(result.status == 0)
    let names = result.outputLines.filter { !$0.hasPrefix(" ") }
    #expect(names.starts(with: ["slack", "messages-csv", "interactions-csv"]))
    #expect(names.contains("stackexchange") && names.contains("whatsapp"))
    #expect(names.contains("teams"))
    #expect(result.outputText.contains("no reply pointers"))
    #expect(names.contains("yammer") && names.contains("mattermost") && names.contains("mbox"))
    #expect(names.contains("discord"))
    #expect(names.last == "zulip")
    #expect(result.outputText.contains("replies: Zulip has no reply pointers (topics are flat): --infer-replies"))
    let zulip = "provides: mentions, reactions, user directory, titles, departments, private messages"
    #expect(result.outputText.contains(zulip))
    #expect(result.outputText.contains("provides: replies, mentions, user directory, titles, departments"))
    #expect(result.outputText.contains("replies: without a reply_to or thread column there are no reply pointers"))
    #expect(result.outputText.contains("provides: replies, mentions, reactions, user directory, titles"))
  }

  /// Issue 5: `crosstalk formats` and the README give every format an example command, and `analyze` accepts
  /// its options: run where its files are absent, each stops at the missing input (exit 1), never at usage (64).
  @Test(arguments: ExportFormat.allCases)
  func everyFormatHasAnExampleThatAnalyzeAccepts(format: ExportFormat) throws {
    let listing = try CLI.run(["formats"])
    #expect(listing.outputText.contains("  e.g. \(format.example)\n"))
    let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(format.example), "README lacks \(format.example)")
    let result = try CLI.run(["analyze"] + format.exampleArguments)
    #expect(result.status == 1, "\(format.example): \(result.standardError)")
    #expect(result.standardError.contains("\(format.exampleArguments[0]): no such file or folder"))
  }
}
