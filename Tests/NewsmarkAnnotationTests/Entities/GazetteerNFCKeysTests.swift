import Foundation
import NewsmarkModel
import NewsmarkTestSupport
import Testing
@testable import NewsmarkAnnotation

/// Non-ASCII keys looked up by the bytes of their normalization form C answer exactly as a Swift
/// `[String: Int32]` (canonical equivalence) does.
@Suite struct GazetteerNFCKeysTests {
    /// Letters of every kind the rule has to tell apart: ASCII, inert precomposed letters and marks,
    /// combining marks (some compose with the letter before, some do not), and letters of other scripts.
    static let alphabet: [String] = [
        "a", "e", "i", "o", "u", "n", "z", " ", "-", "'", "\u{E9}", "\u{FC}", "\u{F1}", "\u{E5}", "\u{142}", "\u{2019}",
        "\u{1EB9}", "\u{301}", "\u{308}", "\u{303}", "\u{327}", "\u{323}", "\u{307}", "\u{3B1}", "\u{43F}", "\u{212B}",
    ]

    static func randomWord(_ random: inout SplitMix64) -> String {
        var word = ""
        for _ in 0..<(1 + Int(random.next() % 5)) { word += alphabet[Int(random.next() % UInt64(alphabet.count))] }
        return word
    }

    static func value(_ keys: GazetteerNFCKeys, _ word: String) -> Int32? {
        var word = word
        return word.withUTF8 { keys.value(utf8: $0) }
    }

    @Test func inertTextIsExactlyTheListedRanges() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = "a" + String(Character(scalar)) + "b"
            let inert = text.withUTF8 { GazetteerNFCKeys.isInert($0) }
            #expect(inert == (value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value)), "\(value)")
        }
        let broken: [UInt8] = [0x61, 0xC3]
        #expect(!broken.withUnsafeBufferPointer { GazetteerNFCKeys.isInert($0) })
    }

    /// Every inert scalar is its own NFC, and text of them is its own NFC: what lets a look-up use the
    /// bytes as they are.
    @Test func inertTextIsInNormalizationFormC() {
        var inert: [Unicode.Scalar] = []
        for value in Array(UInt32(0x80)..<0x300) + Array(UInt32(0x1E00)...0x1EFF) + Array(UInt32(0x2010)...0x2027) {
            if let scalar = Unicode.Scalar(value) { inert.append(scalar) }
        }
        for scalar in inert {
            let text = "e" + String(Character(scalar)) + "a"
            #expect(text._nfcCodeUnits == Array(text.utf8), "\(scalar.value)")
        }
    }

    @Test func lookUpsAgreeWithAStringDictionary() {
        var random = SplitMix64(seed: 11)
        for round in 0..<40 {
            let keepsLargest = round % 2 == 1
            var builder = GazetteerNFCKeys.Builder(capacity: 8)
            var plain: [String: Int32] = [:]
            for _ in 0..<60 {
                var word = Self.randomWord(&random)
                let value = Int32(random.next() % 1000)
                word.withUTF8 { bytes in
                    if keepsLargest { builder.raise(bytes, to: value) } else { builder.lower(bytes, to: value) }
                }
                if let old = plain[word] { plain[word] = keepsLargest ? max(old, value) : min(old, value) } else { plain[word] = value }
            }
            let keys = GazetteerNFCKeys(builder)
            for _ in 0..<200 {
                let word = Self.randomWord(&random)
                #expect(Self.value(keys, word) == plain[word], "\(Array(word.unicodeScalars))")
            }
            for word in plain.keys { #expect(Self.value(keys, word) == plain[word]) }
        }
    }

    @Test func decomposedAndComposedSpellingsFindEachOther() {
        var builder = GazetteerNFCKeys.Builder(capacity: 8)
        var zurich = "z\u{FC}rich"
        var saoPaulo = "s\u{E3}o paulo"
        zurich.withUTF8 { builder.lower($0, to: 4) }
        saoPaulo.withUTF8 { builder.lower($0, to: 9) }
        let keys = GazetteerNFCKeys(builder)
        #expect(Self.value(keys, "zu\u{308}rich") == 4)
        #expect(Self.value(keys, "z\u{FC}rich") == 4)
        #expect(Self.value(keys, "sa\u{303}o paulo") == 9)
        #expect(Self.value(keys, "zurich") == nil)
    }

    /// The shared gazetteer's non-ASCII name keys: the byte tables answer as the dictionaries do, for
    /// every key, for its decomposed spelling, and for text that is no key.
    @Test func sharedNameKeysAgreeWithTheirDictionaries() {
        let tables = GazetteerDeferredNameKeys.tables
        let nfc = GazetteerDeferredNameKeys.nfc
        for (dictionary, keys) in [(tables.phrases, nfc.phrases), (tables.longest, nfc.longest), (tables.surnames, nfc.surnames)] {
            for (key, value) in dictionary {
                #expect(Self.value(keys, key) == value, "\(key)")
                let decomposed = key.replacingOccurrences(of: "\u{FC}", with: "u\u{308}")
                    .replacingOccurrences(of: "\u{E9}", with: "e\u{301}")
                #expect(Self.value(keys, decomposed) == dictionary[decomposed], "\(key)")
                #expect(Self.value(keys, key + "\u{E9}") == dictionary[key + "\u{E9}"], "\(key)")
            }
        }
        // Through the gazetteer: "São Paulo" spelled decomposed is found.
        let composed = Gazetteer.shared.entity(phrase: "s\u{E3}o paulo")
        #expect(composed != nil)
        #expect(Gazetteer.shared.entity(phrase: "sa\u{303}o paulo")?.index == composed?.index)
    }
}
