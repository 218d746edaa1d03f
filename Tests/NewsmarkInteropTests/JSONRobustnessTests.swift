import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkTestSupport
import NewsmarkXML
import Testing

/// Damaged input must give a `NewsmarkError`, never a crash: random offsets, random ids, random bytes.
@Suite("JSON form robustness")
struct JSONRobustnessTests {
    /// Decodes `data`; an accepted article must be written as XML that the XML Schema accepts.
    private func decodeOrError(_ data: Data) -> Bool {
        do {
            let article = try JSONArticleCodec().decode(data, fileName: "fuzz.json")
            let xml = try XMLArticleWriter().write(article)
            let problems = try SchemaValidator.xsd().validate(xml).map(\.description)
            #expect(problems.isEmpty, "\(problems) in \(String(decoding: data, as: UTF8.self))")
            return true
        } catch is NewsmarkError {
            return false
        } catch {
            Issue.record("not a NewsmarkError: \(error)")
            return false
        }
    }

    @Test("random offsets and references are refused cleanly", arguments: 0..<2)
    func randomMembers(round: Int) throws {
        var random = SplitMix64(seed: UInt64(77 + round))
        let base = try JSONTestArticles.jsonObject(JSONTestArticles.complete())
        let length = (base["text"] as? String ?? "").unicodeScalars.count
        var accepted = 0
        for _ in 0..<300 {
            var object = base
            for _ in 0...random.below(3) {
                let array = random.pick(["entities", "quotes", "dates", "paragraphs"])
                var items = object[array] as? [[String: Any]] ?? []
                guard !items.isEmpty else { continue }
                let index = random.below(items.count)
                let member = random.pick(["start", "end", "start", "end", "id", "speaker", "anchor", "continues", "entity"])
                let value: Any = ["start", "end"].contains(member)
                    ? random.below(length + 10) - 5
                    : random.pick(["e1", "e2", "m1", "q1", "q2", "t1", "p1", "zz", "sample-1"])
                items[index][member] = value
                object[array] = items
            }
            if decodeOrError(try JSONSerialization.data(withJSONObject: object)) { accepted += 1 }
        }
        // Most random changes break a rule; a few land on another valid document.
        #expect(accepted < 150)
    }

    @Test("random byte damage is refused cleanly")
    func randomBytes() throws {
        var random = SplitMix64(seed: 4242)
        let base = try JSONArticleCodec().encode(JSONTestArticles.complete())
        for _ in 0..<800 {
            var bytes = [UInt8](base)
            for _ in 0...random.below(4) {
                let position = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[position] = UInt8(random.below(256))
                case 1: bytes.remove(at: position)
                default: bytes.insert(random.pick(Array("{}[]\",:0123456789\\".utf8)), at: position)
                }
            }
            _ = decodeOrError(Data(bytes))
        }
    }
}
