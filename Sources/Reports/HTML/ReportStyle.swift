/// The report's inline style sheet: system fonts only, a readable measure on a laptop, and print rules.
///
/// Choices: no web font (nothing to load); pictures and charts scale down to the page width by their
/// `viewBox`; in print the contents list is dropped, every section after the first starts on a new page, and
/// figures and table rows are not split across pages.
enum ReportStyle {
  static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 72rem; padding: 1rem 2rem 3rem;
      line-height: 1.5; }
    h1 { font-size: 1.9rem; margin: 0.5rem 0; }
    h2 { font-size: 1.4rem; border-bottom: 2px solid #d8dde6; padding-bottom: 0.2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.1rem; margin-top: 1.5rem; }
    p, li, dd { max-width: 46rem; }
    nav ol { columns: 2; padding-left: 1.5rem; }
    a { color: #0b57a4; }
    .lead { font-size: 1.1rem; }
    .missing, .note { color: #555; font-style: italic; }
    .figures { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
    .figures li { border: 1px solid #d8dde6; border-radius: 6px; padding: 0.6rem 1rem; min-width: 9rem; }
    .figures strong { display: block; font-size: 1.5rem; }
    figure { margin: 1rem 0; }
    figure svg { max-width: 100%; height: auto; }
    figcaption { color: #444; font-size: 0.9rem; max-width: 46rem; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; margin: 1rem 0; font-size: 0.92rem; }
    caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
    th, td { border: 1px solid #c9ced6; padding: 0.25rem 0.55rem; text-align: left; vertical-align: top; }
    thead th { background: #eef1f5; }
    tbody th { font-weight: 600; }
    tr.group-start > * { border-top: 2px solid #8a93a3; }
    .ranking td:not(:last-child) { white-space: nowrap; }
    .number, td.heat { text-align: right; font-variant-numeric: tabular-nums; }
    td.heat small { display: block; font-size: 0.78rem; }
    .key { display: inline-block; width: 1.1rem; height: 0.8rem; border: 1px solid #999;
      vertical-align: middle; margin: 0 0.2rem 0 0.6rem; }
    dt { font-weight: 600; margin-top: 0.6rem; }
    dd { margin-left: 1.2rem; }
    footer { margin-top: 3rem; color: #555; font-size: 0.85rem; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav { display: none; }
      section + section { break-before: page; }
      figure, tr, .figures li { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .table { overflow: visible; }
    }
    """
}
