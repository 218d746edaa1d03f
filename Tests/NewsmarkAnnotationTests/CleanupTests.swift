import Testing
@testable import NewsmarkAnnotation

@Suite("Clean-up: boilerplate lines")
struct CleanupBoilerplateTests {
    private func clean(_ text: String) -> BoilerplateCleaner.Result {
        BoilerplateCleaner().clean(LineSplitter.split(text).lines)
    }

    private func keptText(_ result: BoilerplateCleaner.Result) -> [String] {
        result.lines.map(\.text).filter { !$0.isEmpty }
    }

    @Test("site chrome lines are removed", arguments: [
        "Accessibility links", "Breaking News", "Skip to content", "Skip to main content", "Share this",
        "Share this article", "Advertisement", "ADVERTISEMENT", "Read more", "Related", "Related Articles",
        "Menu", "Sign up for our morning newsletter", "Sign up to the Daily Briefing email",
        "Facebook Twitter Email", "Share on Facebook", "Follow us on Twitter", "Story continues below advertisement",
        "© 2024 Example News Ltd.", "Copyright 1998 RFE/RL, Inc.", "All rights reserved.",
        "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque", "Getty Images",
        "Image source, Getty Images", "Home | News | World | Business | Sport", "Home > World > Europe",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Read more: How the talks collapsed", "• Related: Ministers meet in Brussels", "Back to top",
    ])
    func removesChrome(_ line: String) {
        let result = clean("Headline of the story\n\n\(line)\n\nThe minister said the talks would resume on Monday.")
        #expect(result.removed.map(\.text) == [line])
        #expect(keptText(result) == ["Headline of the story", "The minister said the talks would resume on Monday."])
    }

    @Test("article sentences with chrome-like words survive", arguments: [
        "The ministry said the advertisement had been withdrawn after complaints from viewers.",
        "Share this with your neighbours, the mayor urged residents on Tuesday.",
        "Read more books, the minister told pupils at the opening of the library.",
        "Related talks in Geneva broke down last week without an agreement.",
        "The EU said websites that use cookies must ask for consent first.",
        "Copyright law was changed in 1998, the court noted.",
        "Sign up for the draft was lower than expected, officials said.",
        "Breaking news of the ceasefire reached the capital late on Sunday.",
        "Follow the money, the prosecutor told the jury.",
        "Photographs of the scene were shared widely on social media.",
        "Home prices rose 5 percent in the year to March.",
        "- Revenue N / A N / A",
    ])
    func keepsSentences(_ sentence: String) {
        let result = clean(sentence)
        #expect(result.removed.isEmpty)
        #expect(keptText(result) == [sentence])
    }

    @Test("a related-links heading takes the list of titles right under it")
    func relatedList() {
        let text = """
            The talks ended without a deal.

            More on this story
            Ministers meet again in Brussels
            Why the pipeline matters
            Analysis: a fragile truce

            The next round is due in June.
            """
        let result = clean(text)
        #expect(result.removed.map(\.rule) == Array(repeating: .relatedLinks, count: 4))
        #expect(keptText(result) == ["The talks ended without a deal.", "The next round is due in June."])
    }

    @Test("a related list ends at a sentence")
    func relatedListEndsAtSentence() {
        let result = clean("Related\nMinisters meet again\nThe talks ended without a deal, officials said on Friday.")
        #expect(result.removed.map(\.text) == ["Related", "Ministers meet again"])
        #expect(keptText(result) == ["The talks ended without a deal, officials said on Friday."])
    }

    @Test("a related list at the end of the page, items between blank lines, goes with its heading")
    func trailingRelatedList() {
        let text = """
            The talks ended without a deal.

            You may also like

            Ministers meet again in Brussels

            Why the pipeline matters
            """
        let result = clean(text)
        #expect(result.removed.map(\.text) == ["You may also like", "Ministers meet again in Brussels", "Why the pipeline matters"])
        #expect(keptText(result) == ["The talks ended without a deal."])
    }

    @Test("a related heading followed later by article sentences keeps them")
    func relatedHeadingThenArticle() {
        let text = "Related\n\nMinisters meet again\n\nThe talks ended without a deal, officials said on Friday."
        let result = clean(text)
        #expect(result.removed.map(\.text) == ["Related"])
    }

    @Test("removed lines keep their line numbers and leave blank lines")
    func lineNumbers() {
        let result = clean("Skip to content\nHeadline\n\nBody text here.")
        #expect(result.removed == [RemovedLine(line: 1, text: "Skip to content", rule: .chromePhrase)])
        #expect(result.lines.count == 4)
        #expect(result.lines[0].isBlank)
    }
}

@Suite("Clean-up: line splitting")
struct CleanupLineSplitterTests {
    @Test("all line-break conventions split lines")
    func lineBreaks() {
        let (lines, notes) = LineSplitter.split("a\r\nb\rc\nd\u{2028}e\u{85}f")
        #expect(lines.map(\.text) == ["a", "b", "c", "d", "e", "f"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(notes.isEmpty)
    }

    @Test("a paragraph separator adds a blank line")
    func paragraphSeparator() {
        let (lines, _) = LineSplitter.split("one\u{2029}two")
        #expect(lines.map(\.text) == ["one", "", "two"])
    }

    @Test("control characters outside XML are dropped with a note; tabs stay")
    func controlCharacters() {
        let (lines, notes) = LineSplitter.split("ok\nbad\u{1}line\twith tab\u{FFFE}\n")
        #expect(lines.map(\.text) == ["ok", "badline\twith tab"])
        #expect(notes.map(\.line) == [2, 2])
        #expect(notes.map(\.column) == [4, 18])
        #expect(notes[0].message.contains("U+0001"))
        #expect(lines.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.isXMLCharacter } })
    }

    @Test("a byte-order mark is dropped, lines are trimmed and indentation recorded")
    func bomAndTrim() {
        let (lines, _) = LineSplitter.split("\u{FEFF}  Title  \n\tBody")
        #expect(lines.map(\.text) == ["Title", "Body"])
        #expect(lines.map(\.indentation) == [2, 1])
    }

    @Test("form feed and vertical tab break lines instead of reaching the XML")
    func formFeed() {
        let (lines, notes) = LineSplitter.split("page one\u{0C}page two\u{0B}end")
        #expect(lines.map(\.text) == ["page one", "page two", "end"])
        #expect(notes.isEmpty)
    }
}
