import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The byte-level gazetteer loading against the plain parse it replaces (Swift strings, sets and
/// dictionaries), on the generated lists and on random keys.
@Suite("Gazetteer loading (differential)")
struct GazetteerLoadingTests {
    /// The lines of a list as the plain parse split them: on newlines, trimmed of spaces and carriage
    /// returns, empty lines dropped.
    static func plainLines(_ list: String) -> [String] {
        list.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            var text = Substring(line)
            while let last = text.last, last == " " || last == "\r" { text = text.dropLast() }
            while let first = text.first, first == " " { text = text.dropFirst() }
            return text.isEmpty ? nil : String(text)
        }
    }

    static func plainPhraseKey(_ surface: String) -> String {
        Gazetteer.phraseTokens(surface).joined(separator: " ")
    }

    @Test("every name surface of the generated data finds the entity that first listed it, with its longest phrase")
    func namesMatchThePlainParse() throws {
        let g = Gazetteer.shared
        var owner: [String: Int] = [:]
        var longest: [String: Int] = [:]
        var surnames: [String: Int] = [:]
        var index = 0
        for line in GazetteerLoadingTests.plainLines(GazetteerData.names) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = EntityKind(code: fields[0]) else { continue }
            let surfaces = fields[1].split(separator: "|").map(String.init)
            guard let canonical = surfaces.first else { continue }
            let entity = g.entity(at: index)
            #expect(entity.kind == kind && entity.canonicalName == canonical)
            #expect(entity.knowledgeBaseID == (fields.count > 2 && !fields[2].isEmpty ? String(fields[2]) : nil))
            for surface in surfaces {
                let tokens = Gazetteer.phraseTokens(surface)
                guard let first = tokens.first else { continue }
                let key = tokens.joined(separator: " ")
                if owner[key] == nil { owner[key] = index }
                longest[first] = max(longest[first] ?? 0, tokens.count)
            }
            if kind == .person, let last = Gazetteer.phraseTokens(canonical).last, last.count > 2, surnames[last] == nil {
                surnames[last] = index
            }
            index += 1
        }
        #expect(g.entities.count == index)
        #expect(g.phrases.count == owner.count)
        for (key, expected) in owner where g.entity(phrase: key)?.index != expected {
            Issue.record("phrase '\(key)': \(String(describing: g.entity(phrase: key)?.index)) instead of \(expected)")
        }
        #expect(g.longestPhrase.count == longest.count)
        for (first, expected) in longest where g.longestPhrase(startingWith: first) != expected {
            Issue.record("longest phrase after '\(first)': \(g.longestPhrase(startingWith: first)) instead of \(expected)")
        }
        #expect(g.personSurnames.count == surnames.count)
        for (surname, expected) in surnames where g.personBySurname(surname)?.index != expected {
            Issue.record("surname '\(surname)': \(String(describing: g.personBySurname(surname)?.index)) instead of \(expected)")
        }
    }

    @Test("the word and phrase lists hold exactly the plain parse's keys")
    func wordListsMatchThePlainParse() {
        let g = Gazetteer.shared
        let words: [(GazetteerWordList, String)] = [
            (g.givenNames, GazetteerData.givenNames), (g.surnames, GazetteerData.surnames),
            (g.commonWords, GazetteerData.commonWords), (g.nonNames, GazetteerData.nonNames),
            (g.sportsWords, GazetteerData.sportsWords),
        ]
        for (list, data) in words {
            let keys = Set(GazetteerLoadingTests.plainLines(data).map { $0.lowercased() })
            #expect(list.count == keys.count)
            for key in keys where !list.contains(key) { Issue.record("word '\(key)' is missing") }
        }
        let phrases: [(GazetteerWordList, String)] = [
            (g.titles, GazetteerData.titles), (g.organizationHeads, GazetteerData.organizationHeads),
            (g.locationHeads, GazetteerData.locationHeads), (g.miscHeads, GazetteerData.miscHeads),
            (g.teamPlaces, GazetteerData.teamPlaces),
        ]
        for (list, data) in phrases {
            let keys = Set(GazetteerLoadingTests.plainLines(data).map(GazetteerLoadingTests.plainPhraseKey))
            #expect(list.count == keys.count)
            for key in keys where !list.contains(key) { Issue.record("phrase '\(key)' is missing") }
        }
        let titleKeys = Set(GazetteerLoadingTests.plainLines(GazetteerData.titles).map(GazetteerLoadingTests.plainPhraseKey))
        #expect(g.longestTitle == (titleKeys.map { $0.split(separator: " ").count }.max() ?? 1))
        #expect(!g.givenNames.contains("") && !g.commonWords.contains("no-such-word-here"))
    }

    @Test("a table agrees with a dictionary on random keys, duplicates, non-ASCII and growth")
    func tableAgreesWithDictionary() {
        let alphabet: [String] = ["a", "b", "z", " ", ".", "-", "'", "é", "e\u{301}", "ß", "中", "😀"]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var table = GazetteerTable(capacity: 4)
        var first: [String: Int32] = [:]
        var highest: [String: Int32] = [:]
        var maxima = GazetteerTable(capacity: 1)
        for round in 0..<5000 {
            var key = ""
            for _ in 0..<(next() % 6) { key += alphabet[next() % alphabet.count] }
            let value = Int32(round % 97)
            var bytes = Array(key.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                table.insertIfAbsent(UnsafeBufferPointer(buffer), value: value)
                maxima.raise(UnsafeBufferPointer(buffer), to: value)
            }
            if first[key] == nil { first[key] = value }
            highest[key] = max(highest[key] ?? value, value)
        }
        #expect(table.count == first.count)
        for (key, value) in first { #expect(table.value(key) == value, "\(key.debugDescription)") }
        for (key, value) in highest { #expect(maxima.value(key) == value, "\(key.debugDescription)") }
        // Swift string equality: a decomposed key finds its composed form and the other way round.
        if first["é"] != nil { #expect(table.value("e\u{301}") == first["é"]) }
        #expect(table.value("not in the table") == nil)
        #expect(GazetteerTable(capacity: 0).value("a") == nil)
    }
}
