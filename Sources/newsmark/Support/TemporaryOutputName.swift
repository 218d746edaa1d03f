import Foundation
import Newsmark

/// Temporary files beside an output: `.NAME.newsmark-PID-N.tmp` in the target's directory, created with
/// `O_EXCL` so that an existing file is never reused (a clash, say with a file left by a killed run,
/// takes the next number). Hidden and named after the target, so a leftover is easy to recognise and is
/// never read as an input (directory conversion skips hidden files).
enum TemporaryOutputName {
    nonisolated(unsafe) private static var counter = 0
    private static let lock = NSLock()
    private static let processID = getpid()

    /// Creates and opens a new temporary file for `target`; returns its path and descriptor.
    static func create(for target: String) throws -> (path: String, descriptor: Int32) {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let prefix = (slash == nil ? "" : directory + "/") + "." + name + ".newsmark-\(processID)-"
        for _ in 0..<1000 {
            let path = prefix + String(next()) + ".tmp"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (path, descriptor) }
            if errno != EEXIST { break }
        }
        throw NewsmarkError(.io, "cannot create a file in \(directory) (\(String(cString: strerror(errno))))",
                            location: SourceLocation(file: target))
    }

    private static func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return counter
    }
}
