import ConversationModel
import Foundation
import OrgAnalysis
import Testing

@testable import Reports

/// The conversation health section, the participation tables per group and the methods of the HTML report.
@Suite struct HealthSectionTests {
  private func section(_ builder: ReportSection.Builder, _ analysis: Analysis) -> ReportSection {
    builder(ReportContext(analysis: analysis, pictures: HTMLReportTests.fakePictures))
  }

  private func body(_ section: ReportSection) -> String {
    guard case .body(let body) = section.content else { return "" }
    return body
  }

  @Test func healthInWordsWithTablesPerDepartmentAndChannel() {
    // Figures worked out in `AnalysisFixtures.conversations()`.
    let html = body(section(ReportSection.health, AnalysisFixtures.conversations()))
    #expect(html.contains("<strong>1 h 55 min</strong>median time to first reply"))
    #expect(html.contains("<strong>33.3%</strong>of threads unanswered"))
    #expect(html.contains("<strong>0.67</strong>replies per post"))
    #expect(html.contains("People started 3 threads; 1 of them (33.3%) got no answer from anyone else."))
    #expect(html.contains("Half of the answered threads had their first answer within 1 h 55 min"))
    #expect(html.contains("<h3>By department</h3>") && html.contains("<th>R&amp;D &lt;x&gt;</th>"))
    #expect(html.contains("<th>&lt;random&gt;</th>") && html.contains("<th>general</th>"))
    #expect(html.contains("Nobody&apos;s level is known"))
    #expect(!html.contains("<x>") && !html.contains("<random>"))
  }

  @Test func healthPerWindowAsLineCharts() {
    let html = body(section(ReportSection.health, AnalysisFixtures.conversations()))
    #expect(html.contains("<title>Median time to first reply per window</title>"))
    #expect(html.contains("<title>Share of unanswered threads per window</title>"))
    #expect(html.contains(">2026-01<") && html.contains(">2026-02<"))
  }

  @Test func healthWithoutMessagesIsOmittedWithAReason() throws {
    let health = section(ReportSection.health, try AnalysisFixtures.monthly())
    guard case .omitted(let reason) = health.content else { Issue.record("health not omitted"); return }
    #expect(reason.hasPrefix("No person started a thread"))
  }

  @Test func tickStepsCoverTheLargestValueInFourReadableSteps() {
    #expect(HealthCharts.tickStep(7_000) == 1_800)
    #expect(HealthCharts.tickStep(100) == 60)
    #expect(HealthCharts.tickStep(3 * 86_400) == 86_400)
    #expect(HealthCharts.compactDuration(1_800) == "30 min")
    #expect(HealthCharts.compactDuration(5_400) == "1.5 h")
    #expect(HealthCharts.compactDuration(172_800) == "2 d")
  }

  @Test func participationPerDepartmentAndLevel() throws {
    let html = body(section(ReportSection.participation, try AnalysisFixtures.monthly()))
    #expect(html.contains("Participation per department: its people, with all their messages"))
    #expect(html.contains("Participation per level: its people, with all their messages"))
    #expect(html.contains("<th>Engineering</th>") && html.contains("<th>staff</th>"))
    #expect(html.contains(">Gini</th>") && html.contains(">top 10% share</th>"))
    #expect(html.contains("<title>Lorenz curve of messages per person</title>"))
  }

  @Test func participationWithoutGroupsSaysWhy() {
    let html = body(section(ReportSection.participation, AnalysisFixtures.conversations()))
    #expect(html.contains("<th>R&amp;D &lt;x&gt;</th>"))
    #expect(html.contains("Nobody&apos;s level is known: give --org"))
  }

  @Test func participationTablesCountGroupsTooSmallToShow() throws {
    let analysis = try AnalysisFixtures.monthly().suppressingGroups(smallerThan: 3)
    let html = body(section(ReportSection.participation, analysis))
    // Engineering has 3 people; Sales 2 and Executive 1 are left out.
    #expect(html.contains("<th>Engineering</th>") && !html.contains("<th>Sales</th>"))
    #expect(html.contains("2 departments are not shown: fewer than 3 people."))
  }

  @Test func methodsDefineRolesPersonasAndHealth() throws {
    let html = body(section(ReportSection.methods, try AnalysisFixtures.monthly()))
    for term in ["Influencer", "Bridge-builder", "Ambassador", "Persona", "Time to first reply", "Thread",
                 "Participation per department and level", "Unanswered share, replies per post, reciprocity"] {
      #expect(html.contains("<dt>\(term)</dt>"), "\(term)")
    }
  }
}
