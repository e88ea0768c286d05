import Foundation
import HummingbirdTesting
import Logging
@testable import ProfileLintServer
import Testing

/// The server in a real browser: Debian's chromium driven by chromium-driver through Selenium
/// (`Tests/ProfileLintTests/Server/browser_session.py`). Skipped with `PROFILELINT_SKIP_BROWSER=1`.
@Suite(.serialized) struct ServerBrowserTests {
    static let skipped = ProcessInfo.processInfo.environment["PROFILELINT_SKIP_BROWSER"] == "1"

    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_BROWSER=1"))
    func anEmployeeUploadsSharesTheirCardAndHRSeesItCounted() async throws {
        let folder = try HTMLRenderingTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let server = try ServerTests.server(data: data)
        let password = "correct horse battery"
        try (try HRPassword(hashing: password)).encoded.write(toFile: server.settings.passwordFile, atomically: true, encoding: .utf8)
        let upload = Repository.path("Fixtures/workforce/exports/E004.zip")
        var logger = Logger(label: "browser-test")
        logger.logLevel = .error
        let run = try await server.application(logger: logger).test(.live) { client in
            try await Self.runScript(["python3", Repository.path("Tests/ProfileLintTests/Server/browser_session.py"),
                                      String(client.port ?? 0), upload, folder.path, password, "E004"])
        }
        #expect(run.status == 0, "browser session failed: \(run.output)")
        let json = try Data(contentsOf: folder.appendingPathComponent("result.json"))
        let result = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(result["lang"] as? String == "nl")
        #expect((result["score"] as? String)?.contains("/100") == true)
        let suggestions = result["suggestions"] as? [String] ?? []
        #expect(suggestions.count >= 3)
        #expect(suggestions.first?.contains("punten") == true)
        #expect((result["headings"] as? [String])?.contains("Wat dit bestand niet vertelt") == true)
        #expect((result["shared"] as? String)?.contains("Je profielkaart is gedeeld met HR") == true)
        // HR sees the shared card counted.
        #expect((result["dashboard"] as? String)?.contains("Kaart gedeeld: 1 van") == true, "\(result["dashboard"] ?? "")")
        #expect(result["after_logout"] as? String == "HR-dashboard")
        // No CSP violation, no script error, no missing file; the login page's own 401 is expected.
        let console = (result["console"] as? [String] ?? []).filter { !($0.contains("/hr") && $0.contains("status of 401")) }
        #expect(console.isEmpty, "console: \(console)")
        for name in ["employee", "hr"] {
            let png = try Data(contentsOf: folder.appendingPathComponent("\(name).png"))
            let analysis = try PNGAnalysis(png)
            #expect(analysis.width == 1280)
            // A filled page: text and buttons, not a blank or an error screen.
            #expect(analysis.inked > analysis.pixels / 200, "\(name).png is nearly blank")
            HTMLRenderingTests.keep(png, as: "serve-\(name)")
        }
    }

    struct ScriptRun: Sendable {
        var status: Int32
        var output: String
    }

    /// Runs a process without blocking a thread of Swift's cooperative pool (the server answers on it).
    static func runScript(_ arguments: [String]) async throws -> ScriptRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in
                let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                continuation.resume(returning: ScriptRun(status: finished.terminationStatus, output: output))
            }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }
}
