import Foundation
import Newsmark
import Testing

/// The text round trip for every raw sample: `convert --to text` of a converted article gives the article
/// text as kept, and text → XML → text → XML gives the same XML.
@Suite("convert: text round trip over the samples", .serialized)
struct ConvertRoundTripTests {
    @Test("text → XML → text → XML gives the same XML (command line)", arguments: ConvertCLIRunner.rawSampleNames)
    func commandLine(_ name: String) throws {
        let dir = try ConvertCLIRunner.temporaryDirectory()
        let raw = ConvertCLIRunner.samples.appendingPathComponent(name)
        let id = String(name.dropLast(4))
        let xml1 = dir.appendingPathComponent("\(id).xml")
        #expect(try ConvertCLIRunner.run(["convert", raw.path, "-o", xml1.path]).status == 0)
        let text = try ConvertCLIRunner.run(["convert", xml1.path, "--to", "text"])
        #expect(text.status == 0)
        // The text is the article as kept: its blocks joined by one blank line.
        let article = try XMLArticleReader().read(try Data(contentsOf: xml1))
        #expect(text.stdoutText == article.text + "\n")
        let textFile = dir.appendingPathComponent("again").appendingPathComponent("\(id).txt")
        try FileManager.default.createDirectory(at: textFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.stdout.write(to: textFile)
        let xml2 = try ConvertCLIRunner.run(["convert", textFile.path])
        #expect(xml2.status == 0)
        #expect(xml2.stdout == (try Data(contentsOf: xml1)))
    }

    @Test("the same round trip through the library", arguments: ConvertCLIRunner.rawSampleNames)
    func library(_ name: String) throws {
        let raw = try String(contentsOf: ConvertCLIRunner.samples.appendingPathComponent(name), encoding: .utf8)
        let first = try RawTextConverter().convert(raw, id: "sample").article
        let xml1 = try XMLArticleWriter().write(first)
        let read = try XMLArticleReader().read(xml1)
        let text = PlainTextExporter().export(read)
        #expect(text == first.text + "\n")
        let second = try RawTextConverter().convert(text, id: "sample").article
        #expect(try XMLArticleWriter().write(second) == xml1)
    }
}
