import NewsmarkModel
import Testing
@testable import NewsmarkInterop

@Suite("brat standoff")
struct BratTests {
    let original = SampleArticle.make()

    @Test("an unedited round trip gives the original back exactly")
    func unchangedRoundTrip() throws {
        let files = BratExporter().export(original)
        let result = try BratMerge.merge(files, onto: original)
        #expect(result.report.isEmpty)
        #expect(result.article == original)
    }

    @Test("offsets count code points, also after a character outside the BMP")
    func codePointOffsets() throws {
        let files = BratExporter().export(original)
        let line = try #require(files.annotations.split(separator: "\n").first { $0.hasSuffix("\tNesodden") })
        // "Harbor Council 🚢 Approves Ferry Line to " is 40 code points (41 UTF-16 units).
        #expect(line.contains("location 40 48"))
        #expect(files.text == original.text + "\n")
    }

    @Test("the .ann file carries ids, values, kinds, speakers and continuations")
    func annotationLines() {
        let ann = BratExporter().export(original).annotations
        #expect(ann.contains("\tid=t1; value=2024-03-03\n"))
        #expect(ann.contains("id=t2; value=2024-02-27; anchor=t1"))
        #expect(ann.contains("id=t4; value=PT1H; quant=EVERY"))
        #expect(ann.contains("id=m5; entity=e1"))
        #expect(ann.contains("id=q1; cue=said"))
        let lines = ann.split(separator: "\n").map(String.init)
        let q1 = lines.first { $0.hasPrefix("T") && $0.hasSuffix("\t\"This is a good day for commuters,\"") }
        let q1ID = String(q1?.split(separator: "\t").first ?? "")
        #expect(lines.contains("A1\tKind \(q1ID) direct"))
        // The speaker relation points at the nearest mention of Kari Vik: "Vik" just after the quote.
        let vik = lines.first { $0.hasPrefix("T") && $0.hasSuffix("\tVik") }
        let vikID = String(vik?.split(separator: "\t").first ?? "")
        #expect(lines.contains { $0.hasSuffix("\tSpeaker Arg1:\(q1ID) Arg2:\(vikID)") })
        #expect(lines.contains { $0.contains("\tContinues Arg1:") })
    }

    @Test("a manual edit is merged: added entity, changed date value, deleted quote")
    func mergesEdit() throws {
        var files = BratExporter().export(original)
        let find = SpanFinder(original.text)
        let mira = find.span("Mira Solberg")
        var lines = files.annotations.split(separator: "\n").map(String.init)
        // Delete the scare quote (its T, attribute and note lines).
        let scare = try #require(lines.first { $0.hasPrefix("T") && $0.hasSuffix("\t\"overdue\"") })
        let scareID = String(scare.split(separator: "\t")[0])
        lines.removeAll { $0.hasPrefix(scareID + "\t") || $0.hasSuffix(" \(scareID) scare") || $0.contains("AnnotatorNotes \(scareID)\t") }
        // Change the value of "Tuesday".
        lines = lines.map { $0.replacingOccurrences(of: "value=2024-02-27", with: "value=2024-02-26") }
        // Add a person, as brat would (new T id, no note).
        lines.append("T99\tperson \(mira.start) \(mira.end)\tMira Solberg")
        files.annotations = lines.joined(separator: "\n") + "\n"

        let result = try BratMerge.merge(files, onto: original, annotatorID: "ann1")
        let merged = result.article
        #expect(result.report.removed == ["q4"])
        #expect(result.report.changed == ["t2"])
        #expect(result.report.added == ["m9"])
        #expect(merged.quotes.map(\.id) == ["q1", "q2", "q3"])
        let tuesday = try #require(merged.temporalExpressions.first { $0.id == "t2" })
        #expect(tuesday.value == "2024-02-26")
        #expect(tuesday.anchorID == "t1")
        #expect(tuesday.provenance == Provenance(annotatorID: "ann1"))
        let added = try #require(merged.mentions.first { $0.id == "m9" })
        #expect(added.span == mira && added.type == "person" && added.provenance.annotatorID == "ann1")
        #expect(merged.annotators.last == Annotator(id: "ann1", kind: .person, name: "ann1", mode: .manual))
        // Untouched annotations keep their tool provenance and everything else.
        #expect(merged.mentions.first { $0.id == "m5" } == original.mentions.first { $0.id == "m5" })
        #expect(merged.metadata == original.metadata && merged.blocks == original.blocks)
        #expect(merged.discourseEntities == original.discourseEntities)
    }

