import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkInterop

/// Mangled tool files must give a merged article or a `NewsmarkError`, never a crash.
@Suite("Merge robustness")
struct MergeRobustnessTests {
    let original = SampleArticle.make()

    /// A small deterministic generator (64-bit LCG), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    /// Replaces a random character of `text` by one of a few troublesome ones, or deletes a line.
    static func mangle(_ text: String, _ random: inout Generator) -> String {
        var scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return text }
        for _ in 0..<(1 + random.next(3)) {
            let replacements: [Unicode.Scalar] = ["0", "9", "-", "\t", " ", "\n", ";", "=", "\"", "{", "]", ",", "T", "😀"]
            let index = random.next(scalars.count)
            switch random.next(3) {
            case 0: scalars[index] = replacements[random.next(replacements.count)]
            case 1: scalars.remove(at: index)
            default: scalars.insert(replacements[random.next(replacements.count)], at: index)
            }
            if scalars.isEmpty { break }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    func check(_ body: () throws -> MergeResult) {
        do {
            let result = try body()
            // Whatever merged must still be inside the text.
            let length = result.article.text.unicodeScalars.count
            for span in result.article.mentions.map(\.span) + result.article.quotes.map(\.span) + result.article.temporalExpressions.map(\.span) {
                #expect(span.start >= 0 && span.end <= length && span.start < span.end)
            }
        } catch is NewsmarkError {
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }

    @Test("mangled brat, Label Studio, doccano and CoNLL files never crash the merge")
    func mangled() throws {
        var random = Generator(state: 42)
        let brat = BratExporter().export(original)
        let labelStudio = String(decoding: try LabelStudioExporter().export([original], pretty: false), as: UTF8.self)
        let doccano = String(decoding: try DoccanoExporter().export([original]), as: UTF8.self)
        let conll = CoNLLExporter().export(original)
        for _ in 0..<60 {
            let ann = Self.mangle(brat.annotations, &random)
            check { try BratMerge.merge(BratDocument(text: brat.text, annotations: ann), onto: original) }
            let tasks = Self.mangle(labelStudio, &random)
            check { try LabelStudioMerge.merge(Data(tasks.utf8), onto: original) }
            let lines = Self.mangle(doccano, &random)
            check { try DoccanoMerge.merge(Data(lines.utf8), onto: original) }
            let columns = Self.mangle(conll, &random)
            check { try CoNLLMerge.merge(columns, onto: original) }
        }
    }
}
