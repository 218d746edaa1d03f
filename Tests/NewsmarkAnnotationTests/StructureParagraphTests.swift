import Testing
@testable import NewsmarkAnnotation

@Suite("Structure: paragraphs")
struct StructureParagraphTests {
    private func paragraphs(_ text: String) -> [String] {
        ParagraphSegmenter.paragraphs(LineSplitter.split(text).lines).map(\.text)
    }

    @Test("blank-line layout")
    func blankLines() {
        #expect(paragraphs("First paragraph.\n\n\nSecond paragraph.\n  \nThird.") ==
                ["First paragraph.", "Second paragraph.", "Third."])
    }

    @Test("one line per paragraph")
    func oneLinePerParagraph() {
        let text = """
            The council met on Monday to discuss the budget for the coming year, officials said after the meeting.
            Members disagreed sharply over spending on roads.
            A vote is expected next week, after a second reading of the proposal in committee.
            """
        #expect(paragraphs(text).count == 3)
    }

    @Test("hard-wrapped lines are joined with one space; short lines ending a sentence end the paragraph")
    func wrapped() {
        let text = """
            The council met on Monday to discuss the budget for the
            coming year. Members disagreed sharply over spending on
            roads, and a vote was put off until June.
            The mayor said she was disappointed.
            """
        #expect(paragraphs(text) == [
            "The council met on Monday to discuss the budget for the coming year. Members disagreed sharply over "
                + "spending on roads, and a vote was put off until June.",
            "The mayor said she was disappointed.",
        ])
    }

    @Test("wrapped paragraphs separated by blank lines, with a short last line")
    func wrappedWithBlankLines() {
        let text = """
            Officials in the capital said on Tuesday that the new rail
            line would open in the spring.

            Construction began four years ago and has cost more than
            twice the original estimate, according to the ministry.
            """
        #expect(paragraphs(text) == [
            "Officials in the capital said on Tuesday that the new rail line would open in the spring.",
            "Construction began four years ago and has cost more than twice the original estimate, according to the ministry.",
        ])
    }

    @Test("an indented line starts a new paragraph in wrapped text")
    func indentation() {
        let text = """
            The council met on Monday to discuss the budget for the
            coming year, and members disagreed sharply over spending.
              A vote is expected next week after a second reading of the
            proposal in committee, the chairman said on Monday evening.
            """
        #expect(paragraphs(text).count == 2)
    }

    @Test("a word hyphenated at the end of a line is joined without a space")
    func hyphen() {
        let text = """
            Russian soldiers joined a two-week, multi-
            national exercise in Denmark on Monday, the
            ministry said in a statement late on Sunday.
            """
        #expect(paragraphs(text) == [
            "Russian soldiers joined a two-week, multi-national exercise in Denmark on Monday, the ministry said in a statement late on Sunday.",
        ])
    }

    @Test("a headline above wrapped text is not joined to it")
    func headlineAboveWrappedText() {
        let text = """
            Council delays budget vote
            The council met on Monday to discuss the budget for the
            coming year, and members disagreed sharply over spending.
            """
        #expect(paragraphs(text).first == "Council delays budget vote")
    }

    @Test("a stray break inside a sentence is joined")
    func strayBreak() {
        #expect(paragraphs("The minister, who arrived late,\nsaid nothing at all about the budget.") ==
                ["The minister, who arrived late, said nothing at all about the budget."])
    }

    @Test("a dateline alone on its line is joined to the paragraph under it")
    func datelineLine() {
        #expect(paragraphs("WASHINGTON (AP) —\nThe Senate voted on Monday.") == ["WASHINGTON (AP) — The Senate voted on Monday."])
    }

    @Test("white space inside a line is kept as it is")
    func innerWhitespace() {
        #expect(paragraphs("Two  spaces\tand a tab stay.") == ["Two  spaces\tand a tab stay."])
    }
}
