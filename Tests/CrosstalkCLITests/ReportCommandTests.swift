import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `crosstalk report` on the sample: the file it writes, and that file in a real headless browser.
@Suite struct ReportCommandTests {
  /// The sample's report, written once into a fresh temporary folder: (folder, run result, HTML).
  static let sampleReport: Result<(URL, CommandRunner.Result, String), any Error> = Result {
    let folder = try TestPaths.temporaryDirectory()
    let path = folder.appendingPathComponent("report.html").path
    let result = try CLI.run(["report"] + CLI.sampleArguments + ["--level-bands", CLI.bands, "--output", path])
    return (folder, result, String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
  }

  @Test func sampleReportHasEverySectionAndIsWellFormed() throws {
    let (_, result, html) = try Self.sampleReport.get()
    #expect(result.status == 0, "\(result.standardError)")
    let ids = [
      "summary", "ambassadors", "influencers", "personas", "levels", "departments", "network", "participation",
      "health", "trends", "methods",
    ]
    for id in ids {
      #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
    }
    // The sample's top ambassador (docs/roles.md), first in the overall shortlist, with the default weights.
    #expect(html.contains("<caption>Overall: the 10 people with the highest ambassador score</caption>"))
    #expect(html.contains("<th class=\"number\">1</th><td>Jonas Alves</td><td>Finance</td><td>director</td>"))
    #expect(html.contains("Half of the answered threads had their first answer within 1 h 13 min"))
    // Monthly by default: the sample's six months, January to June 2026.
    #expect(html.contains("from 2026-01-01 to 2026-06-30 (6 months)"))
    #expect(!html.contains("class=\"missing\""))
    #expect(XMLParser(data: Data(html.utf8)).parse())
    let addresses = Set(html.matches(of: #/https?://[^"' <>]*/#).map { String(html[$0.range]) })
    #expect(addresses.isSubset(of: ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg",
                                    "http://www.w3.org/1999/xlink"]), "\(addresses)")
    #expect(html.utf8.count < 400_000)
  }

  @Test func withoutAnOrgChartTheLevelAndDepartmentSectionsSayWhy() throws {
    let path = try TestPaths.temporaryDirectory().appendingPathComponent("report.html").path
    let result = try CLI.run(["report", CLI.sampleExport, "--permutations", "0", "--output", path])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.contains("Nobody&apos;s level is known"))
    #expect(html.contains("Nobody&apos;s department is known"))
    #expect(html.contains("No chart: talk across levels and departments needs"))
    #expect(html.contains("<caption>Figures per month</caption>"))
    #expect(html.contains("<section id=\"network\">") && html.contains("<svg width="))
  }

  @Test(.enabled(if: Browser.isAvailable || Browser.isRequired, Browser.skipReason))
  func sampleReportLoadsInHeadlessChromiumWithNoErrorAndNoRequest() throws {
    #expect(Browser.isAvailable, "Chromium is required under CI=true: run Scripts/install-dependencies.sh")
    let (folder, _, _) = try Self.sampleReport.get()
    let screenshot = folder.appendingPathComponent("report.png")
    let check = try Browser.check(folder.appendingPathComponent("report.html"), screenshot: screenshot)
    #expect(check["loaded"] as? Bool == true, "\(check)")
    #expect((check["console_errors"] as? [Any])?.isEmpty == true, "\(check)")
    #expect((check["requests"] as? [Any])?.isEmpty == true, "\(check)")
    let size = try FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int ?? 0
    #expect(size > 30_000, "a 1280×900 screenshot of text and charts; a blank page is about 5 kB")
  }

  /// The checker itself must see what it is meant to catch: an external image, a console error and an
  /// exception, on a page without a Content-Security-Policy.
  @Test(.enabled(if: Browser.isAvailable || Browser.isRequired, Browser.skipReason))
  func browserCheckCatchesRequestsAndConsoleErrors() throws {
    #expect(Browser.isAvailable, "Chromium is required under CI=true: run Scripts/install-dependencies.sh")
    let page = try CLI.write(
      "<!DOCTYPE html><html><head><title>bad</title></head><body><img src=\"http://127.0.0.1:9/x.png\" />"
        + "<script>console.error(\"boom\"); missingFunction();</script></body></html>",
      named: "bad.html")
    let pageURL = URL(fileURLWithPath: page)
    let screenshot = pageURL.deletingLastPathComponent().appendingPathComponent("bad.png")
    let check = try Browser.check(pageURL, screenshot: screenshot)
    let errors = (check["console_errors"] as? [String]) ?? []
    #expect(errors.contains("boom"), "\(check)")
    #expect(errors.contains { $0.contains("missingFunction") }, "\(check)")
    #expect((check["requests"] as? [String]) == ["http://127.0.0.1:9/x.png"], "\(check)")
  }
}

/// Headless Chromium through `Scripts/browser_check.py` (Chrome DevTools Protocol over a pipe).
enum Browser {
  static let isAvailable = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"
  static let skipReason: Comment =
    "Chromium is not installed: Scripts/install-dependencies.sh installs it (with CI=true this test fails instead)"

  /// The checker's JSON report on `page`; the screenshot goes to `screenshot`.
  static func check(_ page: URL, screenshot: URL) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", TestPaths.packageRoot.appendingPathComponent("Scripts/browser_check.py").path, page.path,
      screenshot.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()  // a few hundred bytes of JSON
    process.waitUntilExit()
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["error"] == nil, "\(object)")
    return object
  }
}
