import Foundation
import Testing
@testable import ProfileLint

/// Renders the workforce HTML report in a real headless browser (Debian's `chromium`).
///
/// Without a browser these tests fail, telling how to install one (`.ci/install-browser`), unless
/// `PROFILELINT_SKIP_BROWSER=1` is set. `PROFILELINT_CHROMIUM` names another browser binary;
/// `PROFILELINT_SCREENSHOT=path` keeps a copy of the screenshot for a human to look at, and `PROFILELINT_SCREENSHOTS=folder`
/// the screenshots at 1280 px, 390 px and the first printed page. The printed pages need `pdftoppm` (poppler-utils).
@Suite(.serialized) struct HTMLRenderingTests {
    static let skipped = ProcessInfo.processInfo.environment["PROFILELINT_SKIP_BROWSER"] == "1"
    static let width = 1280
    static let height = 2400

    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func screenshotIsAFilledPageOfTheRequestedSize() throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.write(WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.workforce()), in: folder)
        let png = try Self.screenshot(page, width: Self.width, height: Self.height, browser: browser, folder: folder)
        if let keep = ProcessInfo.processInfo.environment["PROFILELINT_SCREENSHOT"], !keep.isEmpty {
            try png.write(to: URL(fileURLWithPath: keep))
        }

        let analysis = try PNGAnalysis(png)
        #expect(analysis.width == Self.width && analysis.height == Self.height)
        // A blank page is one colour. The report fills the viewport with text, tables and charts on a light background
        // (about 14% of the pixels are ink or colour at 1280×2400; a blank page has none), in hundreds of shades.
        #expect(analysis.inked > analysis.pixels / 20, "only \(analysis.inked) of \(analysis.pixels) pixels are drawn: the page looks blank")
        #expect(analysis.distinctColours > 150, "only \(analysis.distinctColours) colours: the page looks blank")
        // The charts in the viewport are drawn in their colours: the score histogram and the rule bars in Okabe–Ito
        // orange (low scores, fails), sky blue (middle scores) and blue (high scores, passes); the masthead in the brand colour.
        #expect(analysis.count(near: (0xE6, 0x9F, 0x00)) > 5_000, "no orange bars")
        #expect(analysis.count(near: (0x56, 0xB4, 0xE9)) > 5_000, "no sky-blue bars")
        #expect(analysis.count(near: (0x00, 0x72, 0xB2)) > 5_000, "no blue bars")
        #expect(analysis.count(near: (0x0B, 0x39, 0x54)) > 50_000, "no masthead")
    }

    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func browserDOMHasTheChartsAndNoElementsFromProfileText() throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = WorkforceHTMLReporter(language: .english).report(HTMLReportSamples.hostile())
        let page = try Self.write(html, in: folder)
        let run = try Self.run(browser, ["--dump-dom", page.absoluteString], profile: folder)
        #expect(run.status == 0, "chromium failed: \(run.stderr)")
        let dom = run.stdout
        try #require(dom.contains("</html>"), "chromium printed no DOM: \(run.stderr)")

        for id in ["chart-scores", "chart-rules", "chart-groups", "chart-key-accounts"] {
            #expect(dom.contains("<svg class=\"chart\" id=\"\(id)\""), "the browser has no chart \(id)")
        }
        // Every bar and cell written is an element in the browser (the SVG markup parsed as written).
        let rectangles = html.components(separatedBy: "<rect ").count - 1
        #expect(rectangles > 40)
        #expect(dom.components(separatedBy: "<rect ").count - 1 == rectangles)
        // The hostile profile text is text in the DOM, never an element or an attribute (the browser writes
        // attributes as name="value", so an injected handler would show up as onerror=").
        #expect(!dom.contains("<script"))
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("onerror=\""))
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(dom.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    }

    /// The README's main command turns the shipped workforce into a report whose charts and names a real browser
    /// parses (its screenshots are `screenshotAtEachScreenWidthIsAFilledPage`).
    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func shippedWorkforceReportRendersInTheBrowser() throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.shippedReport(in: folder)
        let dom = try Self.run(browser, ["--dump-dom", page.absoluteString], profile: folder).stdout
        for id in ["chart-scores", "chart-rules", "chart-groups", "chart-key-accounts", "chart-group-discovery"] {
            #expect(dom.contains("id=\"\(id)\""), "the browser has no chart \(id)")
        }
        // The next steps: the second, marked map with its tables, the ambassadors and coaching pairs, the training focus.
        for id in ["group-discovery", "ambassadors", "training"] {
            #expect(dom.contains("id=\"\(id)\""), "the browser has no block \(id)")
        }
        #expect(dom.contains("Rotterdam Runners"))
        #expect(dom.contains("Acme Logistics"))
        #expect(dom.contains("Umbrella Retail"))
    }

    // MARK: - 1280 px, A4 print and a 390 px phone

    /// The widths the report must fit: a laptop, A4's printable width (210 mm less 2 × 14 mm of margin, in CSS
    /// pixels, with the print styles applied) and a phone.
    enum Layout: String, CaseIterable, CustomTestStringConvertible {
        case laptop, print, phone
        var width: Int { switch self { case .laptop: 1280; case .print: 688; case .phone: 390 } }
        var testDescription: String { "\(rawValue) (\(width) px)" }
    }

    /// The shipped workforce as the README makes it ("People & Communications" is its longest department).
    static func shippedReport(in folder: URL, language: String = "en") throws -> URL {
        let page = folder.appendingPathComponent("workforce-\(language).html")
        let batch = try CLIRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                                       "Fixtures/workforce/batches", "--format", "html", "--lang", language, "--output", page.path])
        #expect(batch.status == 2, "the shipped workforce has one broken file: \(batch.stderr)")
        return page
    }

    /// Screenshots at 1280 and 390 px: the page is drawn at that width, not blank, with its charts in their colours.
    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"), arguments: [Layout.laptop, .phone])
    func screenshotAtEachScreenWidthIsAFilledPage(layout: Layout) throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.shippedReport(in: folder)
        let png = try Self.screenshot(page, width: layout.width, height: 2400, browser: browser, folder: folder)
        Self.keep(png, as: layout.rawValue)
        let analysis = try PNGAnalysis(png)
        #expect(analysis.width == layout.width && analysis.height == 2400)
        #expect(analysis.inked > analysis.pixels / 20, "only \(analysis.inked) of \(analysis.pixels) pixels are drawn: the page looks blank")
        #expect(analysis.distinctColours > 100, "only \(analysis.distinctColours) colours: the page looks blank")
        #expect(analysis.count(near: (0x0B, 0x39, 0x54)) > layout.width * 100, "no masthead")
        #expect(analysis.count(near: (0xE6, 0x9F, 0x00)) > 1_000, "no orange bars")
        #expect(analysis.count(near: (0x00, 0x72, 0xB2)) > 1_000, "no blue bars")
    }

    /// Printed to PDF by the browser: A4 pages, none blank, and nothing drawn in the right margin, where a table or
    /// chart wider than the page would run on (and be cut at the paper's edge).
    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func printedReportFitsA4WithoutCutColumns() throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.shippedReport(in: folder)
        let pdf = folder.appendingPathComponent("report.pdf")
        let run = try Self.run(browser, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString], profile: folder)
        #expect(run.status == 0, "chromium failed: \(run.stderr)")
        try #require(FileManager.default.fileExists(atPath: pdf.path), "chromium wrote no PDF: \(run.stderr)")
        // 40 dpi: an A4 page is 331 × 468 pixels, the 14 mm margin 22 pixels.
        let rasterised = try ExternalTool.run(["pdftoppm", "-r", "40", "-png", pdf.path, folder.appendingPathComponent("page").path])
        try #require(rasterised.status == 0, "pdftoppm (poppler-utils) failed: \(rasterised.combined)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }.sorted()
        #expect((3...12).contains(pages.count), "\(pages.count) pages")
        for name in pages {
            let png = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            if name == pages.first { Self.keep(png, as: "print") }
            let analysis = try PNGAnalysis(png, rightStrip: 16)
            #expect(abs(analysis.width - 331) <= 1 && abs(analysis.height - 468) <= 1, "\(name) is \(analysis.width) × \(analysis.height), not A4")
            #expect(analysis.inked > 500, "\(name) looks blank")
            #expect(analysis.inkedInRightStrip == 0, "\(name) has \(analysis.inkedInRightStrip) pixels drawn in its right margin: something is cut")
        }
    }

    /// The layout as the browser computes it, measured by a script in a wrapper page that shows the report in a frame
    /// of the layout's width (the report itself runs no script: its Content-Security-Policy forbids it; and a frame,
    /// unlike a headless window, can be narrower than 500 px) and writes what it measured into the DOM that
    /// `--dump-dom` prints.
    /// In every language, whose headings differ in length ("halfgevorderd", "réussies / échouées / inconnues").
    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"), arguments: Layout.allCases, WorkforceReporterGoldenTests.languages)
    func layoutFitsEachWidth(layout: Layout, language: String) throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let layoutOf = try Self.measure(try Self.shippedReport(in: folder, language: language), layout: layout, browser: browser, folder: folder)

        #expect(layoutOf.viewport == Double(layout.width), "the report was laid out at \(layoutOf.viewport) px")
        // The page never scrolls sideways; what is wider scrolls inside its card.
        #expect(layoutOf.pageWidth <= Double(layout.width), "the page is \(layoutOf.pageWidth) px wide at \(layout.width) px")
        #expect(layoutOf.sectionRight <= Double(layout.width) + 0.5, "a card runs off the page (right edge \(layoutOf.sectionRight))")
        // Every column of the departments table, ALL-STAR last, is in view at 1280 px and on paper; on a phone
        // every table is stacked, a row a card of labelled lines, so none scrolls sideways either.
        #expect(layoutOf.departmentsHidden <= 0.5, "the departments table hides \(layoutOf.departmentsHidden) px: \(layoutOf.lastHeader) is cut")
        #expect(layoutOf.tablesHidden <= 0.5, "a table hides \(layoutOf.tablesHidden) px of its columns")
        #expect(layoutOf.cells > 100)
        if layout == .phone {
            #expect(layoutOf.tableCells == 0, "\(layoutOf.tableCells) of \(layoutOf.cells) cells are still table cells at 390 px")
            #expect(layoutOf.unlabelledCells == 0, "\(layoutOf.unlabelledCells) stacked cells show no column label")
        } else {
            #expect(layoutOf.tableCells == layoutOf.cells, "tables are stacked at \(layout.width) px")
        }
        // Chart text is drawn at 9 px or more on screen (13 px text at 70% scale and up); on paper the chart fits the page.
        for chart in layoutOf.charts {
            #expect(chart.textOutside == 0, "\(chart.id): \(chart.textOutside) labels run outside the chart")
            if layout == .print {
                #expect(chart.overflow <= 0.5, "\(chart.id) is cut on paper")
            } else {
                #expect(chart.scale >= 0.69, "\(chart.id) is drawn at \(chart.scale) of its size: its text is too small to read")
            }
        }
        #expect(layoutOf.charts.count == 5, "four charts and the second map of the groups the departments chose themselves")
        // An employee row holds a wrapped suggestion, never a 300 px column of words; stacked on a phone, a card of a few lines.
        let tallest: Double = layout == .phone ? 320 : 110
        #expect(layoutOf.tallestEmployeeRow > 0 && layoutOf.tallestEmployeeRow <= tallest, "an employee row is \(layoutOf.tallestEmployeeRow) px tall")
    }

    /// What the measuring script reports.
    struct Measurements: Decodable {
        struct Chart: Decodable {
            var id: String
            /// Drawn width over the viewBox width.
            var scale: Double
            /// How far the chart's box runs past the right edge of its card.
            var overflow: Double
            /// Text elements whose box leaves the viewBox.
            var textOutside: Int
        }
        /// The frame's viewport width: the layout's width.
        var viewport: Double
        var pageWidth: Double
        var sectionRight: Double
        var departmentsHidden: Double
        var lastHeader: String
        var tablesHidden: Double
        var tallestEmployeeRow: Double
        /// Data cells in the tables, those laid out as table cells (not stacked), and stacked ones without a label.
        var cells: Int
        var tableCells: Int
        var unlabelledCells: Int
        var charts: [Chart]
    }

    static let measuringScript = """
    window.addEventListener('load', function () {
      var frame = window.document.getElementById('report');
      var document = frame.contentDocument;
      function right(e) { return e.getBoundingClientRect().right; }
      function max(values) { return values.reduce(function (a, b) { return Math.max(a, b); }, 0); }
      var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
      var departments = document.querySelector('#departments .table');
      var headers = departments.querySelectorAll('thead th');
      var out = {
        viewport: frame.contentWindow.innerWidth,
        pageWidth: document.documentElement.scrollWidth,
        sectionRight: max(all('section').map(right)),
        departmentsHidden: departments.scrollWidth - departments.clientWidth,
        lastHeader: headers[headers.length - 1].textContent,
        tablesHidden: max(all('.table').map(function (t) { return t.scrollWidth - t.clientWidth; })),
        tallestEmployeeRow: max(all('#people table tbody tr').map(function (r) { return r.getBoundingClientRect().height; })),
        cells: all('.table td').length,
        tableCells: all('.table td').filter(function (c) { return frame.contentWindow.getComputedStyle(c).display === 'table-cell'; }).length,
        unlabelledCells: all('.table td').filter(function (c) {
          var style = frame.contentWindow.getComputedStyle(c);
          return style.display !== 'table-cell' && frame.contentWindow.getComputedStyle(c, '::before').content.length < 3;
        }).length,
        charts: all('svg.chart').map(function (svg) {
          var view = svg.viewBox.baseVal;
          var card = svg.closest('section');
          var outside = all('#' + svg.id + ' text').filter(function (t) {
            var b = t.getBBox();
            return b.x < -0.5 || b.y < -0.5 || b.x + b.width > view.width + 0.5 || b.y + b.height > view.height + 0.5;
          }).length;
          return { id: svg.id, scale: svg.getBoundingClientRect().width / view.width,
                   overflow: right(svg) - card.getBoundingClientRect().right, textOutside: outside };
        })
      };
      var pre = window.document.createElement('pre');
      pre.id = 'measurements';
      pre.textContent = JSON.stringify(out);
      window.document.body.appendChild(pre);
    });
    """

    /// Shows `page` in a frame of the layout's width (for print with the print styles applied to the screen) in a
    /// wrapper page with the measuring script, and returns what the script measured.
    static func measure(_ page: URL, layout: Layout, browser: URL, folder: URL) throws -> Measurements {
        var report = try String(contentsOf: page, encoding: .utf8)
        if layout == .print { report = report.replacingOccurrences(of: "@media print{", with: "@media all{") }
        // A srcdoc frame shares the wrapper's origin, so the script can read its layout; the report keeps its policy.
        // The frame is taller than the report, so no scrollbar takes from its width.
        let wrapper = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0}iframe{border:0;display:block}</style></head><body>"
            + "<script>\(measuringScript)</script>"
            + "<iframe id=\"report\" width=\"\(layout.width)\" height=\"30000\" srcdoc=\"\(WorkforceHTMLReporter.escape(report))\"></iframe></body></html>"
        let copy = folder.appendingPathComponent("measure-\(layout.rawValue).html")
        try wrapper.write(to: copy, atomically: true, encoding: .utf8)
        let run = try Self.run(browser, ["--dump-dom", "--window-size=\(max(layout.width, 500) + 20),1300", copy.absoluteString], profile: folder)
        #expect(run.status == 0, "chromium failed: \(run.stderr)")
        guard let start = run.stdout.range(of: "<pre id=\"measurements\">"),
              let end = run.stdout.range(of: "</pre>", range: start.upperBound..<run.stdout.endIndex) else {
            throw MeasurementMissing(stderr: run.stderr)
        }
        let json = String(run.stdout[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return try JSONDecoder().decode(Measurements.self, from: Data(json.utf8))
    }

    struct MeasurementMissing: Error, CustomStringConvertible {
        var stderr: String
        var description: String { "the measuring script wrote nothing (a script error?): \(stderr.prefix(2000))" }
    }

    /// A screenshot of `page` in a window of `width` × `height`.
    static func screenshot(_ page: URL, width: Int, height: Int, browser: URL, folder: URL) throws -> Data {
        let screenshot = folder.appendingPathComponent("screenshot-\(width).png")
        let run = try Self.run(browser, ["--screenshot=\(screenshot.path)", "--window-size=\(width),\(height)", page.absoluteString], profile: folder)
        #expect(run.status == 0, "chromium failed: \(run.stderr)")
        return try #require(FileManager.default.contents(atPath: screenshot.path), "chromium wrote no screenshot: \(run.stderr)")
    }

    /// Keeps a copy of a screenshot in `PROFILELINT_SCREENSHOTS` (a folder), for a human to look at.
    static func keep(_ png: Data, as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["PROFILELINT_SCREENSHOTS"], !folder.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? png.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).png"))
    }

    // MARK: - Browser

    /// The chromium binary, or a failure saying how to get one.
    static func browser() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let configured = environment["PROFILELINT_CHROMIUM"], !configured.isEmpty { candidates.append(configured) }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] { candidates.append("\(folder)/\(name)") }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BrowserMissing()
        }
        return URL(fileURLWithPath: found)
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var description: String {
            "chromium is not installed: run .ci/install-browser (apt-get install chromium), set PROFILELINT_CHROMIUM to a browser binary, "
                + "or set PROFILELINT_SKIP_BROWSER=1 to skip the browser tests"
        }
    }

    struct BrowserRun {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs headless chromium with its own profile folder, killing it after `timeout` seconds.
    static func run(_ browser: URL, _ arguments: [String], profile: URL, timeout: TimeInterval = 120) throws -> BrowserRun {
        let out = profile.appendingPathComponent("stdout.txt")
        let err = profile.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
                             "--disable-extensions", "--user-data-dir=\(profile.appendingPathComponent("chromium").path)"] + arguments
        // Files, not pipes: a DOM dump is larger than a pipe's buffer.
        let stdout = try FileHandle(forWritingTo: out)
        let stderr = try FileHandle(forWritingTo: err)
        defer {
            try? stdout.close()
            try? stderr.close()
        }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("chromium did not finish within \(Int(timeout)) seconds")
        }
        process.waitUntilExit()
        return BrowserRun(status: process.terminationStatus,
                          stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ html: String, in folder: URL) throws -> URL {
        let page = folder.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        return page
    }
}

