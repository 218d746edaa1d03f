import NewsmarkModel
import Testing
@testable import NewsmarkValidation

@Suite struct IndexTests {
    @Test func idTableFindsDuplicatesAcrossGrowth() {
        var table = IDTable()
        for i in 0..<10_000 {
            #expect(table.define("id\(i)", kind: .mention, at: TextPosition(line: i + 1, column: 3)) == nil)
        }
        #expect(table.count == 10_000)
        let again = table.define("id1234", kind: .quote, at: TextPosition(line: 1, column: 1))
        #expect(again?.kind == .mention)
        #expect(again?.position == TextPosition(line: 1235, column: 3))
        #expect(table.definition(of: "id9999")?.kind == .mention)
        #expect(table.definition(of: "nope") == nil)
        #expect(table.definition(of: "") == nil)
    }

    @Test func textFactsCountCodePointsWhitespaceAndMarks() {
        let facts = TextFacts("“Größe” 🙂\u{00A0}")
        #expect(facts.codePoints == 10)
        #expect(facts.visible == 8)
        #expect(facts.marks.unclosed == 0)
        #expect(TextFacts(" \u{2003}\t").isOnlyWhitespace)
        #expect(TextFacts("").isEmpty)
        #expect(TextFacts("“open").marks.unclosed == 1)
        #expect(TextFacts("close” and “open").marks.closedBeforeOpened)
        #expect(TextFacts("„Ja“").marks.unclosed == 0)
        #expect(TextFacts("«oui»").marks.unclosed == 0)
        #expect(TextFacts("\"a\" \"b").marks.unclosed == 1)
        #expect(TextFacts("don’t").marks.isEmpty)
        #expect(TextFacts("a\nb\r\nc\u{2028}").lineBreaks == 4)
    }

    @Test("a straight mark and a curly mark close each other: “…\" and \"…” are one closed quotation")
    func mixedQuoteMarks() {
        for text in ["“We will build it,\"", "\"It will be built.”"] {
            let marks = TextFacts(text).marks
            #expect(marks.isMixedPair, "\(text)")
            #expect(marks.unclosed == 0, "\(text)")
            #expect(!marks.closedBeforeOpened, "\(text)")
        }
        // Still open: a curly opener with an even number of straight marks, or two curly openers.
        #expect(TextFacts("“He said \"no\" twice").marks.unclosed == 1)
        #expect(TextFacts("“one “two \"").marks.unclosed > 0)
        // A closing mark first with nothing straight to open it is still reported.
        #expect(TextFacts("close” and “open").marks.closedBeforeOpened)
    }

    @Test func textFactsAppendEqualsWhole() {
        var split = TextFacts("”x “a")
        split.append(TextFacts("b”"))
        #expect(split.codePoints == TextFacts("”x “ab”").codePoints)
        #expect(split.marks.closedBeforeOpened)
        var fine = TextFacts("“a")
        fine.append(TextFacts("b”"))
        #expect(!fine.marks.closedBeforeOpened)
        #expect(fine.marks.unclosed == 0)
    }

    @Test func streamIndexerCountsOffsetsAcrossParagraphs() {
        var indexer = XMLStreamIndexer(file: "x.xml", rules: [])
        func start(_ name: String, _ attributes: [String: String] = [:]) {
            indexer.startElement(localName: name, namespaceURI: "urn:newsmark:1.0", line: 1, column: 1) { attributes[$0] }
        }
        start("article", ["version": "1.0", "id": "a"])
        start("body")
        start("p", ["id": "p1"]); indexer.text("Héllo"); indexer.endElement()
        start("p", ["id": "p2"]); indexer.text("A "); start("mention", ["id": "m1", "type": "person"]); indexer.text("Bob")
        indexer.endElement(); indexer.endElement()
        indexer.endElement(); indexer.endElement()
        _ = indexer.finish()
        #expect(indexer.checker.index.textLength == 12)  // "Héllo" + "\n\n" + "A Bob"
        #expect(indexer.checker.index.paragraphSpans == [TextSpan(start: 0, end: 5), TextSpan(start: 7, end: 12)])
        #expect(indexer.checker.index.definition(of: "m1")?.kind == .mention)
        #expect(indexer.checker.index.definition(of: "p2")?.kind == .paragraph)
    }
}

