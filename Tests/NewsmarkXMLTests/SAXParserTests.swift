import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkXML

/// The pieces of the SAX fast path that must agree byte for byte with the event stream.
@Suite struct SAXParserTests {
    @Test(arguments: [
        (#"<?xml version="1.0" encoding="UTF-8"?><a/>"#, true),
        (#"<?xml version="1.0" encoding="utf8"?><a/>"#, true),
        (#"<?xml version="1.0" ENCODING="US-ASCII"?><a/>"#, true),
        (#"<?xml version='1.0' encoding='ascii'?><a/>"#, false),  // only a double-quoted "ascii" is recognised
        (#"<?xml version="1.0" encoding="ISO-8859-1"?><a/>"#, false),
        (#"<?xml version="1.0"?><a/>"#, true),
        ("<a/>", true),
        ("\u{FEFF}<?xml version=\"1.0\" encoding=\"latin1\"?><a/>", true),
    ])
    func encodingDeclarations(_ text: String, _ utf8: Bool) {
        #expect(SourcePositionTracker.isUTF8(Data(text.utf8)) == utf8)
    }

    @Test func utf16IsNotUTF8() {
        var data = Data([0xFF, 0xFE])
        data.append("<a/>".data(using: .utf16LittleEndian)!)
        #expect(!SourcePositionTracker.isUTF8(data))
        #expect(!SourcePositionTracker.isUTF8(Data([0x00, 0x3C, 0x00, 0x61])))
    }

    @Test func codePointCountMatchesTheScalarCount() {
        let samples = ["", "a", "abcdefgh", "ünïcödé 🙂 “quoted” — 東京 and more ASCII after it", String(repeating: "é", count: 37)]
        for sample in samples {
            let bytes = Array(sample.utf8)
            let count = bytes.withUnsafeBufferPointer { LineColumnCursor.codePointCount($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
            #expect(count == sample.unicodeScalars.count, "\(sample)")
        }
    }

    @Test func cursorCountsLinesAndColumns() {
        let text = Array("ab\ncé🙂d\n\nxyz".utf8)
        var cursor = LineColumnCursor()
        text.withUnsafeBufferPointer { buffer in
            cursor.advance(to: 1, in: buffer.baseAddress!)
            #expect((cursor.line, cursor.column) == (1, 2))
            cursor.advance(to: 4, in: buffer.baseAddress!)  // 'c' after the first line feed, then past it
            #expect((cursor.line, cursor.column) == (2, 2))
            cursor.advance(to: text.count - 1, in: buffer.baseAddress!)
            #expect((cursor.line, cursor.column) == (4, 3))
        }
    }

    @Test func attributeValuesUndoLibxml2sAmpersandEscape() {
        let raw = Array("a&#38;b&#38;&#38;c&d".utf8)
        raw.withUnsafeBufferPointer { #expect(SAXStartElement.decodedValue($0) == "a&b&&c&d") }
    }
}
