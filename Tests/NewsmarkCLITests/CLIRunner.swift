import Foundation

/// Runs the built `newsmark` executable for end-to-end tests, and hands back its exit status and
/// output. Reusable by every command's tests:
///
/// ```swift
/// let run = try CLIRunner.run(["convert", "a.xml", "--to", "xml"])
/// #expect(run.status == 0)
/// #expect(run.stderrLines.isEmpty)
/// ```
///
/// Standard input, output and error all go through temporary files, so a child that writes a lot,
/// or exits without reading its input, can never block or kill the test process.
enum CLIRunner {
    /// The outcome of one run.
    struct Result: Sendable {
        /// The exit status (0 success, 1 invalid input, 2 usage or I/O error).
        var status: Int32
        /// Standard output, as bytes.
        var stdout: Data
        /// Standard error, as text.
        var stderr: String

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// The non-empty lines of standard error.
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Samples/` of the package.
    static let samples = packageRoot.appendingPathComponent("Samples")

    /// The `newsmark` executable: in the build's products directory, next to the test bundle (where
    /// `swift test` puts it), else `.build/debug/newsmark`.
    static let executable: URL = {
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<3 {
            candidates.append(directory.appendingPathComponent("newsmark"))
            directory.deleteLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("newsmark"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/newsmark"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `newsmark ARGUMENTS` in `directory` (default: the package root), with `stdin` as its
    /// standard input (default: empty).
    static func run(_ arguments: [String], stdin: Data = Data(), in directory: URL? = nil) throws -> Result {
        let scratch = try temporaryDirectory(prefix: "newsmark-run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputFile = scratch.appendingPathComponent("stdin")
        let outputFile = scratch.appendingPathComponent("stdout")
        let errorFile = scratch.appendingPathComponent("stderr")
        try stdin.write(to: inputFile)
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)

        let input = try FileHandle(forReadingFrom: inputFile)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer {
            try? input.close()
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: outputFile),
                      stderr: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// A new, empty temporary directory inside ``testScratchRoot`` (removed when the tests end).
    static func temporaryDirectory(prefix: String = "newsmark-test") throws -> URL {
        let url = testScratchRoot.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The sample articles (`Samples/*.xml`), sorted.
    static var sampleXMLFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { samples.appendingPathComponent($0) }
    }
}
