import Foundation
import NewsmarkInterop
import NewsmarkModel
import Testing

/// Every way a JSON document can be wrong, each reported with the JSON path of the member at fault.
@Suite("JSON form rejections")
struct JSONRejectionTests {
    /// The error decoding the complete sample after `mutate` changed its JSON object.
    private func rejection(_ mutate: (inout [String: Any]) throws -> Void) throws -> NewsmarkError {
        var object = try JSONTestArticles.jsonObject(JSONTestArticles.complete())
        try mutate(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        return try rejection(data)
    }

    private func rejection(_ data: Data) throws -> NewsmarkError {
        do {
            _ = try JSONArticleCodec().decode(data, fileName: "bad.json")
        } catch let error as NewsmarkError {
            #expect(error.kind == .invalidInput)
            #expect(error.location?.file == "bad.json")
            return error
        }
        Issue.record("the document was accepted")
        return NewsmarkError(.usage, "accepted")
    }

    /// Sets `member` of element `index` of the array `array`.
    private func set(_ object: inout [String: Any], _ array: String, _ index: Int, _ member: String, _ value: Any?) {
        var items = object[array] as? [[String: Any]] ?? []
        items[index][member] = value
        object[array] = items
    }

    private func slice(_ object: [String: Any], _ start: Int, _ end: Int) -> String {
        let scalars = Array((object["text"] as? String ?? "").unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    private func minimal(text: String) -> Data {
        let object: [String: Any] = [
            "newsmark": "1.0", "id": "a1", "lang": "en", "offsets": "unicode-code-points", "text": text,
            "paragraphs": [["id": "p1", "start": 0, "end": text.unicodeScalars.count]],
        ]
        return (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    }

    @Test("version and offset unit")
    func versionAndUnit() throws {
        #expect(try rejection { $0["newsmark"] = "2.0" }.message == #"$.newsmark: unsupported format version "2.0"; this reader reads "1.0""#)
        #expect(try rejection { $0["offsets"] = "utf-16" }.message.hasPrefix(#"$.offsets: unsupported offset unit "utf-16""#))
    }

    @Test("dangling references: speaker, entity, anchor, continues, resp")
    func danglingReferences() throws {
        #expect(try rejection { set(&$0, "quotes", 2, "speaker", "e9") }.message == #"$.quotes[2].speaker: no discourse entity "e9" in $.discourseEntities"#)
        #expect(try rejection { set(&$0, "entities", 0, "entity", "e9") }.message == #"$.entities[0].entity: no discourse entity "e9" in $.discourseEntities"#)
        #expect(try rejection { set(&$0, "dates", 1, "anchor", "t9") }.message == #"$.dates[1].anchor: no date expression "t9" in $.dates"#)
        #expect(try rejection { set(&$0, "quotes", 1, "continues", "q9") }.message == #"$.quotes[1].continues: no quote "q9" in $.quotes"#)
        #expect(try rejection { set(&$0, "entities", 3, "resp", "nobody") }.message == #"$.entities[3].resp: no annotator "nobody" in $.annotators"#)
        #expect(try rejection { set(&$0, "discourseEntities", 0, "resp", "nobody") }.message.hasPrefix("$.discourseEntities[0].resp: no annotator"))
        // A speaker must be a discourse entity, not a mention.
        #expect(try rejection { set(&$0, "quotes", 0, "speaker", "m2") }.message.hasPrefix(#"$.quotes[0].speaker: no discourse entity "m2""#))
    }

    @Test("continuations name an earlier part, at most once; anchors do not cycle")
    func continuationsAndAnchors() throws {
        #expect(try rejection { set(&$0, "quotes", 0, "continues", "q3") }.message.hasPrefix(#"$.quotes[0].continues: quote "q3" [127,137) does not end before this part"#))
        #expect(try rejection { set(&$0, "quotes", 2, "continues", "q1") }.message == #"$.quotes[2].continues: quote "q1" is already continued by $.quotes[1]"#)
        #expect(try rejection { set(&$0, "dates", 0, "anchor", "t2") }.message.contains("anchors form a cycle"))
        #expect(try rejection { set(&$0, "dates", 0, "anchor", "t1") }.message.contains("$.dates[0].anchor: anchors form a cycle"))
    }

    @Test("offsets out of range, reversed, and text members that do not match")
    func offsets() throws {
        #expect(try rejection { set(&$0, "entities", 1, "end", 999) }.message == "$.entities[1].end: offset 999 is past the end of the text (159 code points)")
        #expect(try rejection { set(&$0, "entities", 1, "start", -1) }.message == "$.entities[1].start: offset -1 is negative")
        #expect(try rejection { set(&$0, "entities", 1, "start", 36); set(&$0, "entities", 1, "end", 30) }.message == "$.entities[1]: start 36 is after end 30")
        #expect(try rejection { set(&$0, "dates", 0, "end", 38); set(&$0, "dates", 0, "text", "") }.message == "$.dates[0]: the span [38,38) is empty; an annotation covers at least one code point")
        #expect(try rejection { set(&$0, "entities", 2, "text", "Unite") }.message == #"$.entities[2].text: "Unite" differs from the text at [71,76), "𝔘nite""#)
        // Offsets counted in UTF-16 units (as JavaScript does) are off by one after the astral 𝔘 in the headline.
        let shifted = try rejection { set(&$0, "entities", 0, "start", 23); set(&$0, "entities", 0, "end", 29) }
        #expect(shifted.message.hasPrefix("$.entities[0].text: \"Zürich\" differs from the text at [23,29)"))
    }

    @Test("annotations that cross instead of nesting, or leave their paragraph")
    func nesting() throws {
        let crossing = try rejection { object in
            var quotes = object["quotes"] as? [[String: Any]] ?? []
            quotes.append(["id": "q9", "kind": "scare", "start": 70, "end": 80, "text": slice(object, 70, 80)])
            object["quotes"] = quotes
        }
        #expect(crossing.message == "$.quotes[3]: [70,80) overlaps $.quotes[0] [62,78) without nesting inside it or containing it; inline annotations must nest")
        let mentionAcrossQuote = try rejection { object in
            set(&object, "entities", 3, "start", 76)
            set(&object, "entities", 3, "text", slice(object, 76, 93))
        }
        #expect(mentionAcrossQuote.message.contains("$.entities[3]: [76,93) overlaps $.quotes[0] [62,78)"))
        let acrossParagraphs = try rejection { object in
            set(&object, "entities", 0, "end", 32)
            set(&object, "entities", 0, "text", slice(object, 22, 32))
        }
        #expect(acrossParagraphs.message == "$.entities[0]: [22,32) does not lie inside one paragraph")
        let place = try rejection { object in
            var dateline = object["dateline"] as? [String: Any] ?? [:]
            dateline["place"] = ["start": 22, "end": 28, "text": "Zürich"]
            object["dateline"] = dateline
        }
        #expect(place.message == "$.dateline.place: [22,28) lies outside the dateline [30,58)")
    }

    @Test("unknown kinds, types, roles, modes and modifiers")
    func vocabularies() throws {
        #expect(try rejection { set(&$0, "quotes", 0, "kind", "indirect") }.message == #"$.quotes[0].kind: unknown quote kind "indirect" (expected one of direct, partial, scare)"#)
        #expect(try rejection { set(&$0, "dates", 0, "type", "era") }.message.hasPrefix(#"$.dates[0].type: unknown TIMEX3 type "era""#))
        #expect(try rejection { set(&$0, "dates", 0, "mod", "ROUGHLY") }.message.hasPrefix(#"$.dates[0].mod: unknown TIMEX3 modifier "ROUGHLY""#))
        #expect(try rejection { set(&$0, "dates", 0, "value", "2023-02-29") }.message.hasPrefix("$.dates[0].value: day 29 does not exist"))
        #expect(try rejection { set(&$0, "paragraphs", 1, "role", "footer") }.message.hasPrefix(#"$.paragraphs[1].role: unknown role "footer""#))
        #expect(try rejection { set(&$0, "entities", 0, "type", "weapon") }.message.hasPrefix(#"$.entities[0].type: "weapon" is not a declared entity type"#))
        #expect(try rejection { set(&$0, "discourseEntities", 1, "type", "weapon") }.message.hasPrefix(#"$.discourseEntities[1].type: "weapon""#))
        #expect(try rejection { set(&$0, "annotators", 0, "mode", "semi") }.message.hasPrefix(#"$.annotators[0].mode: unknown annotation mode "semi""#))
        #expect(try rejection { set(&$0, "annotators", 1, "kind", "robot") }.message.hasPrefix(#"$.annotators[1].kind: unknown annotator kind "robot""#))
        #expect(try rejection { $0["tagset"] = ["person", "person"] }.message == #"$.tagset[1]: entity type "person" is declared twice"#)
        #expect(try rejection { set(&$0, "quotes", 0, "cert", 1.5) }.message == "$.quotes[0].cert: a confidence lies between 0 and 1, found 1.5")
        #expect(try rejection { $0["tagset"] = ["person", "organization", "location", "misc", "event", "two words"] }.message.hasPrefix(#"$.tagset[5]: an entity type is an XML name"#))
        #expect(try rejection { set(&$0, "discourseEntities", 0, "kb", "Q34453") }.message.hasPrefix(#"$.discourseEntities[0].kb: "Q34453" is not a knowledge-base id"#))
        #expect(try rejection { set(&$0, "discourseEntities", 0, "name", "") }.message == "$.discourseEntities[0].name: the value is empty")
        #expect(try rejection { set(&$0, "quotes", 0, "cue", "") }.message == "$.quotes[0].cue: the value is empty")
        #expect(try rejection { set(&$0, "dates", 2, "quant", "ALWAYS") }.message.hasPrefix(#"$.dates[2].quant: "ALWAYS" is not a TIMEX3 quant"#))
        #expect(try rejection { set(&$0, "dates", 2, "freq", "twice") }.message.hasPrefix(#"$.dates[2].freq: "twice" is not a TIMEX3 freq"#))
    }

    @Test("paragraphs must partition the text")
    func paragraphs() throws {
        #expect(try rejection { set(&$0, "paragraphs", 1, "start", 31) }.message.hasPrefix("$.paragraphs[1].start: expected 30, found 31"))
        #expect(try rejection { set(&$0, "paragraphs", 0, "start", 1) }.message.hasPrefix("$.paragraphs[0].start: expected 0, found 1"))
        #expect(try rejection { object in
            object["paragraphs"] = Array((object["paragraphs"] as? [[String: Any]] ?? []).prefix(2))
            object["quotes"] = []
            object["dates"] = Array((object["dates"] as? [[String: Any]] ?? []).prefix(2))
        }.message == "$.paragraphs[1].end: the last paragraph ends at 106 but the text has 159 code points; paragraphs must cover the whole text")
        #expect(try rejection(minimal(text: "a\nb")).message.hasPrefix("$.paragraphs[0]: the paragraph contains a line break at offset 1"))
        #expect(try rejection(minimal(text: "a\u{1}b")).message == "$.text: code point U+0001 at offset 1 cannot be written in XML")
        #expect(try rejection { $0["paragraphs"] = [] }.message.hasPrefix("$.paragraphs: an article has at least one paragraph"))
        #expect(try rejection(minimal(text: "")).message.hasPrefix("$.paragraphs[0]: the paragraph is empty"))
    }

    @Test("ids: XML names, unique across the document")
    func ids() throws {
        #expect(try rejection { set(&$0, "entities", 1, "id", "m1") }.message == #"$.entities[1].id: id "m1" is already used by $.entities[0].id"#)
        #expect(try rejection { set(&$0, "dates", 0, "id", "q1") }.message.hasPrefix(#"$.dates[0].id: id "q1" is already used by $.quotes"#))
        #expect(try rejection { $0["id"] = "1abc" }.message.hasPrefix(#"$.id: "1abc" is not a valid id"#))
        #expect(try rejection { set(&$0, "paragraphs", 0, "id", "a b") }.message.hasPrefix(#"$.paragraphs[0].id: "a b" is not a valid id"#))
        #expect(try rejection { $0["lang"] = "en_US" }.message.hasPrefix(#"$.lang: "en_US" is not a BCP 47 language tag"#))
    }

    @Test("metadata")
    func metadata() throws {
        #expect(try rejection { object in
            var meta = object["meta"] as? [String: Any] ?? [:]
            meta["headline"] = "Another headline"
            object["meta"] = meta
        }.message.hasPrefix(#"$.meta.headline: "Another headline" differs from the headline paragraph"#))
        #expect(try rejection { object in
            var meta = object["meta"] as? [String: Any] ?? [:]
            meta["published"] = "2024-13-01"
            object["meta"] = meta
        }.message.hasPrefix("$.meta.published: month 13 does not exist"))
        #expect(try rejection { object in
            var meta = object["meta"] as? [String: Any] ?? [:]
            meta["published"] = "May 2024"
            object["meta"] = meta
        }.message.hasPrefix(#"$.meta.published: "May 2024" is not a date"#))
        #expect(try rejection { object in
            var meta = object["meta"] as? [String: Any] ?? [:]
            meta["published"] = "2024-05-01T10:00+0200"
            object["meta"] = meta
        }.message.hasPrefix(#"$.meta.published: "2024-05-01T10:00+0200": a time zone is written Z, +hh:mm or -hh:mm"#))
    }

