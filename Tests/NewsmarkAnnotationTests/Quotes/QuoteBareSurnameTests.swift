import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// A bare surname whose full name appeared earlier is a person, even when its given name is unknown and no
/// entity layer marked it.
@Suite("Bare surnames as subjects")
struct QuoteBareSurnameTests {
    @Test("A surname of an earlier full name is the subject whose fragment a quote is")
    func surnameOfEarlierFullName() throws {
        let (_, quotes) = try annotateQuotes([
            "Tamsin Okoro runs the county's largest food bank.",
            "Okoro has long pushed her \"fair deal\" for volunteers.",
        ], headline: "Food bank grows")
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .partial)
        #expect(quotes.first?.speaker == "Okoro")
    }

    @Test("A clause-long fragment takes a bare surname as its sentence's subject")
    func clauseFragmentTakesSurnameSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "Ife Norvik has led the survey team since 2010.",
            "In 2014, Norvik found that \"about twice as many members favored the plan as opposed it.\"",
        ], headline: "Survey results")
        #expect(quotes.first?.kind == .partial)
        #expect(quotes.first?.speaker == "Norvik")
    }
}
