import Foundation

/// A one-line progress display on standard error ("[12/300] corpus/a12.txt"), redrawn in place. Does
/// nothing when disabled (standard error is not a terminal), so logs and pipes stay clean.
struct ProgressReporter {
    let total: Int
    let enabled: Bool
    private var done = 0
    private var shown = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Shows that `current` is being converted.
    mutating func update(current: String) {
        done += 1
        guard enabled else { return }
        var line = "[\(done)/\(total)] \(current)"
        if line.count > 100 { line = String(line.prefix(97)) + "..." }
        Diagnostics.write("\r\u{1B}[K" + line)
        shown = true
    }

    /// Clears the progress line so that a message can be written.
    mutating func clear() {
        guard enabled, shown else { return }
        Diagnostics.write("\r\u{1B}[K")
        shown = false
    }

    /// Clears the line and prints a summary.
    mutating func finish(failed: Int) {
        guard enabled else { return }
        clear()
        Diagnostics.write("converted \(total - failed) of \(total) files\(failed > 0 ? ", \(failed) failed" : "")\n")
    }
}
