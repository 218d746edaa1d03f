import NewsmarkModel
import Testing
@testable import NewsmarkEvaluation

@Suite("Annotation diff")
struct DiffTests {
    @Test("identical articles have no differences")
    func identical() {
        let diff = AnnotationDiff(old: Fixture.gold(), new: Fixture.gold())
        #expect(diff.isEmpty)
        #expect(diff.rendered() == "no differences\n")
    }

    @Test("added, removed and changed annotations are listed by layer in text order")
    func changes() {
        var new = Fixture.perturbed()
        new.quotes = []
        new.mentions.append(EntityMention(id: "m9", type: "misc", span: span("Monday", in: Fixture.text)))
        let diff = AnnotationDiff(old: Fixture.gold(), new: new)
        let rendered = diff.rendered()
        #expect(rendered == """
            mentions
              ~ m2 person [14,18) "Carl": span [14,23) → [14,18)
              ~ m3 organization [27,31) "Oslo": type location → organization
              + m9 misc [35,41) "Monday"
            dates
              ~ t1 date [35,41) "Monday": value 2024-01-01 → 2024-01-08
            quotes
              - q1 direct [43,55) "\\"We agreed,\\""
            1 added, 1 removed, 3 changed

            """)
    }

    @Test("annotations with new ids are paired by span")
    func pairedBySpan() {
        var new = Fixture.gold()
        new.mentions[2].id = "m20"
        let diff = AnnotationDiff(old: Fixture.gold(), new: new)
        #expect(diff.entries.count == 1)
        #expect(diff.entries.first?.change == .changed && diff.entries.first?.newID == "m20")
    }

    @Test("speakers are shown by name")
    func speakerNames() {
        let diff = AnnotationDiff(old: Fixture.gold(), new: Fixture.perturbed())
        let quote = diff.entries.first { $0.layer == "quotes" }
        #expect(quote?.fields == [AnnotationDiff.FieldChange(field: "speaker", old: "Anna Berg (e1)", new: "Carl Dahl (e2)")])
    }
}
