import Foundation
import OrgAnalysis
import Reports
import Testing

@Suite struct AnalysisJSONWindowsTests {
  private func document() throws -> [String: Any] {
    let text = AnalysisJSON.render(try AnalysisFixtures.monthly())
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func levelsAndGroupsCarryOneEntryPerWindow() throws {
    let document = try document()
    let levels = try #require((document["levels"] as? [String: Any])?["windows"] as? [[String: Any]])
    #expect(levels.map { $0["label"] as? String } == ["2026-01", "2026-02", "2026-03"])
    #expect(levels.map { $0["start"] as? String } == ["2026-01-01", "2026-02-01", "2026-03-01"])
    #expect(levels.map { $0["end"] as? String } == ["2026-01-31", "2026-02-28", "2026-03-31"])
    // March: dev→rep ×3 (staff → manager), ceo→sales (executive → director).
    #expect(levels[2]["order"] as? [String] == ["executive", "director", "manager", "staff"])
    #expect(levels[2]["matrix"] as? [[Double]] == [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 3, 0]])
    #expect(levels[2]["downward_share"] as? Double == 0.25)
    let groups = try #require((document["groups"] as? [String: Any])?["windows"] as? [[String: Any]])
    #expect(groups.map { $0["ei_index"] as? Double } == [-1, 0, 1])
    #expect(groups[0]["order"] as? [String] == ["Engineering", "Sales"])
  }

  @Test func trendsHoldTheSeriesAndTheSlopes() throws {
    let trends = try #require(try document()["trends"] as? [String: Any])
    #expect(trends["window"] as? String == "month" && trends["resamples"] as? Int == 200)
    #expect(trends["undated_interactions"] as? Int == 0)
    let windows = try #require(trends["windows"] as? [[String: Any]])
    #expect(windows.map { $0["cross_department_share"] as? Double } == [0, 0.5, 1])
    #expect(windows.map { $0["interactions"] as? Int } == [4, 4, 4])
    let crossDepartment = try #require(trends["cross_department_share"] as? [String: Any])
    #expect(crossDepartment["slope"] as? Double == 0.5 && crossDepartment["change"] as? Double == 1)
    #expect(crossDepartment["slope_lower"] as? Double == 0.5 && crossDepartment["slope_upper"] as? Double == 0.5)
    #expect(crossDepartment["direction"] as? String == "rose")
    let crossLevel = try #require(trends["cross_level_share"] as? [String: Any])
    #expect(crossLevel["direction"] as? String == "within_noise" && crossLevel["values"] as? [Double] == [1, 1, 1])
    #expect(trends["ei_index"] is [String: Any] && trends["upward_share"] is [String: Any])
  }
}
