import Foundation
import NewsmarkInterop
import NewsmarkModel
import Testing

@Suite("JSON Lines streaming")
struct JSONLinesTests {
    private func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-jsonl-\(UUID().uuidString)-\(name)")
    }

    private func reader(for data: Data, chunkSize: Int = 1 << 16, maxLineLength: Int = 256 << 20) throws -> (JSONLinesReader, URL) {
        let url = temporaryFile("in.jsonl")
        try data.write(to: url)
        let handle = try FileHandle(forReadingFrom: url)
        return (JSONLinesReader(fileHandle: handle, fileName: "corpus.jsonl", chunkSize: chunkSize, maxLineLength: maxLineLength), url)
    }

    @Test("write then read 200 articles: same articles, one compact line each", arguments: [7, 4096, 1 << 16])
    func roundTrip(chunkSize: Int) throws {
        let articles = [JSONTestArticles.complete()] + (0..<199).map { JSONTestArticles.generated(seed: UInt64(1000 + $0)) }
        var output = Data()
        let writer = JSONLinesWriter(bufferSize: 10_000) { output.append($0) }
        for article in articles { try writer.write(article) }
        try writer.flush()
        #expect(writer.count == articles.count)
        let lines = output.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.count == articles.count + 1 && lines.last?.isEmpty == true)
        // Each line is exactly the compact JSON form.
        for (line, article) in zip(lines, articles) { #expect(Data(line) == (try JSONArticleCodec().encode(article))) }

        let (reader, url) = try reader(for: output, chunkSize: chunkSize)
        defer { try? FileManager.default.removeItem(at: url) }
        var read: [Article] = []
        try reader.forEach { article, line in
            #expect(line == read.count + 1)
            read.append(article)
        }
        #expect(read == articles)
        #expect(try reader.next() == nil)
    }

    @Test("blank lines, CRLF line ends and a missing final newline are accepted")
    func lenientLineEnds() throws {
        let a = try JSONArticleCodec().encode(JSONArticleTestDocument.minimal)
        var data = Data("\n".utf8) + a + Data("\r\n  \n".utf8) + a
        data.append(contentsOf: [])
        let (reader, url) = try reader(for: data, chunkSize: 5)
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try #require(try reader.next())
        #expect(reader.lineNumber == 2)
        let second = try #require(try reader.next())
        #expect(reader.lineNumber == 4)
        #expect(first == second)
        #expect(try reader.next() == nil)
    }

    @Test("errors carry the record's line number and the JSON path")
    func errorLines() throws {
        let good = try JSONArticleCodec().encode(JSONTestArticles.complete())
        let bad = String(decoding: good, as: UTF8.self).replacingOccurrences(of: #""speaker":"e1""#, with: #""speaker":"e7""#)
        let data = good + Data("\n\n".utf8) + good + Data("\n".utf8) + Data(bad.utf8) + Data("\n{oops\n".utf8)
        let (reader, url) = try reader(for: data, chunkSize: 100)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try reader.next()
        _ = try reader.next()
        do {
            _ = try reader.next()
            Issue.record("a dangling speaker was accepted")
        } catch let error as NewsmarkError {
            #expect(error.location == SourceLocation(file: "corpus.jsonl", line: 4))
            #expect(error.message.hasPrefix(#"$.quotes[0].speaker: no discourse entity "e7""#))
            #expect(error.description.hasPrefix("corpus.jsonl:4: error: $.quotes[0].speaker"))
        }
        // Reading goes on after a bad record: the next line is malformed JSON, on line 5.
        do {
            _ = try reader.next()
            Issue.record("malformed JSON was accepted")
        } catch let error as NewsmarkError {
            #expect(error.location?.line == 5)
            #expect(error.message.hasPrefix("malformed JSON"))
        }
        #expect(try reader.next() == nil)
    }

    @Test("a line longer than the limit is an error, not an unbounded allocation")
    func lineLimit() throws {
        let line = try JSONArticleCodec().encode(JSONTestArticles.complete())
        let (reader, url) = try reader(for: line + Data("\n".utf8), chunkSize: 64, maxLineLength: 100)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: NewsmarkError.self) { try reader.next() }
    }

    @Test("the writer's output through a file handle")
    func fileHandleWriter() throws {
        let url = temporaryFile("out.jsonl")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        let writer = JSONLinesWriter(fileHandle: handle, bufferSize: 1)
        try writer.write(JSONTestArticles.complete())
        try writer.write(JSONArticleTestDocument.minimal)
        try writer.flush()
        try handle.close()
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasSuffix("\n"))
    }
}