@Suite struct DateReasoningTests {
    @Test func calendarIntervals() {
        let day = CalendarInterval(timex: "1998-05-20")
        #expect(day?.unit == .day)
        #expect(day.map { CalendarInterval.format($0.first) } == "1998-05-20")
        #expect(day.map { CalendarInterval.weekday($0.first) } == 3)  // a Wednesday
        let week = CalendarInterval(timex: "1998-W21")
        #expect(week.map { CalendarInterval.format($0.first) } == "1998-05-18")
        #expect(week.map { CalendarInterval.format($0.last) } == "1998-05-24")
        #expect(CalendarInterval(timex: "2020-W53-7").map { CalendarInterval.format($0.first) } == "2021-01-03")
        #expect(CalendarInterval(timex: "1998-Q2").map { CalendarInterval.format($0.last) } == "1998-06-30")
        #expect(CalendarInterval(timex: "2000-02").map { CalendarInterval.format($0.last) } == "2000-02-29")
        #expect(CalendarInterval(timex: "1998-05-20T14:30")?.unit == .day)
        #expect(CalendarInterval(timex: "XXXX-05-20") == nil)
        #expect(CalendarInterval(timex: "PRESENT_REF") == nil)
        #expect(CalendarInterval(timex: "1998-02-30") == nil)
        let jan = CalendarInterval.enclosing(.month, of: CalendarInterval.day(1998, 1, 15)).shifted(by: -1)
        #expect(CalendarInterval.format(jan.first) == "1997-12-01")
        #expect(CalendarInterval.format(jan.last) == "1997-12-31")
    }

    @Test func relativeExpressions() {
        #expect(RelativeExpression("yesterday") == .dayOffset(-1, phrase: "yesterday"))
        #expect(RelativeExpression("Three days ago") == .dayOffset(-3, phrase: "three days ago"))
        #expect(RelativeExpression("last week") == .unitOffset(.week, -1, phrase: "last week"))
        #expect(RelativeExpression("next month") == .unitOffset(.month, 1, phrase: "next month"))
        #expect(RelativeExpression("this year") == .unitOffset(.year, 0, phrase: "this year"))
        #expect(RelativeExpression("last Tuesday") == .weekday(2, direction: -1, phrase: "last tuesday"))
        #expect(RelativeExpression("Friday") == .weekday(5, direction: 0, phrase: "friday"))
        #expect(RelativeExpression("May 18") == nil)
        #expect(RelativeExpression("the past week") == nil)
        #expect(RelativeExpression("1998") == nil)
    }

    @Test("a hyphenated count is read whole: \"Twenty-five years ago\" is 25 years back, not 5")
    func compoundCounts() {
        #expect(RelativeExpression("Twenty-five years ago") == .unitOffset(.year, -25, phrase: "twenty five years ago"))
        #expect(RelativeExpression("thirty years ago") == .unitOffset(.year, -30, phrase: "thirty years ago"))
        #expect(RelativeExpression("fifteen days ago") == .dayOffset(-15, phrase: "fifteen days ago"))
        #expect(RelativeExpression("five years ago") == .unitOffset(.year, -5, phrase: "five years ago"))
    }

    @Test("named days on a weekday (\"Super Tuesday\", \"Good Friday\") are not the nearest such weekday")
    func namedWeekdays() {
        #expect(RelativeExpression("Super Tuesday") == nil)
        #expect(RelativeExpression("Good Friday") == nil)
        #expect(RelativeExpression("Black Friday") == nil)
        #expect(RelativeExpression("on Tuesday") == .weekday(2, direction: 0, phrase: "on tuesday"))
    }

    @Test func publicationDates() {
        #expect(PublicationDate.problem(in: "1998-05-20") == nil)
        #expect(PublicationDate.problem(in: "1998-05-20T09:30Z") == nil)
        #expect(PublicationDate.problem(in: "1998-05") != nil)
        #expect(PublicationDate.problem(in: "1998-02-29") != nil)
        #expect(PublicationDate.problem(in: "XXXX-05-20") != nil)
        #expect(PublicationDate.problem(in: "1998-05-20T25:00") != nil)
    }

