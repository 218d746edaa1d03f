import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The first and last words of the longer titles, which let the title look-ups skip the keys of more
/// than one token, are exactly those of the title list.
@Suite struct TitleEdgeWordsTests {
    @Test func edgeWordsAreThoseOfTheLongerTitles() {
        let gazetteer = Gazetteer.shared
        var firsts = Set<String>()
        var lasts = Set<String>()
        for (key, _) in gazetteer.titles.table.entries where key.contains(" ") {
            let words = key.split(separator: " ", omittingEmptySubsequences: false)
            firsts.insert(String(words[0]))
            lasts.insert(String(words[words.count - 1]))
        }
        #expect(!firsts.isEmpty)
        for word in firsts { #expect(gazetteer.titleFirstWords.value(word) != nil, "\(word)") }
        for word in lasts { #expect(gazetteer.titleLastWords.value(word) != nil, "\(word)") }
        #expect(gazetteer.titleFirstWords.count == firsts.count)
        #expect(gazetteer.titleLastWords.count == lasts.count)
        // Every token of a text: the form's answers equal the sets'.
        let text = "Prime Minister Ana Lopes met the deputy prime minister, Gen. Rui Vaz, and the vice president."
        let analysis = TextAnalysis(article: Article(id: "t", blocks: [(role: .body, text: text)]))
        let forms = EntityTokenForms(analysis: analysis, gazetteer: gazetteer)
        for token in forms.tokens {
            #expect(token.form.startsLongerTitle == firsts.contains(token.lower), "\(token.text)")
            #expect(token.form.endsLongerTitle == lasts.contains(token.lower), "\(token.text)")
        }
    }
}
