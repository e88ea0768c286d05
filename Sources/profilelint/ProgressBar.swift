import Foundation
import ProfileLint

/// A one-line progress bar on standard error: done/total inputs, profiles, rate and time left.
struct ProgressBar {
    let enabled: Bool
    /// The language of the line.
    let catalog: MessageCatalog
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, catalog: MessageCatalog = .english) {
        self.enabled = enabled
        self.catalog = catalog
    }

    mutating func update(_ progress: BatchProgress) {
        guard enabled else { return }
        // The last input is done: the bar goes before the library writes the rest of the report.
        if progress.inputsTotal > 0, progress.inputsDone >= progress.inputsTotal {
            finish()
            return
        }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let fraction: Double
        if progress.bytesTotal > 0 {
            fraction = min(1, Double(progress.bytesDone) / Double(progress.bytesTotal))
        } else {
            fraction = progress.inputsTotal == 0 ? 1 : Double(progress.inputsDone) / Double(progress.inputsTotal)
        }
        let width = 24
        let filled = Int(fraction * Double(width))
        let rate = Double(progress.employees) / elapsed
        let remaining = fraction > 0.01 ? elapsed * (1 - fraction) / fraction : nil
        let eta = remaining.map { String(format: "%d:%02d", Int($0) / 60, Int($0) % 60) } ?? "–:––"
        let line = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
            + catalog.text(.cliProgress, ["done": String(progress.inputsDone), "total": String(progress.inputsTotal),
                                          "profiles": String(progress.employees), "rate": String(format: "%.0f", rate), "eta": eta])
        Terminal.writeStandardError("\r\u{1B}[K" + line)
    }

    mutating func finish() {
        guard enabled, drawn else { return }
        drawn = false
        Terminal.writeStandardError("\r\u{1B}[K")
    }
}
