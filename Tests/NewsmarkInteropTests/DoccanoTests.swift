import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkInterop

@Suite("doccano JSONL")
struct DoccanoTests {
    let original = SampleArticle.make()

    func exportedLine() throws -> [String: JSONValue] {
        let data = try DoccanoExporter().export([original])
        guard case .object(let line) = try JSONValue.parse(data, file: nil) else { throw NewsmarkError(.usage, "not an object") }
        return line
    }

    @Test("an unedited round trip gives the original back exactly")
    func unchangedRoundTrip() throws {
        let data = try DoccanoExporter().export([original])
        #expect(data.last == 0x0A && data.filter { $0 == 0x0A }.count == 1)
        let result = try DoccanoMerge.merge(data, onto: original)
        #expect(result.report.isEmpty)
        #expect(result.article == original)
    }

    @Test("labels count code points, also after a character outside the BMP")
    func codePoints() throws {
        let labels = try exportedLine()["label"]?.array ?? []
        #expect(labels.contains(.array([.number(40), .number(48), .string("location")])))
        #expect(labels.contains(.array([.number(0), .number(14), .string("organization")])))
        #expect(labels.count == original.mentions.count + original.quotes.count + original.temporalExpressions.count)
    }

    @Test("a manual edit is merged: added entity, changed date value, deleted quote")
    func mergesEdit() throws {
        var line = try exportedLine()
        let overdue = SpanFinder(original.text).span("\"overdue\"")
        let mira = SpanFinder(original.text).span("Mira Solberg")
        var labels = line["label"]?.array ?? []
        labels.removeAll { $0 == .array([.number(Double(overdue.start)), .number(Double(overdue.end)), .string("quote")]) }
        labels.append(.array([.number(Double(mira.start)), .number(Double(mira.end)), .string("person")]))
        line["label"] = .array(labels.reversed())  // doccano does not keep the order
        // doccano keeps metadata under "meta"; the value is edited there.
        let metadata = try JSONValue.parse(try (line["newsmark"] ?? .null).encoded(), file: nil)
        let edited = try String(decoding: metadata.encoded(), as: UTF8.self).replacingOccurrences(of: "2024-02-27", with: "2024-02-26")
        line["meta"] = .object(["newsmark": try JSONValue.parse(Data(edited.utf8), file: nil)])
        line["newsmark"] = nil
        let data = try JSONValue.object(line).encoded()
        let result = try DoccanoMerge.merge(data, onto: original, annotatorID: "ann3")
        #expect(result.report.added == ["m9"])
        #expect(result.report.changed == ["t2"])
        #expect(result.report.removed == ["q4"])
        #expect(result.article.temporalExpressions.first { $0.id == "t2" }?.value == "2024-02-26")
        #expect(result.article.mentions.first { $0.id == "m9" }?.span == mira)
        #expect(result.article.quotes.count == 3)
    }

    @Test("a label changed in place keeps its id; a label without metadata is matched by span")
    func relabel() throws {
        let oslo = SpanFinder(original.text).span("OSLO")
        let data = try JSONValue.object([
            "text": .string(original.text),
            "label": .array([.array([.number(Double(oslo.start)), .number(Double(oslo.end)), .string("organization")])]),
        ]).encoded()
        let result = try DoccanoMerge.merge(data, onto: original)
        #expect(result.report.changed == ["m3"])
        #expect(result.article.mentions.first { $0.id == "m3" }?.type == "organization")
        #expect(result.report.removed.count == original.mentions.count + original.quotes.count + original.temporalExpressions.count - 1)
    }

    @Test("bad lines are reported with their line number")
    func errors() {
        let data = Data("{\"text\": \"abc\", \"label\": []}\n{\"text\": \"abc\", \"label\": [[0, 9, \"person\"]]}\n".utf8)
        #expect {
            try DoccanoReader().read(data, file: "x.jsonl")
        } throws: { ($0 as? NewsmarkError)?.location?.line == 2 }
        #expect(throws: NewsmarkError.self) { try DoccanoReader().read(Data("{oops\n".utf8)) }
    }
}
