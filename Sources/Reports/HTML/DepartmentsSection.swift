import Foundation
import OrgAnalysis

extension ReportSection {
  /// "Talk across departments": the departments picture (`DepartmentsView`), the department matrix as a heat map
  /// and the E-I index of the whole network and of each department; omitted when nobody's department is known.
  /// - Complexity: that of the `neato` layout of G circles, plus O(G²).
  public static let departments: Builder = { context in
    let title = "Talk across departments"
    guard let departments = context.analysis.departments, let graph = DepartmentsView().graph(context.analysis)
    else {
      return ReportSection(
        id: "departments", title: title,
        content: .omitted(reason: "Nobody's department is known: give --org with an org chart that has a "
          + "department column (or a manager column to derive departments from)."))
    }
    var body = HTML.paragraph(
      "How much talk stays inside a department and how much crosses to another. The E-I index is (talk across − "
        + "talk inside) / all talk: −1 when everyone talks only inside their department, +1 when only across.")
    body += context.figure(
      graph, engine: DepartmentsView.engineName, id: "departments",
      caption: "Circles are departments, sized by the people who talk in them, with the share of their talk that "
        + "stays inside; arrows carry each pair's share of all talk and its lift over random mixing.")
    body += HeatMapTable.render(
      caption: "Talk between departments: interactions from the row's department to the column's, and lift",
      corner: "from \\ to", order: departments.order, matrix: departments.matrix, lift: departments.lift)
    let test = departments.eiPValue.map {
      " A shuffle test of the department labels (\(Readable.count(departments.permutations)) shuffles) gives p = "
        + String(format: "%.3f", $0) + ": the chance that random labels are at least this far from their average."
    } ?? ""
    body += HTML.paragraph("Whole-network E-I index \(Readable.index(departments.eiIndex)).\(test)")
    body += HTML.table(
      caption: "Each department's E-I index (talk in either direction)",
      header: ["department", "people", "talk inside", "talk across", "E-I"],
      rows: departments.perGroup.map {
        [$0.name, Readable.count($0.members), Readable.weight($0.internalWeight), Readable.weight($0.externalWeight),
         Readable.index($0.eiIndex)]
      },
      numeric: [1, 2, 3, 4])
    return ReportSection(id: "departments", title: title, content: .body(body))
  }
}
