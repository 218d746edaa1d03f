import Foundation
import NewsmarkModel
import PropertyBased
import Testing
@testable import NewsmarkXML

/// The writer's fast paths against the plain algorithms they replace, on random text with markup
/// characters, control characters, non-ASCII and characters outside the BMP.
@Suite("Writer fast paths (differential)")
struct WriterFastPathTests {
    static let pieces: [String] = [
        "a", "Z", " ", "&", "<", ">", "\"", "'", "]]>", "\r", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "ü", "é", "e\u{301}",
        "𝔘", "😀", "中", "\u{FFFE}", "\u{FFFF}", "&amp;", "x", "0",
    ]

    static func randomString(_ seed: Int) -> String {
        var state = UInt64(truncatingIfNeeded: seed) &+ 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var text = ""
        for _ in 0..<(next() % 40) { text += pieces[next() % pieces.count] }
        return text
    }

    /// The text escaping as the writer did it before writing unescaped runs directly: byte by byte.
    static func referenceEscape(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case 0x0D: out += Array("&#13;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first character XML 1.0 does not allow, by the scalar loop alone (no ASCII fast path).
    static func referenceFirstInvalid(_ value: String) -> (Unicode.Scalar, Int)? {
        for (offset, scalar) in value.unicodeScalars.enumerated() where !scalar.isXMLCharacter { return (scalar, offset) }
        return nil
    }

    @Test("element text is escaped exactly as the byte-by-byte escaping does")
    func textEscaping() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...Int.max)) { seed in
            let text = WriterFastPathTests.randomString(seed)
            do {
                let writer = try LibXML2TextWriter(expectedSize: 64)
                try writer.startDocument()
                try writer.startElement("p")
                var scratch: [UInt8] = []
                var copy = text
                try copy.withUTF8 { try writer.text(utf8: $0, scratch: &scratch) }
                try writer.endElement()
                let written = String(decoding: try writer.finish(), as: UTF8.self)
                let expected = WriterFastPathTests.referenceEscape(text)
                let body = text.isEmpty ? "<p/>" : "<p>\(expected)</p>"
                #expect(written.hasSuffix(body + "\n"), "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test("the XML character check finds the same first invalid character with and without its fast path")
    func characterCheck() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...Int.max)) { seed in
            let text = WriterFastPathTests.randomString(seed)
            let fast = XMLCharacterCheck.firstInvalid(in: text)
            let reference = WriterFastPathTests.referenceFirstInvalid(text)
            #expect(fast?.scalar == reference?.0 && fast?.offset == reference?.1, "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test("cached cert spellings equal the formatter's, and out-of-range values stay refused")
    func certaintyCache() throws {
        let writer = try LibXML2TextWriter(expectedSize: 64)
        for value in [0.7, 0.9, 0.7, 0.95, 0, 1, 0.00001, 0.123456789, 0.9, 0.1 + 0.2] {
            #expect(writer.certainty(value) == CertaintyValue.format(value))
        }
        #expect(writer.certainty(1.5) == nil)
        #expect(writer.certainty(-0.1) == nil)
        #expect(writer.certainty(.nan) == nil)
    }
}
