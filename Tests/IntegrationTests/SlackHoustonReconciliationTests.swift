import ConversationModel
import Foundation
import Importers
import InteractionGraph
import OrgAnalysis
import TestSupport
import Testing
import ZIPFoundation

/// The Houston Slack export (`../shared/data/slack-houstondatavis`) read by Crosstalk reconciles with the raw
/// files: every expected figure is `Fixtures/slack_houston_counts.json`, written by
/// `python3 Scripts/slack_export_counts.py ../shared/data/slack-houstondatavis`, which counts the export with
/// the Python standard library and no Crosstalk code.
@Suite struct SlackHoustonReconciliationTests {
  static let folder = TestPaths.sharedData("slack-houstondatavis")

  let counts: SlackExportCounts

  init() throws {
    counts = try IntegrationFixtures.bundled("slack_houston_counts", as: SlackExportCounts.self)
  }

  @Test func corpusCountsMatchRawExport() throws {
    let corpus = try CorpusLoader.load([Self.folder.path], options: ImportOptions())
    let input = try #require(corpus.inputs.first)
    #expect(corpus.inputs.count == 1)
    #expect(input.format == "slack")
    #expect(input.recordsRead == counts.messageObjects)
    #expect(input.recordsUsed == counts.messagesUsed)
    #expect(input.recordsSkipped == counts.recordsSkipped)
    #expect(input.reconciles)
    #expect(corpus.messages.count == counts.messagesUsed)
    #expect(corpus.humanMessageCount == counts.humanMessages)
    #expect(corpus.people.lazy.filter { !$0.isBot }.count == counts.people)
    let found = Dictionary(uniqueKeysWithValues: corpus.interactionCounts.map { ($0.key.rawValue, $0.value) })
    #expect(found == counts.interactions)
    #expect(corpus.diagnostics.count(of: "self_interaction") == counts.selfInteractions)
    #expect(corpus.diagnostics.count(of: "bot_interaction") == counts.botInteractions)
    let mentions = SelectedGraph(corpus: corpus, kinds: [.mention]).graph
    #expect(mentions.edgeCount == counts.mentionEdges)
    #expect(mentions.totalWeight == Double(counts.mentionWeight))
  }

  @Test func rawSubtypeTallyAddsUp() {
    // The script's per-subtype tally and its used/skipped split describe the same objects.
    #expect(counts.messageObjectsBySubtype.values.reduce(0, +) == counts.messageObjects)
    #expect(counts.messagesUsed + counts.recordsSkipped.values.reduce(0, +) == counts.messageObjects)
    for (reason, skipped) in counts.recordsSkipped {
      #expect(counts.messageObjectsBySubtype[reason] == skipped, "skip reason \(reason)")
    }
  }

  @Test func analyzeJSONMatchesRawExport() throws {
    let (document, seconds) = try IntegrationFixtures.analyze(
      ["analyze", "../shared/data/slack-houstondatavis", "--format", "json"])
    print("crosstalk analyze slack-houstondatavis (debug): \(String(format: "%.2f", seconds)) s")
    #expect(document.schema == "crosstalk.analysis/1")
    let input = try #require(document.inputs.first)
    #expect(document.inputs.count == 1)
    #expect(input.path == "../shared/data/slack-houstondatavis")
    #expect(input.format == "slack")
    #expect(input.recordsRead == counts.messageObjects)
    #expect(input.recordsUsed == counts.messagesUsed)
    #expect(input.recordsSkipped == counts.recordsSkipped)
    let summary = document.summary
    #expect(summary.people == counts.people)
    #expect(summary.messages == counts.humanMessages)
    #expect(summary.interactions == counts.interactions)
    // `inferred_replies` is the part of `reply` that --infer-replies made: none without the option.
    #expect(summary.inferredReplies == 0)
    #expect(summary.kinds == ["reply", "mention", "message"])
    let selectedWeight = ["reply", "mention", "message"].reduce(0) { $0 + (counts.interactions[$1] ?? 0) }
    #expect(summary.totalWeight == Double(selectedWeight))
    #expect(document.diagnostics.counts["self_interaction"] == counts.selfInteractions)
    #expect(document.people.count == counts.people)
    #expect(document.people.reduce(0) { $0 + $1.messages } == counts.humanMessages)
  }

  @Test(arguments: [false, true])
  func zippedExportGivesIdenticalFigures(keepingTopFolder: Bool) throws {
    let directory = try TestPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let archive = directory.appendingPathComponent("houston.zip")
    try FileManager.default.zipItem(at: Self.folder, to: archive, shouldKeepParent: keepingTopFolder)
    let folderCorpus = try CorpusLoader.load([Self.folder.path], options: ImportOptions())
    let zipCorpus = try CorpusLoader.load([archive.path], options: ImportOptions())
    let options = AnalysisOptions()
    let fromFolder = Analyzer.analyze(folderCorpus, org: nil, options: options)
    let fromZip = Analyzer.analyze(zipCorpus, org: nil, options: options)
    #expect(fromZip.summary == fromFolder.summary)
    #expect(fromZip.people == fromFolder.people)
    let zipInput = try #require(zipCorpus.inputs.first)
    let folderInput = try #require(folderCorpus.inputs.first)
    #expect(zipInput.format == folderInput.format)
    #expect(zipInput.recordsRead == folderInput.recordsRead)
    #expect(zipInput.recordsUsed == folderInput.recordsUsed)
    #expect(zipInput.recordsSkipped == folderInput.recordsSkipped)
    #expect(zipCorpus.diagnostics.count(of: "self_interaction") == counts.selfInteractions)
    #expect(fromZip.summary.messages == counts.humanMessages)
  }
}