    @Test("a new speaker relation to an unlinked mention creates the entity")
    func newSpeakerCreatesEntity() throws {
        var files = BratExporter().export(original)
        let find = SpanFinder(original.text)
        let mira = find.span("Mira Solberg")
        let lines = files.annotations.split(separator: "\n").map(String.init)
        let scare = try #require(lines.first { $0.hasPrefix("T") && $0.hasSuffix("\t\"overdue\"") })
        let scareID = String(scare.split(separator: "\t")[0])
        files.annotations += "T99\tperson \(mira.start) \(mira.end)\tMira Solberg\nA90\tKind \(scareID) partial\nR90\tSpeaker Arg1:\(scareID) Arg2:T99\n"
        let result = try BratMerge.merge(files, onto: original)
        let quote = try #require(result.article.quotes.first { $0.id == "q4" })
        #expect(quote.kind == .partial)
        #expect(quote.speakerID == "e5")
        #expect(result.article.discourseEntities.last == DiscourseEntity(id: "e5", type: "person", name: "Mira Solberg", provenance: Provenance(annotatorID: "annotator")))
        #expect(result.article.mentions.first { $0.id == "m9" }?.entityID == "e5")
    }

    @Test("a changed text stops the merge with the place of the first difference")
    func textConflict() throws {
        var files = BratExporter().export(original)
        files.text = files.text.replacingOccurrences(of: "voted on", with: "voted  on")
        #expect {
            try BratMerge.merge(files, onto: original, textFile: "a.txt", annotationFile: "a.ann")
        } throws: { error in
            guard let error = error as? NewsmarkError else { return false }
            return error.kind == .invalidInput && error.location?.line == 5 && error.location?.column == 48
                && error.description.contains("differs from the original")
        }
    }

    @Test("offsets that do not fit the text are reported with the .ann line")
    func badOffsets() {
        let files = BratDocument(text: original.text + "\n", annotations: "T1\tperson 0 7\tSomeone\n")
        #expect(throws: NewsmarkError.self) { try BratMerge.merge(files, onto: original, annotationFile: "x.ann") }
        let discontinuous = BratDocument(text: original.text + "\n", annotations: "T1\tperson 0 6;7 14\tHarbor Council\n")
        #expect(throws: NewsmarkError.self) { try BratMerge.merge(discontinuous, onto: original) }
        let unknownLabel = BratDocument(text: original.text + "\n", annotations: "T1\tPER 0 6\tHarbor\n")
        #expect(throws: NewsmarkError.self) { try BratMerge.merge(unknownLabel, onto: original) }
    }

    @Test("annotation.conf declares the tag set, relations and the quote kind")
    func configuration() {
        let conf = BratConfiguration.annotationConf(tagSet: original.tagSet)
        for label in ["person", "organization", "location", "misc", "date", "time", "duration", "set", "quote"] {
            #expect(conf.contains("\n\(label)\n"))
        }
        #expect(conf.contains("Speaker\tArg1:quote, Arg2:person|organization|location|misc"))
        #expect(conf.contains("Kind\tArg:quote, Value:direct|partial|scare"))
        let visual = BratConfiguration.visualConf(tagSet: original.tagSet)
        #expect(visual.contains("person | Person | PER"))
    }

    @Test("notes escape separators")
    func notesEscape() {
        let note = BratNotes.encode([("id", "q1"), ("cue", "said; 100% sure"), ("speaker", nil)])
        #expect(note == "id=q1; cue=said%3B 100%25 sure")
        #expect(BratNotes.decode(note) == ["id": "q1", "cue": "said; 100% sure"])
    }
}

@Suite("Annotator assignment")
struct AnnotatorAssignmentTests {
    @Test("overlap articles go to everyone, the rest round-robin, independent of input order")
    func assignment() {
        let ids = (1...20).map { "article-\($0)" }
        let assignment = AnnotatorAssignment.assign(articleIDs: ids, annotators: ["A", "B", "C"], overlap: .fraction(0.1))
        #expect(assignment.count == 20)
        #expect(assignment.values.filter { $0 == ["A", "B", "C"] }.count == 2)
        let single = assignment.values.filter { $0.count == 1 }
        #expect(single.count == 18)
        for name in ["A", "B", "C"] { #expect(single.filter { $0 == [name] }.count == 6) }
        #expect(AnnotatorAssignment.assign(articleIDs: ids.reversed(), annotators: ["A", "B", "C"], overlap: .fraction(0.1)) == assignment)
    }

    @Test("overlap is a percentage, a share or a count")
    func parsing() {
        #expect(AnnotatorAssignment.Overlap("10%") == .fraction(0.1))
        #expect(AnnotatorAssignment.Overlap("0.25") == .fraction(0.25))
        #expect(AnnotatorAssignment.Overlap("3") == .count(3))
        #expect(AnnotatorAssignment.Overlap("150%") == nil)
        #expect(AnnotatorAssignment.Overlap("lots") == nil)
        #expect(AnnotatorAssignment.Overlap.fraction(0.1).count(of: 25) == 3)
    }
}
