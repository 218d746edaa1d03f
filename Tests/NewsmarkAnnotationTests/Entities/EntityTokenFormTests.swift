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
        let gazetteer = Gazetteer.shared
        for token in forms.tokens {
            #expect(token.form.stemIsLowercaseWord == expected.contains(token.stem), "\(token.text)")
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

    @Test func stemNumbersAreEqualExactlyForEqualStems() {
        let article = Article(id: "t", blocks: [(role: .body, text: EntityTokenFormTests.text + " Caf\u{E9}s caf\u{65}\u{301}s a;b a\u{37E}b")])
        let analysis = TextAnalysis(article: article)
        let forms = EntityTokenForms(analysis: analysis, gazetteer: .shared)
        for a in forms.tokens {
            #expect(forms.stems[Int(a.form.stemID)] == a.stem)
            for b in forms.tokens {
                #expect((a.form.stemID == b.form.stemID) == (a.stem == b.stem), "\(a.stem) \(b.stem)")
            }
        }
        #expect(forms.theStemID >= 0 && forms.stems[Int(forms.theStemID)] == "the")
    }

    /// Each answer a form remembers equals the look-up it stands for.
    @Test func rememberedAnswersEqualTheirLookUps() {
        let text = EntityTokenFormTests.text + " Ohio-based KeyCorp, pan-European, post-Soviet, spokesman said (D-Ore.) Scorers voted RBI"
        let article = Article(id: "t", blocks: [(role: .body, text: text)])
        let analysis = TextAnalysis(article: article)
        let forms = EntityTokenForms(analysis: analysis, gazetteer: .shared)
        let g = Gazetteer.shared
        var prefixed = 0
        for token in forms.tokens {
            let form = token.form
            #expect(form.isOpener == MentionFinder.openers.contains(token.text))
            #expect(form.isThe == (token.lower == "the"))
            #expect(form.isPeriod == (token.text == "."))
            #expect(form.isSpeechVerb == MentionFinder.speechVerbs.contains(token.lower))
            #expect(form.isOrganizationNoun == MentionFinder.organizationNouns.contains(token.lower))
            #expect(form.isOrganizationFollower == MentionFinder.organizationFollowers.contains(token.lower))
            #expect(form.isOrganizationOfNoun == MentionFinder.organizationOfNouns.contains(token.lower))
            #expect(form.isNamingFollower == MentionFinder.namingFollowers.contains(token.lower))
            #expect(form.isAcronymConnector == MentionFinder.acronymConnectors.contains(token.lower))
            #expect(form.isAbbreviatedCompanyWord == EntityAnnotator.abbreviatedCompanyWords.contains(token.lower))
            #expect(form.lowerIsTitle == g.titles.contains(token.lower))
            #expect(form.stemIsTitle == g.titles.contains(token.stem))
            #expect(form.stemIsSportsStatistic == MentionFinder.sportsStatistics.contains(token.stem))
            #expect(form.stemEntity == g.entityRef(phrase: token.stem))
            let head: EntityKind? = g.organizationHeads.contains(token.stem) ? .organization
                : g.miscHeads.contains(token.stem) ? .misc : g.locationHeads.contains(token.stem) ? .location : nil
            #expect(form.stemHeadKind == head)
            let suffix = token.lower.split(separator: "-", omittingEmptySubsequences: false).last.map(String.init)
            #expect(form.hasPlaceAdjectiveSuffix
                    == (token.lower.contains("-") && MentionFinder.placeAdjectiveSuffixes.contains(suffix ?? "")))
            let bytes = Array(token.text.utf8)
            #expect(form.isPartyTagShape == (token.text.count >= 3 && bytes.count >= 3 && [0x44, 0x52, 0x49].contains(bytes[0])
                                              && bytes[1] == 0x2D && bytes[2] >= 0x41 && bytes[2] <= 0x5A))
            let parts = token.stem.split(separator: "-")
            let prefixedNationality = form.hasHyphen && token.text != token.lower && parts.count >= 2
                && g.entityRef(phrase: String(parts[parts.count - 1]))?.kind == .misc
            #expect(form.isPrefixedNationality == prefixedNationality)
            if form.isPrefixedNationality { prefixed += 1 }
        }
        #expect(prefixed >= 1)  // "pan-European"
        #expect(forms.tokens.first { $0.text == "Scorers" }?.form.stemLooksInflected == true)
        #expect(forms.tokens.first { $0.text == "voted" }?.form.stemLooksInflected == true)
        #expect(forms.tokens.first { $0.text == "KeyCorp" }?.form.stemLooksInflected == false)
    }
}
