import Foundation
import Newsmark

/// Writes problems to standard error in the one form every command uses.
enum Diagnostics {
    static func report(_ error: NewsmarkError) { write(error.description + "\n") }

    static func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}
