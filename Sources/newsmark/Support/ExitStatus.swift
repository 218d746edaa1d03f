import Newsmark

/// Newsmark's exit codes.
enum ExitStatus {
    static let success: Int32 = 0
    /// Some input is invalid.
    static let invalidInput: Int32 = 1
    /// Usage or I/O error.
    static let usage: Int32 = 2

    static func code(for error: NewsmarkError) -> Int32 {
        switch error.kind {
        case .invalidInput: invalidInput
        case .io, .usage: usage
        }
    }
}
