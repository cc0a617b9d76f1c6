@testable import Reports
import Testing

/// The heat map's colour scale and its cells.
@Suite struct HeatMapTableTests {
  @Test func colourScale() {
    // Lift 1 is white; 4× and above full orange (PuOr #b35806) with white text; ¼× and below full purple
    // (#542788); 2× is halfway to orange; undefined is grey.
    #expect(HeatMapTable.colours(lift: 1) == ("#ffffff", "#1a1a1a"))
    #expect(HeatMapTable.colours(lift: 4) == ("#b35806", "#ffffff"))
    #expect(HeatMapTable.colours(lift: 10) == ("#b35806", "#ffffff"))
    #expect(HeatMapTable.colours(lift: 0.25) == ("#542788", "#ffffff"))
    #expect(HeatMapTable.colours(lift: 0) == ("#542788", "#ffffff"))
    #expect(HeatMapTable.colours(lift: 2) == ("#d9ac83", "#1a1a1a"))
    #expect(HeatMapTable.colours(lift: nil) == ("#eeeeee", "#1a1a1a"))
  }

  @Test func cellsPrintWeightAndLiftAndEscapeNames() {
    let html = HeatMapTable.render(
      caption: "c", corner: "from", order: ["a&b", "c"], matrix: [[3, 0], [1.5, 2]], lift: [[4, nil], [0.25, 1]])
    #expect(html.contains("<th scope=\"row\">a&amp;b</th>"))
    #expect(html.contains("<td class=\"heat\" style=\"background:#b35806;color:#ffffff\">3<small>4.00×</small></td>"))
    #expect(html.contains("style=\"background:#eeeeee;color:#1a1a1a\">0<small>–</small></td>"))
    #expect(html.contains(">1.50<small>0.25×</small></td>"))
  }
}
