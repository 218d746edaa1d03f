import Foundation

/// Finds the exact line and column of every node libxml2's reader delivers, by walking the raw
/// input bytes forward in step with the reader.
///
/// libxml2 keeps a line per node but no column, and its parser position runs ahead of the reader.
/// Every raw `<` outside comments, CDATA sections and processing instructions starts markup (a `<`
/// in text or attribute values must be escaped), so advancing to the next `<` for each markup node,
/// in document order, lands exactly on that node. Columns count characters (code points) from 1,
/// as libxml2's own error columns do. The walk is one forward pass over the input.
///
/// It works on UTF-8 input; for other encodings, or if the bytes ever disagree with the node the
/// reader reports, it gives up and ``isSynchronised`` turns false (callers then fall back to the
/// parser's position).
struct SourcePositionTracker {
    /// The kinds of markup the reader reports.
    enum Markup {
        case startTag, endTag, comment, processingInstruction, cdata, doctype
    }

    private let data: Data
    private var position: Int
    private(set) var line = 1
    private(set) var column = 1
    private(set) var isSynchronised: Bool

    init(data: Data) {
        self.data = data
        position = 0
        isSynchronised = SourcePositionTracker.isUTF8(data)
        guard isSynchronised else { return }
        // Skip a byte-order mark (not a column) and the XML declaration (not a node).
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if hasPrefix("<?xml", at: position), position + 5 < data.count,
           [0x20, 0x09, 0x0A, 0x0D].contains(byte(at: position + 5)) {
            _ = advance(toMarkup: .processingInstruction)
        }
    }

    /// The current line and column (where the next text run starts).
    var current: (line: Int, column: Int)? { isSynchronised ? (line, column) : nil }

    /// Moves to the next markup of `kind`, returns its position, and moves past it.
    mutating func advance(toMarkup kind: Markup) -> (line: Int, column: Int)? {
        guard isSynchronised else { return nil }
        let count = data.count
        let found: (Int, Int, Int)? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = position
            var line = self.line
            var column = self.column
            while index < count, bytes[index] != 0x3C {  // '<'
                let b = bytes[index]
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return index < count ? (index, line, column) : nil
        }
        guard let (start, line, column) = found, matches(kind, at: start) else {
            isSynchronised = false
            return nil
        }
        self.line = line
        self.column = column
        position = start
        guard let end = endOfMarkup(kind, from: start) else {
            isSynchronised = false
            return (line, column)
        }
        moveForward(to: end)
        return (line, column)
    }

    // MARK: - Private

    private func byte(at index: Int) -> UInt8 { data[data.startIndex + index] }

    private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard index + utf8.count <= data.count else { return false }
        for (offset, b) in utf8.enumerated() where byte(at: index + offset) != b { return false }
        return true
    }

    private func matches(_ kind: Markup, at index: Int) -> Bool {
        switch kind {
        case .endTag: hasPrefix("</", at: index)
        case .comment: hasPrefix("<!--", at: index)
        case .cdata: hasPrefix("<![CDATA[", at: index)
        case .doctype: hasPrefix("<!DOCTYPE", at: index)
        case .processingInstruction: hasPrefix("<?", at: index)
        case .startTag:
            index + 1 < data.count && ![UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(byte(at: index + 1))
        }
    }

    /// The index just past the markup that starts at `start`.
    private func endOfMarkup(_ kind: Markup, from start: Int) -> Int? {
        switch kind {
        case .comment: return find("-->", from: start + 4)
        case .cdata: return find("]]>", from: start + 9)
        case .processingInstruction: return find("?>", from: start + 2)
        case .endTag: return find(">", from: start + 2)
        case .startTag, .doctype:
            // Attribute values (and DOCTYPE literals) may contain '>': skip quoted runs.
            return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
                let bytes = raw.bindMemory(to: UInt8.self)
                var quote: UInt8 = 0
                var index = start + 1
                var bracketDepth = 0
                while index < bytes.count {
                    let b = bytes[index]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == 0x22 || b == 0x27 {
                        quote = b
                    } else if b == 0x5B {  // '[' opens a DOCTYPE internal subset
                        bracketDepth += 1
                    } else if b == 0x5D {
                        bracketDepth -= 1
                    } else if b == 0x3E, bracketDepth <= 0 {
                        return index + 1
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    private func find(_ terminator: String, from start: Int) -> Int? {
        let needle = Array(terminator.utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = start
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0] {
                    var matched = true
                    for k in 1..<needle.count where bytes[index + k] != needle[k] {
                        matched = false
                        break
                    }
                    if matched { return index + needle.count }
                }
                index += 1
            }
            return nil
        }
    }

    /// Moves the position forward, counting lines and columns on the way.
    private mutating func moveForward(to end: Int) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = position
            while index < end {
                let b = bytes[index]
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
        }
        position = end
    }

    /// Whether the document is UTF-8 (or ASCII): no UTF-16/32 byte-order mark and no XML declaration
    /// naming another encoding.
    private static func isUTF8(_ data: Data) -> Bool {
        let head = data.prefix(200)
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x00]) { return false }
        if head.count > 1, head[head.startIndex + 1] == 0x00 { return false }
        guard let text = String(data: head.prefix { $0 < 0x80 }, encoding: .ascii), text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml") else {
            return true
        }
        guard let declarationEnd = text.range(of: "?>") else { return true }
        let declaration = text[..<declarationEnd.lowerBound].lowercased()
        guard let encodingRange = declaration.range(of: "encoding") else { return true }
        let rest = declaration[encodingRange.upperBound...]
        return rest.contains("utf-8") || rest.contains("utf8") || rest.contains("us-ascii") || rest.contains("\"ascii")
    }
}
