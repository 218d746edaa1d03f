import Foundation
import NewsmarkModel
import NewsmarkTestSupport
import Testing
@testable import NewsmarkValidation

/// The rules run over queued records in batches (after each piece of input the parser reads, or when
/// the queue is full): the findings must be exactly those of rules that take each record as soon as its
/// end is read (a batch limit of 1).
@Suite struct RuleBatchTests {
    private static func findings(_ data: Data, batchLimit: Int, sax: Bool) -> [Diagnostic]? {
        var validation = XMLValidation(schema: Fixtures.schema, rules: RuleRegistry.rules)
        validation.ruleBatchLimit = batchLimit
        let found = sax ? validation.validateWithSAX(data, file: "t.xml") : validation.validateWithEventStream(data, file: "t.xml")
        return found?.sorted(by: Diagnostic.positionalOrder)
    }

    /// Findings with every batch limit and on both paths, checked equal to rules run per record.
    /// (The fast path does not take every fixture: those are compared on the event stream only.)
    private static func expectIndependentOfBatches(_ data: Data, _ comment: Comment) -> [Diagnostic] {
        let reference = findings(data, batchLimit: 1, sax: false) ?? []
        let takesFastPath = findings(data, batchLimit: 1, sax: true) != nil
        for limit in [1, 2, 7, DocumentChecker.defaultBatchLimit] {
            if takesFastPath {
                #expect(findings(data, batchLimit: limit, sax: true) == reference, "\(comment), SAX path, batch limit \(limit)")
            }
            #expect(findings(data, batchLimit: limit, sax: false) == reference, "\(comment), event stream, batch limit \(limit)")
        }
        return reference
    }

    private static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="urn:newsmark:1.0" version="1.0" id="a" xml:lang="en">
          <header>
            <meta><published>1998-05-20</published><source>Batches</source></meta>
            <annotators><annotator id="ann1" kind="person" name="tests" mode="manual"/></annotators>
            <tagset><entityType name="person"/><entityType name="organization"/><entityType name="location"/><entityType name="misc"/></tagset>
            <entities><entity id="e1" type="person" name="Maria Keller" resp="ann1"/></entities>
          </header>
          <body>

        """

    /// A date's anchor is judged as it stood at the date's end: an anchor still open (nested dates) has
    /// no day yet, a later duplicate does not give it one, an anchor defined later is judged at the end.
    @Test func anchorsAreJudgedAsTheyStoodAtTheDatesEnd() {
        let text = Self.header + """
            <p id="p1">Said <timex id="t10" type="date" value="1998-05-01" anchor="t11" resp="ann1">yesterday</timex> of <timex id="t11" type="date" value="1998-05-10" resp="ann1">May 10</timex>.</p>
            <p id="p2">Nested <timex id="t20" type="date" value="1998-05-18" resp="ann1">the day <timex id="t21" type="date" value="1998-05-01" anchor="t20" resp="ann1">yesterday</timex></timex>.</p>
            <p id="p3">For <timex id="t30" type="duration" value="P1D" resp="ann1">a day</timex>, <timex id="t31" type="date" value="1998-04-01" anchor="t30" resp="ann1">yesterday</timex>, <timex id="t30" type="date" value="1998-05-02" resp="ann1">May 2</timex>, <timex id="t32" type="date" value="1998-05-05" anchor="t30" resp="ann1">tomorrow</timex>.</p>
            <p id="p4"><mention id="m1" type="location" entity="e2" resp="ann1">Keller</mention> and <quote id="q1" kind="direct" speaker="e2" continues="q2" resp="ann1">“yes”</quote> <entity id="e2" type="misc" name="x" resp="ann1"/></p>
          </body>
        </article>
        """
        let found = Self.expectIndependentOfBatches(Data(text.utf8), "anchors")
        let relative = found.filter { $0.ruleID == "NM107" }.map(\.message)
        #expect(relative == [
            "timex 't10' ('yesterday') has value 1998-05-01, but anchor 't11' is 1998-05-10, which makes it 1998-05-09",
            "timex 't20' ('the day yesterday') has value 1998-05-18, but the publication date is 1998-05-20, which makes it 1998-05-19",
            "timex 't32' ('tomorrow') has value 1998-05-05, but anchor 't30' is 1998-05-02, which makes it 1998-05-03",
        ])
        #expect(found.contains { $0.ruleID == "NM115" && $0.message.contains("'m1'") })
        #expect(found.contains { $0.ruleID == "NM104" && $0.message.contains("'q1'") })
        #expect(found.contains { $0.ruleID == "NM102" && $0.message.contains("'q2'") })
    }

    /// A document of several 64 KB pieces with random faults in references, anchors, ids, types, values
    /// and quotation marks, with annotations open across the pieces' boundaries.
    @Test func findingsDoNotDependOnWhenTheRulesRun() {
        for seed: UInt64 in [1, 2] {
            var random = SplitMix64(seed: seed)
            var body = ""
            var id = 0
            func ref(_ prefix: String) -> String {
                random.chance(80) ? "\(prefix)\(random.below(id + 40))" : random.pick(["e1", "ann1", "p1", "", "nowhere"])
            }
            while body.utf8.count < 220_000 {
                id += 1
                let type = random.pick(["person", "organization", "location", "misc", "weapon"])
                let value = random.pick(["1998-05-19", "1998-05-21", "1998-05-02", "1998-02-30", "P2W", "1998-W21", "XXXX"])
                let anchor = random.chance(50) ? " anchor=\"\(ref("t"))\"" : ""
                let dateID = random.chance(10) ? "t\(random.below(id + 1))" : "t\(id)"
                let marks = random.pick(["“", "”", "\"", "„", "«", ""])
                let inner = random.chance(30)
                    ? "<timex id=\"n\(id)\" type=\"date\" value=\"\(value)\" anchor=\"t\(id)\" resp=\"ann1\">yesterday</timex>" : "days"
                body += """
                    <p id="p\(id)"><mention id="m\(id)" type="\(type)" entity="\(ref("x"))" resp="ann1">Name \(id)</mention> said \
                    <timex id="\(dateID)" type="date" value="\(value)"\(anchor) resp="ann1">\(random.pick(["yesterday", "last week", "on Tuesday", "two \(inner) ago"]))</timex> \
                    <quote id="q\(id)" kind="\(random.pick(["direct", "indirect", "mixed", "sung"]))" speaker="\(ref("x"))"\
                    \(random.chance(20) ? " continues=\"\(ref("q"))\"" : "") resp="ann1">\(marks)words \(id)\(random.pick(["”", "", "“"]))</quote>.</p>
                    <p id="x\(id)" role="\(random.pick(["body", "caption"]))">Entity <mention id="y\(id)" type="\(type)" resp="ann1"> </mention></p>

                    """
            }
            let text = Self.header + body + "  </body>\n</article>\n"
            #expect(text.utf8.count > 3 * 64 * 1024)
            let found = Self.expectIndependentOfBatches(Data(text.utf8), "seed \(seed)")
            #expect(Set(found.map(\.ruleID)).isSuperset(of: ["NM102", "NM105", "NM107", "NM108", "NM110"]), "seed \(seed)")
        }
    }

    /// The fixtures and samples, with the rules run per record and in batches.
    @Test func fixturesGiveTheSameFindingsInBatches() throws {
        let directory = Fixtures.directory
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names.count > 20)
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            _ = Self.expectIndependentOfBatches(data, "\(name)")
        }
    }
}
