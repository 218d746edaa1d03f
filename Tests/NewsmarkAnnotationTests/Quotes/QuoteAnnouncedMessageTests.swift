import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// A quote that opens its sentence after a sentence naming a message and its sender.
@Suite("Quotes after a sentence that announces a message")
struct QuoteAnnouncedMessageTests {
    @Test("The subject of a sentence naming a statement or post speaks the quote that follows")
    func messageAnnouncedInPreviousSentence() throws {
        let (_, quotes) = try annotateQuotes([
            "Mayor Petra Lind began the day with a short statement on the flood. \"We are grieving with every family in the valley.\"",
            "The river rose again overnight. \"Nobody could have stopped this water from coming.\"",
        ], headline: "Flood hits valley")
        #expect(quotes.first?.speaker == "Petra Lind")
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.last?.speaker == nil)
    }
}
