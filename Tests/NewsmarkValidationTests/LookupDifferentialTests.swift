import NewsmarkModel
import NewsmarkTestSupport
@testable import NewsmarkValidation
import Testing

/// The validator's byte-level look-ups agree with plain reference code: the relative-date keyword scan
/// with a search of the lower-cased text, the id table with a dictionary.
@Suite struct LookupDifferentialTests {
    private static let keywords = ["day", "ago", "last", "next", "this", "past", "tonight", "tomorrow", "previous",
                                   "coming", "current"]

    /// Whether the ASCII-lower-cased text holds a keyword (the former scan, one keyword at a time).
    private static func referenceMightMatch(_ text: String) -> Bool {
        let lowered = String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        return keywords.contains { lowered.contains($0) }
    }

    @Test func keywordScanAgreesOnWrittenTexts() {
        let texts = ["", "d", "da", "day", "Tuesday", "TODAY", "two years ago", "Last week", "NeXt month", "this",
                     "thi", "tonigh", "tomorrow", "PREVIOUS", "the coming days", "current", "May 18", "1998",
                     "past", "pas", "Thursday, 3 March", "Dienstag", "ayer", "c", "co", "comin", "curren",
                     "yesterday’s", "d\u{301}ay", "日day"]
        for text in texts {
            #expect(RelativeExpression.mightMatch(text) == Self.referenceMightMatch(text), "\(text)")
        }
    }

    @Test func keywordScanAgreesOnRandomTexts() {
        var rng = SplitMix64(state: 7)
        let pieces = ["d", "a", "y", "g", "o", "l", "s", "t", "n", "e", "x", "h", "i", "p", "r", "v", "u", "c", "m",
                      "D", "A", "Y", "T", "N", "C", "P", " ", "-", "1", "é", "→", "@", "`", "{"]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(RelativeExpression.mightMatch(text) == Self.referenceMightMatch(text), "\(text)")
        }
    }

    @Test func idTableAgreesWithADictionary() {
        var rng = SplitMix64(state: 11)
        var table = IDTable()
        var reference: [String: IDTable.Definition] = [:]
        let kinds: [IDKind] = [.article, .paragraph, .annotator, .entity, .mention, .quote, .timex, .other]
        // Enough ids to grow the table several times, with repeats, prefixes of one another and the empty id.
        for step in 0..<5_000 {
            let length = Int.random(in: 0...6, using: &rng)
            let id = String((0..<length).map { _ in "ab1-é".randomElement(using: &rng)! }) + (step % 3 == 0 ? "\(step % 700)" : "")
            let definition = IDTable.Definition(kind: kinds.randomElement(using: &rng)!,
                                                position: TextPosition(line: step + 1, column: step % 90 + 1))
            let earlier = table.define(id, kind: definition.kind, at: definition.position)
            #expect(earlier == reference[id], "\(id)")
            if reference[id] == nil { reference[id] = definition }
            if step % 50 == 0 {
                let probe = String((0..<Int.random(in: 0...7, using: &rng)).map { _ in "ab1-é".randomElement(using: &rng)! })
                #expect(table.definition(of: probe) == reference[probe], "\(probe)")
            }
        }
        #expect(table.count == reference.count)
        for (id, definition) in reference { #expect(table.definition(of: id) == definition, "\(id)") }
    }

    /// Symbols: references interned before, between and after definitions resolve exactly as a dictionary
    /// of the definitions made so far says; equal ids share one symbol; the text comes back unchanged.
    @Test func idSymbolsAgreeWithADictionary() {
        var rng = SplitMix64(state: 23)
        var table = IDTable()
        var reference: [String: IDTable.Definition] = [:]
        var symbols: [String: IDSymbol] = [:]
        let kinds: [IDKind] = [.article, .paragraph, .annotator, .entity, .mention, .quote, .timex, .other]
        func bytes(_ id: String) -> [UInt8] { Array(id.utf8) }
        for step in 0..<6_000 {
            let length = Int.random(in: 0...5, using: &rng)
            let id = String((0..<length).map { _ in "ab1-é&".randomElement(using: &rng)! }) + (step % 4 == 0 ? "\(step % 900)" : "")
            let symbol: IDSymbol
            if Bool.random(using: &rng) {
                // A reference: defined or not, it gets the id's one symbol and changes no definition.
                symbol = bytes(id).withUnsafeBufferPointer { table.symbol(for: $0) }
            } else {
                let definition = IDTable.Definition(kind: kinds.randomElement(using: &rng)!,
                                                    position: TextPosition(line: step + 1, column: step % 70 + 1))
                let result = bytes(id).withUnsafeBufferPointer { table.define($0, kind: definition.kind, at: definition.position) }
                #expect(result.earlier == reference[id], "\(id)")
                if reference[id] == nil { reference[id] = definition }
                symbol = result.symbol
            }
            if let known = symbols[id] { #expect(known == symbol, "\(id)") } else { symbols[id] = symbol }
            #expect(table.string(of: symbol) == id)
            #expect(table.isEmpty(symbol) == id.isEmpty)
            #expect(table.definition(of: symbol) == reference[id], "\(id)")
            #expect(table.isDefined(symbol) == (reference[id] != nil), "\(id)")
            #expect(table.definition(of: id) == reference[id], "\(id)")
        }
        #expect(table.count == reference.count)
        #expect(Set(symbols.values).count == symbols.count)
        for (id, symbol) in symbols {
            #expect(table.definition(of: symbol) == reference[id], "\(id)")
            #expect(table.string(of: symbol) == id)
        }
    }
}