    @Test func versionComparison() {
        #expect(SupportedVersion.compare("0.9", "1.0") == .orderedAscending)
        #expect(SupportedVersion.compare("1.10", "1.2") == .orderedDescending)
        #expect(SupportedVersion.compare("1", "1.0") == .orderedSame)
        #expect(SupportedVersion.compare("one", "1.0") == nil)
    }
}

/// Rules driven directly through the stream indexer, for cases the fixtures do not show.
@Suite struct StreamedRuleTests {
    /// Streams a one-paragraph article whose paragraph holds `inline` (a list of text runs and annotations).
    static func findings(published: String = "1998-05-20", _ inline: [(element: String?, attributes: [String: String], text: String)]) -> [Diagnostic] {
        var indexer = XMLStreamIndexer(file: "t.xml")
        func start(_ name: String, _ attributes: [String: String] = [:]) {
            indexer.startElement(localName: name, namespaceURI: "urn:newsmark:1.0", line: 1, column: 1) { attributes[$0] }
        }
        start("article", ["version": "1.0", "id": "a", "xml:lang": "en"])
        start("header"); start("meta"); start("published"); indexer.text(published); indexer.endElement(); indexer.endElement()
        start("annotators"); start("annotator", ["id": "ann1"]); indexer.endElement(); indexer.endElement()
        indexer.endElement()
        start("body"); start("p", ["id": "p1"])
        for run in inline {
            if let element = run.element {
                start(element, run.attributes); indexer.text(run.text); indexer.endElement()
            } else {
                indexer.text(run.text)
            }
        }
        indexer.endElement(); indexer.endElement(); indexer.endElement()
        return indexer.finish()
    }

    @Test func relativeDatesAgainstAnAnchorDate() {
        let ok = Self.findings([
            ("timex", ["id": "t1", "type": "date", "value": "1998-06-10"], "10 June"), (nil, [:], ", and "),
            ("timex", ["id": "t2", "type": "date", "value": "1998-06-09", "anchor": "t1"], "the day before"), (nil, [:], " or "),
            ("timex", ["id": "t3", "type": "date", "value": "1998-06-11", "anchor": "t1"], "tomorrow"),
        ])
        #expect(ok.isEmpty, "\(ok)")
        let wrong = Self.findings([
            ("timex", ["id": "t3", "type": "date", "value": "1998-05-21", "anchor": "t1"], "tomorrow"), (nil, [:], " after "),
            ("timex", ["id": "t1", "type": "date", "value": "1998-06-10"], "10 June"),
        ])
        #expect(wrong.map(\.ruleID) == ["NM107"])  // the anchor comes later in the text and is still used
        #expect(wrong.first?.message.contains("anchor 't1' is 1998-06-10") == true)
    }

    @Test func weeksAgoComparesCalendarWeeks() {
        let findings = Self.findings([
            ("timex", ["id": "t1", "type": "date", "value": "1998-05-05"], "Two weeks ago"), (nil, [:], ", "),
            ("timex", ["id": "t2", "type": "date", "value": "1998-04-20"], "two weeks ago"),
        ])
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("'t2'") == true)
    }

    @Test func referencesToTheWrongKindOfElement() {
        let findings = Self.findings([
            ("mention", ["id": "m1", "type": "person", "entity": "p1", "resp": "m1"], "Keller"),
            ("quote", ["id": "q1", "kind": "direct", "speaker": "", "continues": "m1"], "“Yes.”"),
        ])
        let messages = findings.filter { $0.ruleID == "NM102" }.map(\.message)
        #expect(messages.contains("mention 'm1' refers in 'entity' to 'p1', which is a paragraph, not an entity"))
        #expect(messages.contains("mention 'm1' refers in 'resp' to 'm1', which is a mention, not an annotator"))
        #expect(messages.contains("quote 'q1' has an empty 'speaker' reference"))
        #expect(messages.contains("quote 'q1' refers in 'continues' to 'm1', which is a mention, not a quote"))
    }
}
