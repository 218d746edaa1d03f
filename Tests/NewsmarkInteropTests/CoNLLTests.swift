import NewsmarkModel
import Testing
@testable import NewsmarkInterop

@Suite("CoNLL columns")
struct CoNLLTests {
    let original = SampleArticle.make()

    @Test("export writes BIO tags over the shared tokens, outermost entities only")
    func export() {
        let conll = CoNLLExporter().export(original)
        #expect(conll.hasPrefix("-DOCSTART- -X- -X- O\n\nHarbor -X- -X- B-ORG\nCouncil -X- -X- I-ORG\n🚢 -X- -X- O\n"))
        #expect(conll.contains("\nKari -X- -X- B-PER\nVik -X- -X- I-PER\n. -X- -X- O\n\n"))
        // "Norwegian" (misc) is nested in the organization and left out.
        #expect(conll.contains("\nNorwegian -X- -X- B-ORG\nFerry -X- -X- I-ORG\nAssociation -X- -X- I-ORG\n"))
        #expect(!conll.contains("MISC"))
    }

    @Test("an unedited round trip gives the original back exactly, nested entities included")
    func roundTrip() throws {
        let result = try CoNLLMerge.merge(CoNLLExporter().export(original), onto: original)
        #expect(result.report.isEmpty)
        #expect(result.article == original)
    }

    @Test("edits are merged: a new person, a relabelled location, a removed entity")
    func edit() throws {
        var lines = CoNLLExporter().export(original).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines = lines.map { line in
            switch line {
            case "Mira -X- -X- O": "Mira -X- -X- B-PER"
            case "Solberg -X- -X- O": "Solberg -X- -X- I-PER"
            case "OSLO -X- -X- B-LOC": "OSLO -X- -X- B-ORG"
            case "Vik -X- -X- B-PER": "Vik -X- -X- O"
            default: line
            }
        }
        let result = try CoNLLMerge.merge(lines.joined(separator: "\n"), onto: original, annotatorID: "ann4")
        #expect(result.report.added == ["m9"])
        #expect(result.report.changed == ["m3"])
        #expect(result.report.removed == ["m6"])
        let merged = result.article
        #expect(merged.mentions.first { $0.id == "m9" }?.span == SpanFinder(original.text).span("Mira Solberg"))
        #expect(merged.mentions.first { $0.id == "m3" }?.type == "organization")
        // Nested and non-entity annotations are kept.
        #expect(merged.mentions.contains { $0.id == "m8" })
        #expect(merged.quotes == original.quotes && merged.temporalExpressions == original.temporalExpressions)
    }

    @Test("different tokens are a conflict naming the CoNLL line and the place in the text")
    func conflict() {
        let conll = CoNLLExporter().export(original).replacingOccurrences(of: "\nharbor -X-", with: "\nharbour -X-")
        #expect {
            try CoNLLMerge.merge(conll, onto: original, file: "e.conll")
        } throws: { error in
            guard let error = error as? NewsmarkError else { return false }
            return error.location?.line == 23 && error.message.contains("'harbour' where the original has 'harbor'")
                && error.message.contains("line 5, column 27")
        }
    }

    @Test("IOB1 and two-column files are read")
    func iob1() throws {
        let documents = try CoNLLReader().read("Anna I-PER\nBerg I-PER\nmet O\nCarl I-PER\nin O\nOslo I-LOC\n")
        #expect(documents.count == 1)
        #expect(documents[0].entities.map(\.tokens) == [0..<2, 3..<4, 5..<6])
        #expect(documents[0].entities.map(\.type) == ["person", "person", "location"])
        #expect(throws: NewsmarkError.self) { try CoNLLReader().read("Anna X-PER\n") }
    }
}
