import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The project's hand-annotated samples as a small development check: the annotator's mentions are
/// compared with the sample's, as (text, type) pairs counted with multiplicity.
@Suite("Entity annotator on the samples")
struct EntitySampleArticleTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    /// The (text, type) pairs of a hand-annotated sample's mentions.
    static func gold(_ name: String) throws -> [Pair] {
        let xml = try String(contentsOf: samples.appendingPathComponent(name + ".xml"), encoding: .utf8)
        var pairs: [Pair] = []
        var rest = xml[...]
        while let open = rest.range(of: "<mention ") {
            let tag = rest[open.upperBound...]
            guard let close = tag.range(of: ">"), let end = tag.range(of: "</mention>") else { break }
            let attributes = tag[..<close.lowerBound]
            let body = tag[close.upperBound..<end.lowerBound]
            guard let typeStart = attributes.range(of: "type=\"") else { break }
            let type = attributes[typeStart.upperBound...].prefix { $0 != "\"" }
            pairs.append(Pair(String(body).replacingOccurrences(of: "&amp;", with: "&"), String(type)))
            rest = tag[end.upperBound...]
        }
        return pairs
    }

    static func predicted(_ name: String) throws -> Article {
        let raw = try String(contentsOf: samples.appendingPathComponent(name + ".txt"), encoding: .utf8)
        var options = RawTextConverter.Options()
        options.layers = [.entities]
        return try RawTextConverter(options: options).convert(raw, id: name).article
    }

    /// Precision, recall and F1 of multisets.
    static func score(gold: [Pair], predicted: [Pair]) -> (precision: Double, recall: Double, f1: Double) {
        var remaining = Dictionary(gold.map { ($0, 1) }, uniquingKeysWith: +)
        var hits = 0
        for pair in predicted where (remaining[pair] ?? 0) > 0 {
            remaining[pair]! -= 1
            hits += 1
        }
        let p = predicted.isEmpty ? 0 : Double(hits) / Double(predicted.count)
        let r = gold.isEmpty ? 0 : Double(hits) / Double(gold.count)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    @Test func seedArticleF1IsAtLeast95Percent() throws {
        let name = "rferl-1998-05-20-nato-russia"
        let gold = try Self.gold(name)
        #expect(gold.count > 60)
        let article = try Self.predicted(name)
        let result = Self.score(gold: gold, predicted: article.mentionPairs)
        #expect(result.f1 >= 0.95, "P \(result.precision) R \(result.recall) F1 \(result.f1)")
    }

    @Test func seedArticleCoreference() throws {
        let article = try Self.predicted("rferl-1998-05-20-nato-russia")
        let yeltsin = try #require(article.entity(of: "Yeltsin"))
        #expect(yeltsin.name == "Boris Yeltsin")
        #expect(yeltsin.knowledgeBaseID == "wikidata:Q34453")
        #expect(article.entity(of: "Boris Yeltsin")?.id == yeltsin.id)
        #expect(article.entity(of: "Kvashnin")?.name ?? article.entity(of: "Anatoly Kvashnin")?.name == "Anatoly Kvashnin")
        #expect(article.entity(of: "OSCE")?.id == article.entity(of: "Organization for Security and Cooperation in Europe")?.id)
        #expect(article.entity(of: "Western Alliance")?.id == article.entity(of: "NATO")?.id)
        #expect(article.entity(of: "NATO")?.knowledgeBaseID == "wikidata:Q7184")
        #expect(article.entity(of: "RFE/RL")?.type == "organization")
        // "the Alliance" is not a named mention.
        #expect(!article.mentionPairs.contains { $0.text == "Alliance" })
    }

    @Test(arguments: ["berlin-2026-11-23-rover-app", "senate-2025-10-14-rail-safety", "zurich-lodz-2026-03-03-climate-pact"])
    func otherSamplesScoreWell(name: String) throws {
        let gold = try Self.gold(name)
        let article = try Self.predicted(name)
        let result = Self.score(gold: gold, predicted: article.mentionPairs)
        #expect(result.f1 >= 0.75, "P \(result.precision) R \(result.recall) F1 \(result.f1): \(article.mentionPairs)")
    }
}
