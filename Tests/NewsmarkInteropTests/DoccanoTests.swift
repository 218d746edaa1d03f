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

    @Test("labels count UTF-16 units by default, as doccano's editor does, and record the unit")
    func utf16ByDefault() throws {
        let line = try exportedLine()
        let labels = line["label"]?.array ?? []
        // "Harbor Council 🚢 Approves Ferry Line to " is 40 code points and 41 UTF-16 units.
        #expect(labels.contains(.array([.number(41), .number(49), .string("location")])))
        #expect(labels.contains(.array([.number(0), .number(14), .string("organization")])))
        #expect(labels.count == original.mentions.count + original.quotes.count + original.temporalExpressions.count)
        #expect(line["newsmark"]?["offsets"]?.string == "utf-16")
    }

    @Test("code-point and grapheme offsets on request, each read back exactly")
    func otherUnits() throws {
        for unit in OffsetUnit.allCases {
            let data = try DoccanoExporter(unit: unit).export([original])
            #expect(try DoccanoMerge.merge(data, onto: original).article == original, "\(unit)")
        }
        let line = try JSONValue.parse(try DoccanoExporter(unit: .codePoints).export([original]), file: nil)
        #expect(line["label"]?.array?.contains(.array([.number(40), .number(48), .string("location")])) == true)
        // A family emoji is one grapheme, seven code points and eleven UTF-16 units.
        var family = Article(id: "f", blocks: [(.body, "👨‍👩‍👧‍👦 met Anna")])
        family.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 12, end: 16))]
        let graphemes = try JSONValue.parse(try DoccanoExporter(unit: .graphemes).export([family]), file: nil)
        #expect(graphemes["label"]?.array == [.array([.number(6), .number(10), .string("person")])])
        let utf16 = try JSONValue.parse(try DoccanoExporter().export([family]), file: nil)
        #expect(utf16["label"]?.array == [.array([.number(16), .number(20), .string("person")])])
    }

    @Test("a file without the unit is read in the unit asked for; offsets inside a surrogate pair are an error")
    func unitWithoutMetadata() throws {
        let text = "🚢 Nesodden"
        let line = { (start: Int, end: Int) in
            try JSONValue.object(["text": .string(text), "label": .array([.array([.number(Double(start)), .number(Double(end)), .string("location")])])]).encoded()
        }
        #expect(try DoccanoReader().read(try line(3, 11)).first?.annotations.first?.span == TextSpan(start: 2, end: 10))
        #expect(try DoccanoReader(unit: .codePoints).read(try line(2, 10)).first?.annotations.first?.span == TextSpan(start: 2, end: 10))
        #expect(throws: NewsmarkError.self) { try DoccanoReader().read(try line(1, 11)) }
    }

    @Test("a manual edit is merged: added entity, changed date value, deleted quote")
    func mergesEdit() throws {
        var line = try exportedLine()
        // UTF-16 offsets: one more than code points after the headline's emoji.
        let overdue = SpanFinder(original.text).span("\"overdue\"").shifted(by: 1)
        let mira = SpanFinder(original.text).span("Mira Solberg").shifted(by: 1)
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
        #expect(result.article.mentions.first { $0.id == "m9" }?.span == mira.shifted(by: -1))
        #expect(result.article.quotes.count == 3)
    }

    @Test("a label changed in place keeps its id; a label without metadata is matched by span")
    func relabel() throws {
        let codePoints = SpanFinder(original.text).span("OSLO")
        let oslo = TextSpan(start: codePoints.start + 1, end: codePoints.end + 1)  // UTF-16: one more after the emoji
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
