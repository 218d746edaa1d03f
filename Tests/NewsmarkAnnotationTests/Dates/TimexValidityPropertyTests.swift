import Foundation
import NewsmarkAnnotation
import NewsmarkModel
import NewsmarkTestSupport
import Testing

@Suite("Dates: every value is a valid TIMEX3 value")
struct TimexValidityPropertyTests {
    /// Expressions of every class; `{d}` `{m}` `{y}` `{n}` `{w}` are filled in at random.
    static let templates = [
        "On {m} {d} the council met.", "The council will meet on {m} {d}.", "It happened on {d} {m} {y}.",
        "It happened on {m} {d}, {y}.", "It happened in {m} {y}.", "It happened in {y}.", "It happened in the {y}s.",
        "It happened {n} days ago.", "It happened {n} weeks ago.", "It happened {n} months ago.", "It will happen in {n} years.",
        "It happened {n} years ago.", "It happened last week.", "It happens next week.", "It happened last month.",
        "It happened yesterday.", "It happens tomorrow.", "It happened last {w}.", "It happens next {w}.",
        "It happened on {w}.", "It will happen on {w}.", "It happened {w} evening.", "It happened this morning.",
        "It happened last night.", "It happened in the third quarter.", "A year earlier it had not.",
        "The next day it stopped.", "It happened in the first half of {y}.", "It happened last {m}.",
        "It will happen next {m}.", "It happened last winter.", "It will happen this spring.", "It happened at 3 p.m.",
        "It happened at 23:59 GMT.", "It lasted {n} weeks.", "It happens every {w}.", "It happens twice a week.",
        "It happened at Christmas.", "It happened at Easter.", "It happened at Thanksgiving.", "It happened earlier this year.",
        "It happened on {m} 29.", "It happened on February 29.", "It happened on the {d}th of {m}.", "It happened in mid-{y}.",
        "The weekend was calm.", "It happened over the weekend.", "It happened in the year-ago quarter.",
        "Spending rose in fiscal {y}-{d}.", "Spending rose in fiscal {y}-99.", "He could not be reached on {w}.",
        "She resigned as treasurer, secretary and board member in {m}.", "They agreed to buy the unit in {m}.",
        "Profit fell from a year ago. It fell from a year earlier.", "It expects a fourth-quarter charge. Sales rose a year ago.",
    ]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    @Test("random anchors (leap days, year ends, 53-week years) and random expressions")
    func randomAnchorsAndExpressions() {
        var rng = SplitMix64(state: 0x5EED_D47E)
        var checked = 0
        var anchors: [String] = ["2000-02-29", "1900-02-28", "2004-12-31", "2005-01-01", "2009-01-01", "1998-12-28", "2020-12-31",
                                 "1998-05-20", "1999-01-03", "2015-12-31"]
        for _ in 0..<190 {
            let year = Int.random(in: 1800...2200, using: &rng)
            let month = Int.random(in: 1...12, using: &rng)
            let day = Int.random(in: 1...TimexValue.daysIn(month: month, year: year), using: &rng)
            anchors.append("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
        }
        for anchor in anchors {
            var paragraphs: [String] = []
            for _ in 0..<12 {
                var sentence = Self.templates.randomElement(using: &rng)!
                sentence = sentence.replacingOccurrences(of: "{m}", with: Self.months.randomElement(using: &rng)!)
                sentence = sentence.replacingOccurrences(of: "{w}", with: Self.weekdays.randomElement(using: &rng)!)
                sentence = sentence.replacingOccurrences(of: "{d}", with: String(Int.random(in: 1...31, using: &rng)))
                sentence = sentence.replacingOccurrences(of: "{y}", with: String(Int.random(in: 1800...2199, using: &rng)))
                sentence = sentence.replacingOccurrences(of: "{n}", with: String(Int.random(in: 1...400, using: &rng)))
                paragraphs.append(sentence)
            }
            let dates = AnnotatedDates(paragraphs, published: anchor)
            for timex in dates.all {
                #expect(TimexValue.problem(in: timex.value, type: timex.type) == nil,
                        "\(timex.value) (\(timex.type)) for '\(dates.text.string(timex.span))' anchored at \(anchor)")
                if let anchorID = timex.anchorID { #expect(dates.all.contains { $0.id == anchorID }) }
                checked += 1
            }
            #expect(Set(dates.all.map(\.id)).count == dates.all.count)
        }
        #expect(checked > 1500)
    }

    @Test("the same checks without a publication date")
    func noAnchor() {
        let dates = AnnotatedDates(Self.templates.map {
            $0.replacingOccurrences(of: "{m}", with: "May").replacingOccurrences(of: "{w}", with: "Friday")
                .replacingOccurrences(of: "{d}", with: "18").replacingOccurrences(of: "{y}", with: "1998")
                .replacingOccurrences(of: "{n}", with: "3")
        }, published: nil)
        #expect(!dates.all.isEmpty)
        for timex in dates.all {
            #expect(TimexValue.problem(in: timex.value, type: timex.type) == nil, "\(timex.value) for '\(dates.text.string(timex.span))'")
        }
    }

    /// Words and marks the matchers react to, shuffled into nonsense.
    static let vocabulary = [
        "the", "a", "of", "last", "next", "this", "that", "early", "late", "mid", "-", ",", ".", "'", "\"", "(", ")",
        "May", "March", "Sept", "Jan.", "Tuesday", "Mondays", "1998", "'98", "1990s", "20th", "31", "29", "0", "99999",
        "12:75", "3", "p.m.", "GMT", "noon", "year", "years", "week", "weekend", "quarter", "third", "half", "fiscal",
        "ago", "earlier", "later", "before", "after", "every", "twice", "times", "per", "a.m.", "more", "than", "about",
        "today", "tomorrow", "tonight", "night", "morning", "spring", "fall", "Christmas", "Easter", "Day", "New",
        "Year's", "decade", "century", "two", "twenty", "-", "five", "1/2", "and", "now", "recent", "the", "end",
        "year-earlier", "Q4", "FY98", "20.05.1998", "1998-05-20", "05/20/1998", "31.02.1999", "nineteen", "ninety",
        "could", "not", "to", "buy", "chairman", "99", "00", "1999", "reported", "will",
    ]

    @Test("nonsense made of temporal words never crashes and never yields an invalid value")
    func nonsense() {
        var rng = SplitMix64(state: 0xFACE)
        for round in 0..<150 {
            var words: [String] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) { words.append(Self.vocabulary.randomElement(using: &rng)!) }
            let published = round % 5 == 0 ? nil : "\(Int.random(in: 1600...2400, using: &rng))-0\(Int.random(in: 1...9, using: &rng))-1\(Int.random(in: 0...9, using: &rng))"
            let dates = AnnotatedDates(words.joined(separator: round % 2 == 0 ? " " : ""), published: published)
            for timex in dates.all {
                #expect(TimexValue.problem(in: timex.value, type: timex.type) == nil, "\(timex.value) for '\(dates.text.string(timex.span))'")
                #expect(timex.span.end <= dates.text.count)
            }
        }
    }
}

