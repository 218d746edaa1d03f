import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkInterop

@Suite("Label Studio")
struct LabelStudioTests {
    let original = SampleArticle.make()

    func exported() throws -> JSONValue {
        try JSONValue.parse(LabelStudioExporter().export([original]), file: nil)
    }

    func results(_ tasks: JSONValue) -> [JSONValue] {
        tasks.array?.first?["predictions"]?.array?.first?["result"]?.array ?? []
    }

    /// Replaces the result list of the first task by an annotation made of `results`, as Label Studio exports it.
    func annotated(_ tasks: JSONValue, _ results: [JSONValue]) throws -> Data {
        guard case .object(var task) = tasks.array?.first else { throw NewsmarkError(.usage, "no task") }
        task["annotations"] = .array([.object(["id": .number(7), "was_cancelled": .bool(false), "result": .array(results)])])
        return try JSONValue.array([.object(task)]).encoded()
    }

    @Test("an unedited round trip gives the original back exactly")
    func unchangedRoundTrip() throws {
        let data = try LabelStudioExporter().export([original])
        let result = try LabelStudioMerge.merge(data, onto: original)
        #expect(result.report.isEmpty)
        #expect(result.article == original)
        // Also when the predictions were accepted as an annotation.
        let accepted = try annotated(try exported(), results(try exported()))
        #expect(try LabelStudioMerge.merge(accepted, onto: original).article == original)
    }

    @Test("offsets are code points, also after a character outside the BMP")
    func codePointOffsets() throws {
        let region = try #require(results(try exported()).first { $0["id"]?.string == "m2" })
        // "Harbor Council 🚢 Approves Ferry Line to " is 40 code points (41 UTF-16 units).
        #expect(region["value"]?["start"]?.int == 40)
        #expect(region["value"]?["end"]?.int == 48)
        #expect(region["value"]?["text"]?.string == "Nesodden")
        let before = try #require(results(try exported()).first { $0["id"]?.string == "m1" })
        #expect(before["value"]?["start"]?.int == 0 && before["value"]?["end"]?.int == 14)
    }

    @Test("the offset map converts both ways and rejects split surrogate pairs")
    func offsetMap() {
        let map = UTF16OffsetMap(ScalarText("a😀b𝕏c"))
        #expect((0...5).map(map.utf16Offset(ofCodePoint:)) == [0, 1, 3, 4, 6, 7])
        #expect(map.codePointOffset(ofUTF16: 3) == 2)
        #expect(map.codePointOffset(ofUTF16: 2) == nil)
        #expect(map.codePointOffset(ofUTF16: 7) == 5)
        #expect(map.hasAstralCharacters)
    }

    @Test("regions in UTF-16 units (older Label Studio versions) are recognized by their text")
    func utf16Fallback() throws {
        let text = "🚢 Nesodden"
        let task = JSONValue.array([.object([
            "data": .object(["text": .string(text)]),
            "annotations": .array([.object(["result": .array([.object([
                "id": .string("x1"), "type": .string("labels"), "from_name": .string("label"), "to_name": .string("text"),
                "value": .object(["start": .number(3), "end": .number(11), "text": .string("Nesodden"), "labels": .array([.string("location")])]),
            ])])])]),
        ])])
        let document = try LabelStudioReader().read(try task.encoded()).first
        #expect(document?.annotations.first?.span == TextSpan(start: 2, end: 10))
    }

