import Foundation

/// The `convert` end-to-end tests' view of ``CLIRunner``.
enum ConvertCLIRunner {
    typealias Run = CLIRunner.Result

    static var packageRoot: URL { CLIRunner.packageRoot }
    static var samples: URL { CLIRunner.samples }
    static var executable: URL { CLIRunner.executable }

    /// Runs `newsmark` with `arguments`, feeding `stdin` to its standard input, in `directory`.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Run {
        try CLIRunner.run(arguments, stdin: stdin ?? Data(), in: directory)
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL { try CLIRunner.temporaryDirectory(prefix: "newsmark-convert") }

    /// The names of the raw samples, sorted.
    static var rawSampleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }
}
