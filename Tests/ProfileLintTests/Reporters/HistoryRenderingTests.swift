import Foundation
import Testing
@testable import ProfileLint

/// The run history's line charts in a real headless browser (see ``HTMLRenderingTests`` for the browser and the
/// environment variables).
@Suite(.serialized) struct HistoryRenderingTests {
    @Test(.enabled(if: !HTMLRenderingTests.skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func historyChartsAreDrawnInTheBrowser() throws {
        let browser = try HTMLRenderingTests.browser()
        let folder = try HTMLRenderingTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (root, last) = try HistoryCommandTests.threeRuns(format: ["--format", "html"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The history section alone at the top of the page, so that the screenshot shows its charts.
        let html = last.stdout
        let section = try #require(html.range(of: "<section id=\"history\"").flatMap { start in
            html.range(of: "</section>", range: start.lowerBound..<html.endIndex).map { html[start.lowerBound..<$0.upperBound] }
        })
        let head = try #require(html.range(of: "<main class=\"wrap\">"))
        let page = try HTMLRenderingTests.write(String(html[..<head.upperBound]) + section + "</main></body></html>", in: folder)

        let dom = try HTMLRenderingTests.run(browser, ["--dump-dom", page.absoluteString], profile: folder).stdout
        for index in 1...4 { #expect(dom.contains("id=\"chart-history-\(index)\""), "the browser has no history chart \(index)") }
        #expect(dom.components(separatedBy: "<polyline ").count - 1 == 8, "two lines in each of four charts")
        #expect(dom.components(separatedBy: "<circle ").count - 1 == 24, "two points per run, three runs, four departments")

        let png = try HTMLRenderingTests.screenshot(page, width: 1280, height: 1100, browser: browser, folder: folder)
        HTMLRenderingTests.keep(png, as: "history")
        let analysis = try PNGAnalysis(png)
        // The score lines in blue, the employer-named lines in vermillion (Okabe–Ito), the masthead in the brand colour.
        #expect(analysis.count(near: (0x00, 0x72, 0xB2)) > 800, "no blue score lines")
        #expect(analysis.count(near: (0xD5, 0x5E, 0x00)) > 400, "no vermillion employer-named lines")
        #expect(analysis.count(near: (0x0B, 0x39, 0x54)) > 50_000, "no masthead")
    }
}
