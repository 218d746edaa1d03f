import Foundation
import Testing

@Suite("convert: files, standard input, options and exit codes", .serialized)
struct ConvertCommandTests {
    let article = """
        Skip to content

        Council delays budget vote

        By Jane Doe, Staff Writer

        LONDON, March 3 (Reuters) - The council met on Monday to discuss the budget.

        Members disagreed sharply over spending on roads.

        Advertisement
        """

    private func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("a raw file converts to JSON on standard output, id from the file name")
    func fileToJSON() throws {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        let input = try write(article, "council-vote.txt", in: dir)
        let run = try ConvertCLIRunner.run(["convert", input.path, "--to", "json", "--published", "2024-03-04"])
        #expect(run.status == 0)
        let object = try json(run.stdout)
        #expect(object["id"] as? String == "council-vote")
        let text = try #require(object["text"] as? String)
        #expect(text.hasPrefix("Council delays budget vote\n\nBy Jane Doe, Staff Writer\n\nLONDON, March 3 (Reuters) -"))
        #expect(!text.contains("Skip to content") && !text.contains("Advertisement"))
        let meta = try #require(object["meta"] as? [String: Any])
        #expect(meta["published"] as? String == "2024-03-04")
        #expect(meta["source"] as? String == "Reuters")
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let run = try ConvertCLIRunner.run(["convert", "-", "--to", "text"], stdin: Data(article.utf8))
        #expect(run.status == 0)
        #expect(run.stdoutText == "Council delays budget vote\n\nBy Jane Doe, Staff Writer\n\n"
                + "LONDON, March 3 (Reuters) - The council met on Monday to discuss the budget.\n\n"
                + "Members disagreed sharply over spending on roads.\n")
    }

    @Test("--verbose reports what clean-up removed, with line numbers")
    func verbose() throws {
        let run = try ConvertCLIRunner.run(["convert", "-", "--to", "text", "--verbose"], stdin: Data(article.utf8))
        #expect(run.status == 0)
        #expect(run.stderr.contains("<stdin>:1: note: removed site chrome: 'Skip to content'"))
        #expect(run.stderr.contains("<stdin>:11: note: removed advertisement: 'Advertisement'"))
    }

    @Test("--published must be a real YYYY-MM-DD date: usage error, exit 2", arguments: [
        "1998-02-30", "98-05-20", "1998-5-20", "yesterday", "1998-13-01", "2023-02-29",
    ])
    func badPublished(_ value: String) throws {
        let run = try ConvertCLIRunner.run(["convert", "-", "--published", value], stdin: Data(article.utf8))
        #expect(run.status == 2)
        #expect(run.stderr.contains("--published"))
        #expect(run.stdout.isEmpty)
    }

    @Test("-o equal to the input is refused without --in-place, and the input is untouched")
    func refuseOverwrite() throws {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        let input = try write(article, "a.txt", in: dir)
        let run = try ConvertCLIRunner.run(["convert", input.path, "--to", "text", "-o", input.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--in-place"))
        #expect(try String(contentsOf: input, encoding: .utf8) == article)
        // The same file through another path.
        let other = try ConvertCLIRunner.run(["convert", "a.txt", "--to", "text", "-o", "./a.txt"], in: dir)
        #expect(other.status == 2)
    }

    @Test("--in-place replaces the input")
    func inPlace() throws {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        let input = try write(article, "a.txt", in: dir)
        let run = try ConvertCLIRunner.run(["convert", input.path, "--to", "text", "--in-place"])
        #expect(run.status == 0)
        #expect(try String(contentsOf: input, encoding: .utf8).hasPrefix("Council delays budget vote\n\n"))
        let stdin = try ConvertCLIRunner.run(["convert", "-", "--in-place"], stdin: Data(article.utf8))
        #expect(stdin.status == 2)
    }

    @Test("bad input is exit 1 with a location; a missing file is exit 2")
    func exitCodes() throws {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.txt")
        try Data([0x4F, 0x4B, 0x0A, 0x61, 0xFF, 0x62]).write(to: bad)
        let invalid = try ConvertCLIRunner.run(["convert", bad.path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("bad.txt:2:2: error"))
        let empty = try ConvertCLIRunner.run(["convert", "-"], stdin: Data("\n\n".utf8))
        #expect(empty.status == 1)
        let missing = try ConvertCLIRunner.run(["convert", dir.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 2)
        let unknownFormat = try ConvertCLIRunner.run(["convert", "-", "--to", "pdf"], stdin: Data(article.utf8))
        #expect(unknownFormat.status == 2)
    }

    @Test("-o into an existing directory names the file by article id")
    func outputDirectoryForFile() throws {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        let input = try write(article, "My Article!.txt", in: dir)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let run = try ConvertCLIRunner.run(["convert", input.path, "--to", "text", "-o", out.path])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("My_Article_.txt").path))
    }
}
