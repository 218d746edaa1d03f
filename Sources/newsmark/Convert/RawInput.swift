import Foundation
import Newsmark

/// Decodes raw article text: UTF-8 (with or without a byte-order mark), or UTF-16 with a byte-order mark.
enum RawInput {
    /// The text of `data`; invalid UTF-8 is an error at the line and column of the first bad byte.
    static func text(_ data: Data, fileName: String) throws -> String {
        if data.count >= 2, (data[data.startIndex] == 0xFF && data[data.startIndex + 1] == 0xFE)
            || (data[data.startIndex] == 0xFE && data[data.startIndex + 1] == 0xFF) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw NewsmarkError(.invalidInput, "the text starts with a UTF-16 byte-order mark but is not valid UTF-16",
                                    location: SourceLocation(file: fileName))
            }
            return text
        }
        return try data.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            let (line, column) = firstInvalidPosition(bytes)
            throw NewsmarkError(.invalidInput, "the text is not valid UTF-8 (convert it to UTF-8 first)",
                                location: SourceLocation(file: fileName, line: line, column: column))
        }
    }

    /// The 1-based line and column (in code points) of the first byte that is not valid UTF-8.
    static func firstInvalidPosition(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard i + length <= bytes.count else { return (line, column) }
            if length > 1 {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (line, column) }
                let slice = UnsafeBufferPointer(rebasing: bytes[i..<(i + length)])
                if String(validating: slice, as: UTF8.self) == nil { return (line, column) }
            }
            if b == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += length
        }
        return (line, column)
    }
}
