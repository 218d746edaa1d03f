import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The shared token forms give every token exactly what deriving it on its own gives.
@Suite struct EntityTokenFormTests {
    static let text = """
        Russia's President Boris Yeltsin said on Monday that RUSSIA's NATO-Russia talks went well.

        The U.S. Army and the u.s. army: Café, CAFÉ, café's, Zürich’s officials — "We'll see," he said; 1990s, 3pm, U.N.

        the Alliance, the alliance, McDonald's, O'Neill, e-mail, www.example.com, 1,000 and 15:30.
        """

    @Test func repeatedFormsAreSharedAndEqualToTheirOwnDerivation() {
        let article = Article(id: "t", blocks: EntityTokenFormTests.text.components(separatedBy: "\n\n").map { (role: BlockRole.body, text: $0) })
        let analysis = TextAnalysis(article: article)
        let forms = EntityTokenForms(analysis: analysis, gazetteer: .shared)
        #expect(forms.tokens.count == analysis.tokens.count)
        var seen: [String: EntityTokenForm] = [:]
        for (token, entityToken) in zip(analysis.tokens, forms.tokens) {
            let alone = EntityTokenForm(token: token, text: analysis.text, gazetteer: .shared)
            #expect(entityToken.span == token.span)
            #expect(entityToken.kind == token.kind)
            #expect(entityToken.text == analysis.text.string(token.span))
            #expect(entityToken.text == alone.text)
            #expect(entityToken.lower == alone.lower)
            #expect(entityToken.stem == alone.stem)
            #expect(entityToken.stemEnd == token.span.end - alone.possessiveLength)
            #expect(entityToken.isCapitalized == alone.isCapitalized)
            #expect(entityToken.isAllCaps == alone.isAllCaps)
            #expect(entityToken.hasLetter == alone.hasLetter)
            #expect(entityToken.characterCount == entityToken.text.count)
            let key = "\(token.kind)|\(entityToken.text)"
            if let earlier = seen[key] { #expect(earlier === entityToken.form) } else { seen[key] = entityToken.form }
        }
        #expect(seen.count < forms.tokens.count)  // "the", ",", "said" … repeat
    }

    @Test func lowercaseWordsAndCommonWordsFollowTheDocument() {
        let article = Article(id: "t", blocks: [(role: .body, text: EntityTokenFormTests.text)])
        let analysis = TextAnalysis(article: article)
        let forms = EntityTokenForms(analysis: analysis, gazetteer: .shared)
        // Every lower-case word token's lower form, and nothing else.
        var expected = Set<String>()
        for token in forms.tokens where token.isWord && token.hasLetter && !token.isCapitalized { expected.insert(token.lower) }
        #expect(forms.lowercaseWords == expected)
        let gazetteer = Gazetteer.shared
        for token in forms.tokens {
            let common = gazetteer.commonWords.contains(token.stem) || expected.contains(token.stem)
                || gazetteer.nonNames.contains(token.stem)
            #expect(token.form.isCommonWord == common, "\(token.text)")
            #expect(token.form.isPersonNameWord == (gazetteer.surnames.contains(token.stem) || gazetteer.givenNames.contains(token.stem)))
            #expect(token.form.longestPhrase == gazetteer.longestPhrase(startingWith: token.lower))
            #expect(token.form.isSportsWord == gazetteer.sportsWords.contains(token.lower))
            #expect(token.form.hasHyphen == token.lower.utf8.contains(0x2D))
        }
        // "alliance" is written in lower case, so "Alliance" is a common word here.
        #expect(forms.tokens.first { $0.text == "Alliance" }?.form.isCommonWord == true)
    }
}
