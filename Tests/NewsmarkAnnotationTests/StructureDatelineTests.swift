import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Structure: datelines")
struct StructureDatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var paragraph: String
        var dateline: String
        var place: String?
        var source: String?
        var date: String?
        var testDescription: String { dateline }
    }

    static let shapes: [Case] = [
        Case(paragraph: "Prague, 20 May 1998 (RFE/RL) -- The council is meeting today.",
             dateline: "Prague, 20 May 1998 (RFE/RL) --", place: "Prague", source: "RFE/RL", date: "1998-05-20"),
        Case(paragraph: "WASHINGTON (AP) — The Senate voted on Monday.",
             dateline: "WASHINGTON (AP) —", place: "WASHINGTON", source: "AP", date: nil),
        Case(paragraph: "LONDON, March 3 (Reuters) - Shares fell sharply.",
             dateline: "LONDON, March 3 (Reuters) -", place: "LONDON", source: "Reuters", date: "XXXX-03-03"),
        Case(paragraph: "NEW DELHI, India — Monsoon rains arrived early.",
             dateline: "NEW DELHI, India —", place: "NEW DELHI, India", source: nil, date: nil),
        Case(paragraph: "BERLIN — The chancellor spoke.", dateline: "BERLIN —", place: "BERLIN", source: nil, date: nil),
        Case(paragraph: "PARIS, Jan. 5 (AFP) – Strikes spread.",
             dateline: "PARIS, Jan. 5 (AFP) –", place: "PARIS", source: "AFP", date: "XXXX-01-05"),
        Case(paragraph: "BERLIN—The chancellor spoke.", dateline: "BERLIN—", place: "BERLIN", source: nil, date: nil),
        Case(paragraph: "WASHINGTON, May 20, 1998 (UPI) -- Congress met.",
             dateline: "WASHINGTON, May 20, 1998 (UPI) --", place: "WASHINGTON", source: "UPI", date: "1998-05-20"),
        Case(paragraph: "BEIJING, Tuesday, Sept. 9 (Xinhua) — Officials said.",
             dateline: "BEIJING, Tuesday, Sept. 9 (Xinhua) —", place: "BEIJING", source: "Xinhua", date: "XXXX-09-09"),
        Case(paragraph: "NEW DELHI: The government said on Tuesday that it would act.",
             dateline: "NEW DELHI:", place: "NEW DELHI", source: nil, date: nil),
        Case(paragraph: "ZÜRICH, March 3 (Newsmark Wire) — The mayors signed.",
             dateline: "ZÜRICH, March 3 (Newsmark Wire) —", place: "ZÜRICH", source: "Newsmark Wire", date: "XXXX-03-03"),
        Case(paragraph: "SAN JUAN, Puerto Rico (AP) — Power returned.",
             dateline: "SAN JUAN, Puerto Rico (AP) —", place: "SAN JUAN, Puerto Rico", source: "AP", date: nil),
        Case(paragraph: "ST. LOUIS (AP) — Storms hit.", dateline: "ST. LOUIS (AP) —", place: "ST. LOUIS", source: "AP", date: nil),
        Case(paragraph: "Rio de Janeiro (Reuters) - Markets rose.", dateline: "Rio de Janeiro (Reuters) -", place: "Rio de Janeiro", source: "Reuters", date: nil),
        Case(paragraph: "Washington, D.C. (AP) — Congress met.", dateline: "Washington, D.C. (AP) —", place: "Washington, D.C.", source: "AP", date: nil),
        Case(paragraph: "Washington (CNN) — The vote was close.", dateline: "Washington (CNN) —", place: "Washington", source: "CNN", date: nil),
        Case(paragraph: "BERLIN, 2024-03-03 — Talks began.", dateline: "BERLIN, 2024-03-03 —", place: "BERLIN", source: nil, date: "2024-03-03"),
        Case(paragraph: "(Reuters) - Oil prices rose on Monday.", dateline: "(Reuters) -", place: nil, source: "Reuters", date: nil),
        Case(paragraph: "KANSAS CITY, MO. (AP)-- Floods spread.", dateline: "KANSAS CITY, MO. (AP)--", place: "KANSAS CITY, MO.", source: "AP", date: nil),
        Case(paragraph: "OSLO, Norway (AP) _ The talks resumed.", dateline: "OSLO, Norway (AP) _", place: "OSLO, Norway", source: "AP", date: nil),
        Case(paragraph: "OSLO, Norway (AP)_ The talks resumed.", dateline: "OSLO, Norway (AP)_", place: "OSLO, Norway", source: "AP", date: nil),
    ]

    private func text(_ paragraph: String, _ span: TextSpan?) -> String? {
        span.map { ScalarText(paragraph).string($0) }
    }

    @Test("every dateline shape is found with its place, source and date", arguments: shapes)
    func shape(_ c: Case) throws {
        let match = try #require(DatelineParser.parse(c.paragraph))
        #expect(text(c.paragraph, match.span) == c.dateline)
        #expect(text(c.paragraph, match.place) == c.place)
        #expect(text(c.paragraph, match.source) == c.source)
        #expect(match.date?.description == c.date)
        #expect(!match.standsAlone)
    }

    @Test("sentences that start with a name and a dash are not datelines", arguments: [
        "Yesterday, the president — who had been ill — spoke briefly.",
        "Mr Smith - the new chairman - was not available.",
        "The NATO-Russia Council is meeting today in Brussels.",
        "Moscow — and this is new — wants a seat at the table.",
        "It rained. BERLIN — nothing else.",
        "Russia: Rapprochement With NATO Remains Politically Fragile",
        "SOCCER - HOME TEAM WINS LATE IN THE CUP FINAL .",
        "ANALYSIS: A Quiet Swing In The Suburbs Could Settle The Vote",
        "WASHINGTON ( ) — Empty agency.", "WASHINGTON, , (AP) — Empty part.", "( ) —", "() -", ", —",
    ])
    func notDatelines(_ paragraph: String) {
        #expect(DatelineParser.parse(paragraph) == nil)
    }

    @Test("a dateline alone on its line")
    func standalone() throws {
        #expect(DatelineParser.isStandaloneDateline("WASHINGTON (AP) —"))
        #expect(DatelineParser.isStandaloneDateline("LONDON, March 3 (Reuters) -"))
        #expect(!DatelineParser.isStandaloneDateline("WASHINGTON (AP) — The Senate voted."))
        let archive = try #require(DatelineParser.parse("LONDON 1996-08-30"))
        #expect(archive.standsAlone && archive.date?.description == "1996-08-30")
        #expect(DatelineParser.parse("ANKARA, Turkey, 20 May 1998")?.place.map { ScalarText("ANKARA, Turkey, 20 May 1998").string($0) } == "ANKARA, Turkey")
        #expect(DatelineParser.parse("TALKS RESUME MAY 20") == nil)
        #expect(DatelineParser.parse("Talks resume 20 May 1998") == nil)
    }

    @Test("dates in datelines and header lines", arguments: [
        ("20 May 1998", "1998-05-20"), ("May 20, 1998", "1998-05-20"), ("March 3", "XXXX-03-03"),
        ("Jan. 5", "XXXX-01-05"), ("Sept. 12th", "XXXX-09-12"), ("Tuesday, May 20", "XXXX-05-20"),
        ("1998-05-20", "1998-05-20"), ("20.05.1998", "1998-05-20"), ("29 Feb 2024", "2024-02-29"),
    ])
    func dates(_ text: String, _ value: String) {
        #expect(DateTextParser.parse(text)?.description == value)
    }

    @Test("impossible or partial dates are not dates", arguments: ["30 February 1998", "May", "32 May", "29 Feb 2023", "Hello 5"])
    func notDates(_ text: String) {
        #expect(DateTextParser.parse(text) == nil)
    }

    @Test("a date without a year takes the nearest year to the reference")
    func completion() throws {
        let reference = try #require(CalendarDate.parseISO("2024-01-02"))
        #expect(CalendarDate(year: nil, month: 12, day: 31).completed(from: reference).description == "2023-12-31")
        #expect(CalendarDate(year: nil, month: 3, day: 3).completed(from: reference).description == "2024-03-03")
    }
}
