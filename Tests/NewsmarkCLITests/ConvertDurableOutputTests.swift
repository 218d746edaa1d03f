import Foundation
import Testing

/// Directory conversion publishes its outputs in synced batches: every file complete, none half-written,
/// no temporary file left, whatever fails.
@Suite("convert: durable batched outputs", .serialized)
struct ConvertDurableOutputTests {
    /// `count` short raw articles named `story-NNNN.txt`.
    private func makeCorpus(_ count: Int) throws -> URL {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        for index in 0..<count {
            let text = "Headline number \(index) for the batch\n\nBERLIN (AP) — The council met on Monday, officials said. "
                + "\"We agreed,\" Anna Keller said of item \(index).\n"
            try Data(text.utf8).write(to: dir.appendingPathComponent(String(format: "story-%04d.txt", index)))
        }
        return dir
    }

    private func leftovers(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") || $0.hasSuffix(".tmp") }
    }

    @Test("more files than one batch: every output complete and equal to a single-file conversion; no temporary files")
    func severalBatches() throws {
        let corpus = try makeCorpus(300)
        let out = try ConvertCLIRunner.temporaryDirectory()
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path])
        #expect(run.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == (0..<300).map { String(format: "story-%04d.xml", $0) })
        #expect(try leftovers(out).isEmpty)
        for index in [0, 127, 128, 299] {
            let single = try ConvertCLIRunner.run(["convert", corpus.appendingPathComponent(String(format: "story-%04d.txt", index)).path])
            #expect(single.status == 0)
            let written = try Data(contentsOf: out.appendingPathComponent(String(format: "story-%04d.xml", index)))
            #expect(written == single.stdout)
        }
    }

    @Test("previous outputs are replaced whole; a bad input in a batch leaves the others converted and nothing half-written")
    func replacesAndSkipsBadFile() throws {
        let corpus = try makeCorpus(140)
        try Data([0x41, 0xC3, 0x28]).write(to: corpus.appendingPathComponent("story-0050.txt"))
        let out = try ConvertCLIRunner.temporaryDirectory()
        for index in [10, 50, 139] {
            try Data("old".utf8).write(to: out.appendingPathComponent(String(format: "story-%04d.xml", index)))
        }
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("story-0050.txt"))
        #expect(try leftovers(out).isEmpty)
        // The bad article's previous output stays as it was; the others hold complete new XML.
        #expect(try String(contentsOf: out.appendingPathComponent("story-0050.xml"), encoding: .utf8) == "old")
        for index in [10, 139] {
            let text = try String(contentsOf: out.appendingPathComponent(String(format: "story-%04d.xml", index)), encoding: .utf8)
            #expect(text.hasPrefix("<?xml") && text.hasSuffix("</article>\n"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 140)
    }

    @Test("a target that cannot be replaced is reported; the rest of the batch is published")
    func unreplaceableTarget() throws {
        let corpus = try makeCorpus(5)
        let out = try ConvertCLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("story-0002.json"), withIntermediateDirectories: false)
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path, "--to", "json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("story-0002"))
        #expect(try leftovers(out).isEmpty)
        for index in [0, 1, 3, 4] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(String(format: "story-%04d.json", index)).path))
        }
    }

    @Test("JSON Lines to a directory publishes in batches too, and keeps what came before a bad line")
    func jsonLinesToDirectory() throws {
        let corpus = try makeCorpus(3)
        let lines = try ConvertCLIRunner.temporaryDirectory().appendingPathComponent("corpus.jsonl")
        #expect(try ConvertCLIRunner.run(["convert", corpus.path, "--to", "jsonl", "-o", lines.path]).status == 0)
        var data = try Data(contentsOf: lines)
        data.append(Data("{\"broken\": \n".utf8))
        try data.write(to: lines)
        let out = try ConvertCLIRunner.temporaryDirectory()
        let run = try ConvertCLIRunner.run(["convert", lines.path, "-o", out.path])
        #expect(run.status == 1)
        #expect(try leftovers(out).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            == ["story-0000.xml", "story-0001.xml", "story-0002.xml"])
    }
}