/// Pixel statistics of a PNG, decoded by Python's standard library (`zlib`), which every CI image has.
///
/// The decoder checks the signature, walks the chunks, inflates the IDAT stream and undoes the five PNG row
/// filters, for 8-bit non-interlaced RGB and RGBA images (what chromium and pdftoppm write); it takes a few seconds. It reports the size, the number of
/// "inked" pixels (farther than 24 per channel from both white and the page background #f3f5f8),
/// the number of distinct colours (quantised to 5 bits per channel), and a histogram of exact colours
/// for checking that given chart colours are present.
struct PNGAnalysis {
    var width: Int
    var height: Int
    var inked: Int
    var distinctColours: Int
    var colours: [String: Int]
    /// Inked pixels in the rightmost `rightStrip` columns.
    var inkedInRightStrip = 0

    var pixels: Int { width * height }

    /// Pixels within 6 per channel of `rgb`.
    func count(near rgb: (Int, Int, Int)) -> Int {
        colours.reduce(0) { total, entry in
            let value = Int(entry.key, radix: 16) ?? -1
            let (r, g, b) = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
            return abs(r - rgb.0) <= 6 && abs(g - rgb.1) <= 6 && abs(b - rgb.2) <= 6 ? total + entry.value : total
        }
    }

    static let decoder = #"""
    import json, struct, sys, zlib
    from collections import Counter
    from itertools import accumulate
    strip = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    data = sys.stdin.buffer.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        sys.exit("no IHDR chunk")
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        sys.exit("unsupported PNG: depth %d, colour type %d, interlace %d" % (depth, colour_type, interlace))
    channels = 3 if colour_type == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    if len(raw) != height * (stride + 1):
        sys.exit("truncated image data")
    add = lambda a, b: (a + b) & 255
    previous = bytearray(stride)
    colours = Counter()
    ink = lambda r, g, b: max(255 - r, 255 - g, 255 - b) > 24 and max(abs(r - 0xf3), abs(g - 0xf5), abs(b - 0xf8)) > 24
    inked_right = 0
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for c in range(channels):
                row[c::channels] = bytearray(accumulate(row[c::channels], add))
        elif kind == 2:
            row = bytearray((a + b) & 255 for a, b in zip(row, previous))
        elif kind in (3, 4):
            for i in range(stride):
                left = row[i - channels] if i >= channels else 0
                up = previous[i]
                if kind == 3:
                    row[i] = (row[i] + ((left + up) >> 1)) & 255
                else:
                    corner = previous[i - channels] if i >= channels else 0
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        elif kind != 0:
            sys.exit("unknown filter %d" % kind)
        colours.update(zip(row[0::channels], row[1::channels], row[2::channels]))
        for x in range(max(0, width - strip), width):
            if ink(row[x * channels], row[x * channels + 1], row[x * channels + 2]):
                inked_right += 1
        previous = row
    inked, quantised = 0, set()
    for (r, g, b), count in colours.items():
        quantised.add((r >> 3, g >> 3, b >> 3))
        if ink(r, g, b):
            inked += count
    json.dump({"width": width, "height": height, "inked": inked, "distinct": len(quantised), "inked_right": inked_right,
               "colours": {"%02x%02x%02x" % key: count for key, count in colours.items() if count >= 50}}, sys.stdout)
    """#

    /// Decodes `png`, also counting the inked pixels in its rightmost `rightStrip` columns.
    init(_ png: Data, rightStrip: Int = 0) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.decoder, String(rightStrip)]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The script reads all of stdin before it writes anything, so writing first cannot dead-lock.
        input.fileHandleForWriting.write(png)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try JSONSerialization.jsonObject(with: result) as? [String: Any],
              let width = object["width"] as? Int, let height = object["height"] as? Int,
              let inked = object["inked"] as? Int, let distinct = object["distinct"] as? Int,
              let colours = object["colours"] as? [String: Int] else {
            throw DecodingFailed(message: problem.isEmpty ? "python3 gave no analysis" : problem)
        }
        self.init(width: width, height: height, inked: inked, distinctColours: distinct, colours: colours)
        inkedInRightStrip = object["inked_right"] as? Int ?? 0
    }

    init(width: Int, height: Int, inked: Int, distinctColours: Int, colours: [String: Int]) {
        self.width = width
        self.height = height
        self.inked = inked
        self.distinctColours = distinctColours
        self.colours = colours
    }

    struct DecodingFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { "the screenshot could not be decoded: \(message)" }
    }
}
