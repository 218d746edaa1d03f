import Foundation
import Testing

@Suite("convert: directories", .serialized)
struct ConvertDirectoryTests {
    private func makeCorpus() throws -> URL {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        for name in ConvertCLIRunner.rawSampleNames {
            try FileManager.default.copyItem(at: ConvertCLIRunner.samples.appendingPathComponent(name),
                                             to: dir.appendingPathComponent(name))
        }
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("notes.md"))
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".hidden.txt"))
        return dir
    }

    private func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test("every .txt file converts into -o DIR, named by article id, deterministically")
    func convertsDirectory() throws {
        let corpus = try makeCorpus()
        let out = corpus.deletingLastPathComponent().appendingPathComponent(corpus.lastPathComponent + "-out")
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path, "--to", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)  // not a terminal: no progress
        let expected = ConvertCLIRunner.rawSampleNames.map { $0.replacingOccurrences(of: ".txt", with: ".json") }
        #expect(try listing(out) == expected)
        let first = try expected.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        let again = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path, "--to", "json"])
        #expect(again.status == 0)
        #expect(try expected.map { try Data(contentsOf: out.appendingPathComponent($0)) } == first)
    }

    @Test("a directory needs -o, and -o must not be the input directory without --in-place")
    func directoryNeedsOutput() throws {
        let corpus = try makeCorpus()
        #expect(try ConvertCLIRunner.run(["convert", corpus.path]).status == 2)
        let same = try ConvertCLIRunner.run(["convert", corpus.path, "-o", corpus.path])
        #expect(same.status == 2)
        #expect(same.stderr.contains("--in-place"))
        #expect(try listing(corpus).filter { $0.hasSuffix(".xml") }.isEmpty)
    }

    @Test("--in-place on a directory writes next to the inputs, replacing same-format files")
    func inPlaceDirectory() throws {
        let corpus = try makeCorpus()
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "--in-place", "--to", "text"])
        #expect(run.status == 0)
        let converted = try String(contentsOf: corpus.appendingPathComponent("rferl-1998-05-20-nato-russia.txt"), encoding: .utf8)
        #expect(converted.hasPrefix("Russia: Rapprochement With NATO Remains Politically Fragile\n\nPrague, 20 May 1998"))
    }

    @Test("a bad file is reported and skipped; the others are converted; exit 1")
    func badFileInDirectory() throws {
        let corpus = try makeCorpus()
        try Data([0xC3, 0x28]).write(to: corpus.appendingPathComponent("broken.txt"))
        let out = try ConvertCLIRunner.temporaryDirectory()
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path, "--to", "text"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.txt:1:1: error"))
        #expect(try listing(out).count == ConvertCLIRunner.rawSampleNames.count)
    }

    @Test("two inputs with the same article id are refused before anything is written")
    func idCollision() throws {
        let corpus = try ConvertCLIRunner.temporaryDirectory()
        try Data("Title\n\nBody text.".utf8).write(to: corpus.appendingPathComponent("a b.txt"))
        try Data("Title\n\nBody text.".utf8).write(to: corpus.appendingPathComponent("a_b.txt"))
        let out = try ConvertCLIRunner.temporaryDirectory()
        let run = try ConvertCLIRunner.run(["convert", corpus.path, "-o", out.path])
        #expect(run.status == 2)
        #expect(try listing(out).isEmpty)
    }
}
