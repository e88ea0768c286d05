import Foundation
import Testing
@testable import ProfileLint

/// Renders the workforce HTML report in a real headless browser (Debian's `chromium`).
///
/// Without a browser these tests fail, telling how to install one (`.ci/install-browser`), unless
/// `PROFILELINT_SKIP_BROWSER=1` is set. `PROFILELINT_CHROMIUM` names another browser binary;
/// `PROFILELINT_SCREENSHOT=path` keeps a copy of the screenshot for a human to look at.
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
        let screenshot = folder.appendingPathComponent("report.png")
        let run = try Self.run(browser, ["--screenshot=\(screenshot.path)", "--window-size=\(Self.width),\(Self.height)", page.absoluteString],
                               profile: folder)
        #expect(run.status == 0, "chromium failed: \(run.stderr)")
        let png = try #require(FileManager.default.contents(atPath: screenshot.path), "chromium wrote no screenshot: \(run.stderr)")
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

    /// The README's main command turns the shipped workforce into a report that a real browser renders.
    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func shippedWorkforceReportRendersInTheBrowser() throws {
        let browser = try Self.browser()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("workforce-report.html")
        let batch = try CLIRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                                       "Fixtures/workforce/batches", "--format", "html", "--output", page.path])
        #expect(batch.status == 2, "the shipped workforce has one broken file")
        let screenshot = folder.appendingPathComponent("workforce.png")
        let run = try Self.run(browser, ["--screenshot=\(screenshot.path)", "--window-size=\(Self.width),\(Self.height)", page.absoluteString],
                               profile: folder)
        #expect(run.status == 0, "chromium failed: \(run.stderr)")
        let png = try #require(FileManager.default.contents(atPath: screenshot.path), "chromium wrote no screenshot: \(run.stderr)")
        let analysis = try PNGAnalysis(png)
        #expect(analysis.width == Self.width && analysis.height == Self.height)
        #expect(analysis.inked > analysis.pixels / 20, "only \(analysis.inked) of \(analysis.pixels) pixels are drawn: the page looks blank")
        #expect(analysis.count(near: (0x0B, 0x39, 0x54)) > 50_000, "no masthead")
        #expect(analysis.count(near: (0x00, 0x72, 0xB2)) > 5_000, "no blue bars")
        let dom = try Self.run(browser, ["--dump-dom", page.absoluteString], profile: folder).stdout
        for id in ["chart-scores", "chart-rules", "chart-groups", "chart-key-accounts"] {
            #expect(dom.contains("id=\"\(id)\""), "the browser has no chart \(id)")
        }
        #expect(dom.contains("Acme Logistics"))
        #expect(dom.contains("Umbrella Retail"))
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
/// filters, for 8-bit non-interlaced RGB and RGBA images (what chromium writes); it takes a few seconds. It reports the size, the number of
/// "inked" pixels (farther than 24 per channel from both white and the page background #f3f5f8),
/// the number of distinct colours (quantised to 5 bits per channel), and a histogram of exact colours
/// for checking that given chart colours are present.
struct PNGAnalysis {
    var width: Int
    var height: Int
    var inked: Int
    var distinctColours: Int
    var colours: [String: Int]

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
        previous = row
    inked, quantised = 0, set()
    for (r, g, b), count in colours.items():
        quantised.add((r >> 3, g >> 3, b >> 3))
        if max(255 - r, 255 - g, 255 - b) > 24 and max(abs(r - 0xf3), abs(g - 0xf5), abs(b - 0xf8)) > 24:
            inked += count
    json.dump({"width": width, "height": height, "inked": inked, "distinct": len(quantised),
               "colours": {"%02x%02x%02x" % key: count for key, count in colours.items() if count >= 50}}, sys.stdout)
    """#

    init(_ png: Data) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.decoder]
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
