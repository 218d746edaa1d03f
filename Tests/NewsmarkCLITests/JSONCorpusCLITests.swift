import Foundation
import Newsmark
import Testing

@Suite("newsmark convert: JSON, JSON Lines and shards (end to end)", .serialized)
final class JSONCorpusCLITests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-cli-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    private func write(_ text: String, to name: String) throws { try write(Data(text.utf8), to: name) }

    private func write(_ data: Data, to name: String) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// An article with astral characters and one of each annotation, as JSON.
    private func sampleJSON(id: String) throws -> Data {
        var article = Article(id: id, metadata: ArticleMetadata(published: "2024-03-01"), blocks: [
            (.headline, "𝔘nion talks in Zürich 😀"), (.body, "“We will go,” said Anna Berg on Friday."),
        ])
        let scalars = Array(article.text.unicodeScalars)
        func span(_ needle: String) -> TextSpan {
            let target = Array(needle.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target } ?? 0
            return TextSpan(start: start, end: start + target.count)
        }
        article.discourseEntities = [DiscourseEntity(id: "e1", type: "person", name: "Anna Berg")]
        article.mentions = [EntityMention(id: "m1", type: "person", span: span("Anna Berg"), entityID: "e1")]
        article.quotes = [Quote(id: "q1", span: span("“We will go,”"), kind: .direct, speakerID: "e1", cue: "said")]
        article.temporalExpressions = [TemporalExpression(id: "t1", span: span("Friday"), type: .date, value: "2024-03-01")]
        return try JSONArticleCodec().encode(article)
    }

    private func makeCorpus() throws -> String {
        try write("Talks resume\n\nThe minister said on Tuesday that talks would resume.\n", to: "corpus/a-raw.txt")
        try write(try sampleJSON(id: "json-one"), to: "corpus/sub/b.json")
        try write(try XMLArticleWriter().write(JSONArticleCodec().decode(try sampleJSON(id: "xml-one"))), to: "corpus/c.xml")
        try write("not an article", to: "corpus/notes.md")
        try write("hidden", to: "corpus/.cache/x.txt")
        return path("corpus")
    }

    private func lines(_ data: Data) -> [Data] {
        data.split(separator: 0x0A).map { Data($0) }
    }

    private func ids(_ data: Data) throws -> [String] {
        try lines(data).map { try JSONArticleCodec().decode($0).id }
    }

    @Test("--to json on one file writes the canonical JSON form")
    func singleFile() throws {
        let json = try sampleJSON(id: "single")
        try json.write(to: directory.appendingPathComponent("single.json"))
        let result = try CLIRunner.run(["convert", path("single.json"), "--to", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == json + Data([0x0A]))
        let pretty = try CLIRunner.run(["convert", path("single.json"), "--to", "json", "--pretty"])
        #expect(try JSONArticleCodec().decode(pretty.stdout) == JSONArticleCodec().decode(json))
    }

    @Test("a bad JSON file fails with its path and the JSON path of the member")
    func singleFileError() throws {
        let broken = String(decoding: try sampleJSON(id: "bad"), as: UTF8.self).replacingOccurrences(of: #""speaker":"e1""#, with: #""speaker":"e9""#)
        try write(broken, to: "bad.json")
        let result = try CLIRunner.run(["convert", path("bad.json"), "--to", "xml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"bad.json: error: $.quotes[0].speaker: no discourse entity "e9""#))
    }

    @Test("a directory becomes JSON Lines sorted by path, and JSON Lines becomes one XML file per article")
    func corpusRoundTrip() throws {
        let corpus = try makeCorpus()
        let toJSONL = try CLIRunner.run(["convert", corpus, "--to", "jsonl", "-o", path("corpus.jsonl")])
        #expect(toJSONL.status == 0, "\(toJSONL.stderr)")
        let jsonl = try Data(contentsOf: URL(fileURLWithPath: path("corpus.jsonl")))
        #expect(try ids(jsonl) == ["a-raw", "xml-one", "json-one"])  // a-raw.txt, c.xml, sub/b.json
        #expect(jsonl.last == 0x0A)

        // Standard output gets the same stream.
        let streamed = try CLIRunner.run(["convert", corpus, "--to", "jsonl"])
        #expect(streamed.stdout == jsonl)

        let toXML = try CLIRunner.run(["convert", path("corpus.jsonl"), "--from", "jsonl", "-o", path("xml-out")])
        #expect(toXML.status == 0, "\(toXML.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: path("xml-out")).sorted()
        #expect(written == ["a-raw.xml", "json-one.xml", "xml-one.xml"])
        for line in lines(jsonl) {
            let article = try JSONArticleCodec().decode(line)
            let xml = try Data(contentsOf: URL(fileURLWithPath: path("xml-out/\(article.id).xml")))
            #expect(xml == (try XMLArticleWriter().write(article)))
            #expect(try JSONArticleCodec().encode(XMLArticleReader().read(xml)) == line)
        }
        // The XML file of the corpus came back byte for byte.
        let original = try Data(contentsOf: URL(fileURLWithPath: path("corpus/c.xml")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("xml-out/xml-one.xml"))) == original)

        // And the XML directory goes back to the same JSON Lines.
        let again = try CLIRunner.run(["convert", path("xml-out"), "--to", "jsonl"])
        #expect(Set(lines(again.stdout)) == Set(lines(jsonl)))
    }

    @Test("--shard I/N splits a corpus into disjoint parts that together hold every article once")
    func shards() throws {
        for n in 0..<12 { try sampleJSON(id: "doc-\(n)").write(to: directory.appendingPathComponent("many-\(n).json")) }
        try write("Raw one\n\nText.\n", to: "raw-1.txt")
        let all = try CLIRunner.run(["convert", directory.path, "--to", "jsonl"])
        #expect(all.status == 0, "\(all.stderr)")
        var union: [String] = []
        for index in 1...3 {
            let part = try CLIRunner.run(["convert", directory.path, "--to", "jsonl", "--shard", "\(index)/3"])
            #expect(part.status == 0, "\(part.stderr)")
            let partIDs = try ids(part.stdout)
            #expect(partIDs.allSatisfy { ShardSelector.shard(of: $0, count: 3) == index })
            union += partIDs
            // Sharding the JSON Lines gives the same part.
            try all.stdout.write(to: directory.appendingPathComponent("all.jsonl.data"))
            let fromLines = try CLIRunner.run(["convert", path("all.jsonl.data"), "--from", "jsonl", "--to", "jsonl", "--shard", "\(index)/3"])
            #expect(fromLines.stdout == part.stdout)
        }
        #expect(union.sorted() == (try ids(all.stdout)).sorted())
        #expect(Set(union).count == union.count)

        let bad = try CLIRunner.run(["convert", directory.path, "--to", "jsonl", "--shard", "4/3"])
        #expect(bad.status == 2)
    }

    @Test("a bad article stops the conversion and leaves no output; --keep-going skips it and exits 1")
    func badArticleInCorpus() throws {
        let corpus = try makeCorpus()
        try write(#"{"newsmark":"1.0","id":"broken"}"#, to: "corpus/d-bad.json")
        try write("old\n", to: "out.jsonl")
        let stopped = try CLIRunner.run(["convert", corpus, "--to", "jsonl", "-o", path("out.jsonl")])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains(#"d-bad.json: error: $: missing required member"#))
        #expect(try String(contentsOfFile: path("out.jsonl"), encoding: .utf8) == "old\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)

        let kept = try CLIRunner.run(["convert", corpus, "--to", "jsonl", "-o", path("out.jsonl"), "--keep-going"])
        #expect(kept.status == 1)
        #expect(kept.stderr.contains("3 articles written, 1 failed"))
        #expect(try ids(Data(contentsOf: URL(fileURLWithPath: path("out.jsonl")))) == ["a-raw", "xml-one", "json-one"])
    }

    @Test("two articles with one id are refused; JSON Lines errors give the line")
    func duplicatesAndLines() throws {
        let one = try sampleJSON(id: "same")
        let jsonl = one + Data("\n".utf8) + one + Data("\n".utf8)
        try jsonl.write(to: directory.appendingPathComponent("dup.jsonl"))
        let result = try CLIRunner.run(["convert", path("dup.jsonl"), "-o", path("dup-out")])
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"dup.jsonl:2: error: article id "same" is already used by "#))

        try (one + Data("\n{\"newsmark\": 1}\n".utf8)).write(to: directory.appendingPathComponent("bad.jsonl"))
        let bad = try CLIRunner.run(["convert", path("bad.jsonl"), "--to", "jsonl"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.jsonl:2: error: $.newsmark: expected a string, found a number"))
    }
}