    @Test("a manual edit is merged: added entity, changed date value, deleted quote")
    func mergesEdit() throws {
        let tasks = try exported()
        var results = results(tasks)
        // Delete the scare quote q4 (its label and kind results).
        results.removeAll { $0["id"]?.string == "q4" }
        // Change the value of "Tuesday" in its text area.
        results = results.map { result in
            guard result["id"]?.string == "t2", result["type"]?.string == "textarea", case .object(var r) = result else { return result }
            r["value"] = .object(["start": result["value"]?["start"] ?? .null, "end": result["value"]?["end"] ?? .null,
                                  "text": .array([.string("2024-02-26")])])
            return .object(r)
        }
        // Add "Mira Solberg" as a person, with a Label Studio region id.
        let mira = SpanFinder(original.text).span("Mira Solberg")
        results.append(.object([
            "id": .string("Zq8_uK2pLm"), "type": .string("labels"), "from_name": .string("label"), "to_name": .string("text"),
            "value": .object(["start": .number(Double(mira.start)), "end": .number(Double(mira.end)),
                              "text": .string("Mira Solberg"), "labels": .array([.string("person")])]),
        ]))
        let result = try LabelStudioMerge.merge(try annotated(tasks, results), onto: original, annotatorID: "ann2")
        #expect(result.report.added == ["m9"])
        #expect(result.report.changed == ["t2"])
        #expect(result.report.removed == ["q4"])
        let merged = result.article
        #expect(merged.mentions.first { $0.id == "m9" }?.span == mira)
        #expect(merged.temporalExpressions.first { $0.id == "t2" }?.value == "2024-02-26")
        #expect(merged.temporalExpressions.first { $0.id == "t2" }?.anchorID == "t1")
        #expect(merged.quotes.map(\.id) == ["q1", "q2", "q3"])
        #expect(merged.quotes.first { $0.id == "q3" } == original.quotes.first { $0.id == "q3" })
        #expect(merged.annotators.contains(Annotator(id: "ann2", kind: .person, name: "ann2", mode: .manual)))
    }

    @Test("a region added by an older version, in UTF-16 units after the emoji, lands on the right text")
    func olderVersionRegion() throws {
        let tasks = try exported()
        let mira = SpanFinder(original.text).span("Mira Solberg")
        let region = JSONValue.object([
            "id": .string("old1"), "type": .string("labels"), "from_name": .string("label"), "to_name": .string("text"),
            "value": .object(["start": .number(Double(mira.start + 1)), "end": .number(Double(mira.end + 1)),
                              "text": .string("Mira Solberg"), "labels": .array([.string("person")])]),
        ])
        let result = try LabelStudioMerge.merge(try annotated(tasks, results(tasks) + [region]), onto: original)
        #expect(result.report.added == ["m9"])
        #expect(result.article.mentions.first { $0.id == "m9" }?.span == mira)
    }

    @Test("a speaker relation and a kind choice are read")
    func speakerAndKind() throws {
        let tasks = try exported()
        var results = results(tasks).filter { !($0["type"]?.string == "choices" && $0["id"]?.string == "q4") }
        results.append(.object(["id": .string("q4"), "type": .string("choices"), "from_name": .string("kind"), "to_name": .string("text"),
                                "value": .object(["start": .number(0), "end": .number(1), "choices": .array([.string("partial")])])]))
        results.append(LabelStudioExporter.relation(from: "q4", to: "m7", label: "speaker"))
        let merged = try LabelStudioMerge.merge(try annotated(tasks, results), onto: original).article
        let quote = try #require(merged.quotes.first { $0.id == "q4" })
        #expect(quote.kind == .partial && quote.speakerID == "e2")
    }

    @Test("a changed text is a conflict")
    func conflict() throws {
        guard case .object(var task) = try exported().array?.first, case .object(var data) = task["data"] else { return }
        data["text"] = .string(original.text.replacingOccurrences(of: "Kari", with: "Kári"))
        task["data"] = .object(data)
        #expect(throws: NewsmarkError.self) { try LabelStudioMerge.merge(try JSONValue.array([.object(task)]).encoded(), onto: original) }
    }

    @Test("the labeling configuration lists every label and the per-region controls")
    func config() {
        let xml = LabelStudioConfig.xml(tagSet: original.tagSet)
        #expect(xml.contains("<Label value=\"person\""))
        #expect(xml.contains("<Label value=\"quote\""))
        #expect(xml.contains("<Choices name=\"kind\" toName=\"text\" perRegion=\"true\""))
        #expect(xml.contains("<TextArea name=\"value\" toName=\"text\" perRegion=\"true\""))
    }
}