    @Test("JSON shape: unknown and missing members, wrong value kinds, malformed JSON")
    func shape() throws {
        #expect(try rejection { set(&$0, "quotes", 0, "speakr", "e1") }.message.hasPrefix("$.quotes[0].speakr: unknown member (the members of $.quotes[0] are id, start, end, text, kind, speaker"))
        #expect(try rejection { $0["Text"] = "x" }.message.hasPrefix("$.Text: unknown member"))
        #expect(try rejection { set(&$0, "entities", 0, "start", nil) }.message == #"$.entities[0]: missing required member "start""#)
        #expect(try rejection { $0["text"] = nil }.message == #"$: missing required member "text""#)
        #expect(try rejection { set(&$0, "entities", 0, "start", "22") }.message == "$.entities[0].start: expected an integer, found a string")
        #expect(try rejection { $0["entities"] = ["a": 1] }.message.hasPrefix("$.entities: expected an array"))
        #expect(try rejection { set(&$0, "entities", 0, "start", 22.5) }.message.contains("$.entities[0].start"))
        let array = try rejection(Data("[]".utf8))
        #expect(array.message.hasPrefix("$: expected an object"))
        #expect(try rejection(Data("  \n".utf8)).message == "the JSON is empty")
        let syntax = try rejection(Data("{\"newsmark\": \"1.0\",\n  \"id\": tru}".utf8))
        #expect(syntax.message.hasPrefix("malformed JSON"))
        #expect(syntax.location?.line == 2)
    }
}
