import Foundation
import Testing

/// Runs the built `newsmark` executable (tests of `validate` only; other commands have their own runner).
struct ValidateCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/NewsmarkValidationTests/Fixtures")

    /// The executable next to the test bundle (`swift test` builds it), else in `.build/debug`.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("newsmark")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/newsmark")
    }()

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Runs `newsmark validate ARGUMENTS` in `directory` with `stdin` as standard input.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["validate"] + arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read before waiting, so a large report cannot fill the pipe and block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

@Suite(.serialized) struct ValidateCommandTests {
    @Test func samplesAllValidate() throws {
        let result = try ValidateCLI.run(["Samples"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("0 errors, 0 warnings\n"))
        let count = try FileManager.default.contentsOfDirectory(atPath: ValidateCLI.packageRoot.appendingPathComponent("Samples").path)
            .filter { $0.hasSuffix(".xml") }.count
        #expect(count > 0)
        #expect(result.stdout.hasPrefix("\(count) file"))
    }

    @Test func invalidFileExitsOneWithCompilerStyleLines() throws {
        let path = ValidateCLI.fixture("NM104-fail.xml")
        let result = try ValidateCLI.run([path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(path):25:180: error[NM104]: quote 'q1' has speaker 'e2'") })
        #expect(lines.last == "1 file, 1 error, 0 warnings")
    }

    @Test func exitCodeTwoForMissingFilesAndDirectoriesEvenWithValidOnes() throws {
        let missing = try ValidateCLI.run(["no/such/file.xml"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("no/such/file.xml: error: no such file or directory"))
        let mixed = try ValidateCLI.run([ValidateCLI.fixture("valid-article.xml"), "no/such/dir/"])
        #expect(mixed.status == 2)
        #expect(mixed.stdout.hasSuffix("2 files, 1 error, 0 warnings\n"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try ValidateCLI.run([]).status == 2)
        #expect(try ValidateCLI.run(["--disable", "NM999", "Samples"]).status == 2)
        #expect(try ValidateCLI.run(["--disable", "NM001", "Samples"]).status == 2)
        #expect(try ValidateCLI.run(["--format", "yaml", "Samples"]).status == 2)
        #expect(try ValidateCLI.run(["--jobs", "0", "Samples"]).status == 2)
        #expect(try ValidateCLI.run(["--config", "/no/such/.newsmark.toml", "Samples"]).status == 2)
    }

    @Test func warningsPassUnlessStrict() throws {
        let path = ValidateCLI.fixture("NM107-fail.xml")
        let normal = try ValidateCLI.run([path])
        #expect(normal.status == 0)
        #expect(normal.stdout.contains("warning[NM107]"))
        let strict = try ValidateCLI.run(["--strict", path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error[NM107]"))
    }

    @Test func disableOnTheCommandLine() throws {
        let path = ValidateCLI.fixture("NM104-fail.xml")
        let result = try ValidateCLI.run(["--disable", "NM104", path])
        #expect(result.status == 0)
        #expect(try ValidateCLI.run(["--disable", "nm110,NM104", path]).status == 0)
    }

    @Test func standardInputXMLAndJSON() throws {
        let xml = try Data(contentsOf: URL(fileURLWithPath: ValidateCLI.fixture("NM110-fail.xml")))
        let result = try ValidateCLI.run(["-"], stdin: xml)
        #expect(result.status == 1)
        #expect(result.stdout.contains("<stdin>:26:20: error[NM110]"))
        let json = try Data(contentsOf: URL(fileURLWithPath: ValidateCLI.fixture("valid-article.json")))
        #expect(try ValidateCLI.run(["-"], stdin: json).status == 0)
    }

    @Test func directoriesAreWalkedAndJSONFormChecked() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("deep/er"), withIntermediateDirectories: true)
        for (source, target) in [("valid-article.xml", "a.xml"), ("NM114-fail.json", "deep/b.json"), ("NM111-fail.xml", "deep/er/c.xml")] {
            try FileManager.default.copyItem(at: ValidateCLI.fixtures.appendingPathComponent(source), to: root.appendingPathComponent(target))
        }
        try Data("{\"name\": \"not newsmark\"}".utf8).write(to: root.appendingPathComponent("package.json"))
        let result = try ValidateCLI.run(["."], in: root)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("./deep/b.json: error[NM114]") })
        #expect(lines.contains { $0.hasPrefix("./deep/er/c.xml:26:5: error[NM111]") })
        #expect(lines.last == "3 files, 2 errors, 0 warnings")
    }

    @Test func configurationFileInTheCorpus() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("strict"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ValidateCLI.fixtures.appendingPathComponent("NM104-fail.xml"), to: root.appendingPathComponent("a.xml"))
        try FileManager.default.copyItem(at: ValidateCLI.fixtures.appendingPathComponent("NM107-fail.xml"), to: root.appendingPathComponent("strict/b.xml"))
        try "[validate]\ndisable = [\"NM104\"]\n".write(to: root.appendingPathComponent(".newsmark.toml"), atomically: true, encoding: .utf8)
        #expect(try ValidateCLI.run(["a.xml"], in: root).status == 0)
        try "[validate]\nstrict = true\n".write(to: root.appendingPathComponent("strict/.newsmark.toml"), atomically: true, encoding: .utf8)
        let result = try ValidateCLI.run(["."], in: root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("./strict/b.xml:25:99: error[NM107]"))
        #expect(!result.stdout.contains("NM104"))
        let explicit = try ValidateCLI.run(["--config", root.appendingPathComponent("strict/.newsmark.toml").path, "a.xml"], in: root)
        #expect(explicit.status == 1)
        try "[validate]\ndisable = [\"NM104\"\n".write(to: root.appendingPathComponent(".newsmark.toml"), atomically: true, encoding: .utf8)
        let broken = try ValidateCLI.run(["a.xml"], in: root)
        #expect(broken.status == 2)
        #expect(broken.stdout.contains(".newsmark.toml:"))
    }

    @Test func parallelOutputIsInInputOrder() throws {
        let serial = try ValidateCLI.run(["--jobs", "1", "Tests/NewsmarkValidationTests/Fixtures", "Samples"])
        let parallel = try ValidateCLI.run(["--jobs", "4", "Tests/NewsmarkValidationTests/Fixtures", "Samples"])
        #expect(serial.status == 1)
        #expect(serial.stdout == parallel.stdout)
        #expect(serial.status == parallel.status)
    }

    @Test func longCommandLinesReportEveryPathInOrder() throws {
        // Enough paths to take the command's fast path around the argument parser, options among them.
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: ValidateCLI.fixtures.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
        var paths: [String] = []
        while paths.count < 150 { paths += fixtures.reversed().map { "Tests/NewsmarkValidationTests/Fixtures/" + $0 } }
        paths = Array(paths.prefix(150))
        let long = try ValidateCLI.run(Array(paths[..<60]) + ["--disable", "NM104", "-j", "2"] + Array(paths[60...]) + ["--format=text"])
        // The same paths in runs short enough for the argument parser alone.
        var expected: [Substring] = []
        var status: Int32 = 0
        for start in stride(from: 0, to: paths.count, by: 50) {
            let run = try ValidateCLI.run(["--disable", "NM104", "--jobs", "2"] + Array(paths[start..<min(start + 50, paths.count)]))
            expected += run.stdout.split(separator: "\n").dropLast()
            status = max(status, run.status)
        }
        let lines = long.stdout.split(separator: "\n")
        #expect(long.status == status)
        #expect(Array(lines.dropLast()) == expected)
        #expect(lines.last?.hasPrefix("150 files,") == true)
        #expect(!long.stdout.contains("[NM104]"))
    }

    @Test func jsonFormat() throws {
        let result = try ValidateCLI.run(["--format", "json", ValidateCLI.fixture("NM104-fail.xml"), ValidateCLI.fixture("valid-article.xml")])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["valid"] as? Bool == false)
        #expect(((files[0]["diagnostics"] as? [[String: Any]])?.first?["rule"]) as? String == "NM104")
        #expect(files[1]["valid"] as? Bool == true)
    }

    @Test func githubFormat() throws {
        let path = ValidateCLI.fixture("NM104-fail.xml")
        let result = try ValidateCLI.run(["--format", "github", path])
        #expect(result.stdout.split(separator: "\n").contains {
            $0.hasPrefix("::error file=\(path),line=25,col=180,title=NM104::quote 'q1' has speaker 'e2'")
        })
    }

    @Test func junitFormatToFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try ValidateCLI.run(["--format", "junit", "-o", output.path, ValidateCLI.fixture("NM104-fail.xml"), "Samples"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<testsuite name=\"newsmark validate\""))
        #expect(text.contains("failures=\"1\""))
        #expect(text.contains("type=\"NM104\""))
    }

    @Test func sarifFormat() throws {
        let result = try ValidateCLI.run(["--format", "sarif", ValidateCLI.fixture("NM104-fail.xml")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.first?["ruleId"] as? String == "NM104")
    }

    @Test func listRules() throws {
        let result = try ValidateCLI.run(["--list-rules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("NM101  error    unique-ids"))
        #expect(result.stdout.contains("NM107  warning  relative-date-anchor"))
    }
}
