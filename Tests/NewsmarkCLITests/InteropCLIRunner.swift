import Foundation

/// The annotation-tool, eval and diff end-to-end tests' view of ``CLIRunner``.
enum InteropCLIRunner {
    /// The outcome of one run, with standard output as text.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var packageRoot: URL { CLIRunner.packageRoot }

    /// The annotated sample used throughout (a real article with entities, dates and quotes of every kind).
    static let sample = packageRoot.appendingPathComponent("Samples/rferl-1998-05-20-nato-russia.xml")

    /// Every annotated sample.
    static var samples: [URL] {
        let directory = packageRoot.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    static var executable: URL { CLIRunner.executable }

    /// Runs `newsmark arguments…` with no standard input.
    static func run(_ arguments: [String]) throws -> Run {
        let result = try CLIRunner.run(arguments)
        return Run(status: result.status, stdout: result.stdoutText, stderr: result.stderr)
    }

    /// A new, empty temporary directory inside ``testScratchRoot`` (removed when the tests end).
    static func temporaryDirectory() throws -> URL { try CLIRunner.temporaryDirectory(prefix: "newsmark-interop") }

    static func read(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    static func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    /// The code-point span of the first `needle` in `text`.
    static func span(of needle: String, in text: String) -> (Int, Int)? {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            return (start, start + pattern.count)
        }
        return nil
    }
}
