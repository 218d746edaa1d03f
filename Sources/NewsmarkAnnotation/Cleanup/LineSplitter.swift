/// The first clean-up step: splits raw text into ``RawLine``s and removes what an XML document cannot hold.
///
/// - Line breaks are `\n`, `\r\n`, `\r`, U+0085 (NEL), U+2028 (line separator), vertical tab and form feed;
///   U+2029 (paragraph separator) ends the line and adds a blank line.
/// - A byte-order mark at the very start is dropped silently.
/// - Characters outside the XML 1.0 `Char` production (C0 controls other than tab, U+FFFE, U+FFFF) are
///   dropped, each with a ``ConversionNote`` giving its line and column. Tabs are kept.
/// - Each line is trimmed at both ends (its indentation is recorded); nothing else inside a line changes.
///
/// One pass over the UTF-8 bytes; lines without anything to drop are copied as byte slices.
public enum LineSplitter {
    /// The lines of `raw` and the notes about dropped characters.
    public static func split(_ raw: String) -> (lines: [RawLine], notes: [ConversionNote]) {
        var raw = raw
        return raw.withUTF8 { split(bytes: $0) }
    }

    static func split(bytes: UnsafeBufferPointer<UInt8>) -> (lines: [RawLine], notes: [ConversionNote]) {
        var lines: [RawLine] = []
        var notes: [ConversionNote] = []
        var lineNumber = 1
        var lineStart = 0
        var needsFiltering = false  // the current line holds something to drop
        var i = 0
        let count = bytes.count
        // A byte-order mark at the start (EF BB BF).
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            i = 3
            lineStart = 3
        }

        func finishLine(end: Int) {
            lines.append(makeLine(bytes, start: lineStart, end: end, number: lineNumber, filter: needsFiltering,
                                  notes: &notes))
            lineNumber += 1
            needsFiltering = false
        }

        while i < count {
            // Eight bytes at a time while they are printable ASCII (no control character, no high bit):
            // nothing in them ends a line or needs dropping.
            while i + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                guard word & 0x8080_8080_8080_8080 == 0, belowSpace == 0 else { break }
                i += 8
            }
            guard i < count else { break }
            let b = bytes[i]
            if b < 0x20 {
                switch b {
                case 0x0A, 0x0B, 0x0C:
                    finishLine(end: i)
                    i += 1
                    lineStart = i
                case 0x0D:
                    finishLine(end: i)
                    i += (i + 1 < count && bytes[i + 1] == 0x0A) ? 2 : 1
                    lineStart = i
                case 0x09:
                    i += 1
                default:
                    needsFiltering = true
                    i += 1
                }
                continue
            }
            if b < 0x80 {
                i += 1
                continue
            }
            // U+0085 NEL: C2 85.
            if b == 0xC2, i + 1 < count, bytes[i + 1] == 0x85 {
                finishLine(end: i)
                i += 2
                lineStart = i
                continue
            }
            if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                let isParagraphSeparator = bytes[i + 2] == 0xA9
                finishLine(end: i)
                if isParagraphSeparator {
                    lines.append(RawLine(number: lineNumber - 1, text: ""))
                }
                i += 3
                lineStart = i
                continue
            }
            // U+FFFE and U+FFFF: EF BF BE / EF BF BF.
            if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                needsFiltering = true
            }
            i += 1
        }
        if lineStart < count || needsFiltering {
            finishLine(end: count)
        }
        return (lines, notes)
    }

    /// The line between byte offsets `start` and `end`, trimmed, with characters outside XML `Char` dropped.
    private static func makeLine(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, number: Int, filter: Bool, notes: inout [ConversionNote]
    ) -> RawLine {
        if !filter {
            let (range, indentation) = UTF8Scanning.trimmed(bytes, start: start, end: end)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            return RawLine(number: number, text: text, indentation: indentation)
        }
        var kept = String.UnicodeScalarView()
        var column = 0
        for scalar in String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars {
            column += 1
            if scalar.isXMLCharacter {
                kept.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                notes.append(ConversionNote(
                    line: number, column: column, message: "dropped the control character U+\(code), which XML cannot hold"))
            }
        }
        var text = String(kept)
        var indentation = 0
        for scalar in text.unicodeScalars {
            guard scalar.isNewsmarkWhitespace else { break }
            indentation += 1
        }
        text = text.trimmingNewsmarkWhitespace()
        return RawLine(number: number, text: text, indentation: indentation)
    }
}
