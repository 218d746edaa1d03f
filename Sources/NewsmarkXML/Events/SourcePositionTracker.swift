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
        // One pass over the bytes per node, inside a single buffer access: `memchr` finds the next '<',
        // line feeds and code points up to it give its position, then the end of the markup.
        let data = self.data
        let outcome: (start: (line: Int, column: Int)?, synchronised: Bool) = data.withUnsafeBytes { raw in
            let count = raw.count
            guard let base = raw.baseAddress, position < count,
                  let hit = memchr(base + position, 0x3C, count - position) else { return (nil, false) }  // '<'
            let start = base.distance(to: UnsafeRawPointer(hit))
            moveForward(to: start, in: raw)
            guard Self.matches(kind, at: start, in: raw) else { return (nil, false) }
            let found = (line, column)
            guard let end = Self.endOfMarkup(kind, from: start, in: raw) else { return (found, false) }
            moveForward(to: end, in: raw)
            return (found, true)
        }
        if !outcome.synchronised { isSynchronised = false }
        return outcome.start
    }

    /// The start and end of the next markup (tag, comment, processing instruction, CDATA section or
    /// DOCTYPE), classified from its first bytes, and moves past it; `nil` at the end of the input or
    /// when out of step. Lets a caller that saw no reader nodes walk a well-formed document's markup.
    mutating func nextMarkup() -> (start: (line: Int, column: Int), end: (line: Int, column: Int))? {
        guard isSynchronised else { return nil }
        let from = position
        let next: Int? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, from < raw.count,
                  let hit = memchr(base + from, 0x3C, raw.count - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        guard let next else { return nil }
        let kind: Markup
        if hasPrefix("</", at: next) {
            kind = .endTag
        } else if hasPrefix("<!--", at: next) {
            kind = .comment
        } else if hasPrefix("<![CDATA[", at: next) {
            kind = .cdata
        } else if hasPrefix("<!DOCTYPE", at: next) {
            kind = .doctype
        } else if hasPrefix("<?", at: next) {
            kind = .processingInstruction
        } else {
            kind = .startTag
        }
        guard let start = advance(toMarkup: kind), let end = current else { return nil }
        return (start, end)
    }

    /// Moves forward to `offset`, the start of a markup whose position is known (a start tag a parser
    /// reported), without reading the bytes on the way.
    mutating func jump(toMarkupAt offset: Int, line: Int, column: Int) {
        guard isSynchronised, offset > position else { return }
        position = offset
        self.line = line
        self.column = column
    }

    /// The offset the walk has reached.
    var offset: Int { position }

    /// The position of a DOCTYPE declaration in the prolog (before the root element), if there is
    /// one. Lets the reader refuse it before libxml2 parses any declaration in it.
    func doctypeInProlog() -> (line: Int, column: Int)? {
        guard isSynchronised else { return nil }
        var copy = self
        while true {
            guard let next = copy.nextMarkupStart() else { return nil }
            if copy.hasPrefix("<!DOCTYPE", at: next) {
                return copy.advance(toMarkup: .doctype)
            } else if copy.hasPrefix("<!--", at: next) {
                guard copy.advance(toMarkup: .comment) != nil else { return nil }
            } else if copy.hasPrefix("<?", at: next) {
                guard copy.advance(toMarkup: .processingInstruction) != nil else { return nil }
            } else {
                return nil
            }
        }
    }

    // MARK: - Private

    /// The index of the next `<` from the current position.
    private func nextMarkupStart() -> Int? {
        var index = position
        while index < data.count {
            if byte(at: index) == 0x3C { return index }
            index += 1
        }
        return nil
    }

    private func byte(at index: Int) -> UInt8 { data[data.startIndex + index] }

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= data.count else { return false }
        return prefix.withUTF8Buffer { utf8 in
            for offset in 0..<count where byte(at: index + offset) != utf8[offset] { return false }
            return true
        }
    }

    private static func hasPrefix(_ prefix: StaticString, at index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { utf8 in
            for offset in 0..<count where bytes[index + offset] != utf8[offset] { return false }
            return true
        }
    }

    private static func matches(_ kind: Markup, at index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        switch kind {
        case .endTag: return hasPrefix("</", at: index, in: bytes)
        case .comment: return hasPrefix("<!--", at: index, in: bytes)
        case .cdata: return hasPrefix("<![CDATA[", at: index, in: bytes)
        case .doctype: return hasPrefix("<!DOCTYPE", at: index, in: bytes)
        case .processingInstruction: return hasPrefix("<?", at: index, in: bytes)
        case .startTag:
            guard index + 1 < bytes.count else { return false }
            let next = bytes[index + 1]
            return next != UInt8(ascii: "/") && next != UInt8(ascii: "!") && next != UInt8(ascii: "?")
        }
    }

    /// The index just past the markup that starts at `start`.
    private static func endOfMarkup(_ kind: Markup, from start: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        switch kind {
        case .comment: return find("-->", from: start + 4, in: bytes)
        case .cdata: return find("]]>", from: start + 9, in: bytes)
        case .processingInstruction: return find("?>", from: start + 2, in: bytes)
        case .endTag: return find(">", from: start + 2, in: bytes)
        case .startTag, .doctype:
            // Attribute values (and DOCTYPE literals) may contain '>': skip quoted runs.
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

    private static func find(_ terminator: StaticString, from start: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        terminator.withUTF8Buffer { needle in
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

    /// Moves the position forward, counting lines and columns on the way: line feeds are found with
    /// `memchr`, and the column is the count of code points (bytes that are not UTF-8 continuation bytes)
    /// since the last line feed, a branch-free loop the compiler vectorises.
    private mutating func moveForward(to end: Int, in raw: UnsafeRawBufferPointer) {
        guard end > position, let base = raw.baseAddress else { return }
        var lineStart = position
        var sawLineFeed = false
        var index = position
        while index < end, let hit = memchr(base + index, 0x0A, end - index) {
            let newline = base.distance(to: UnsafeRawPointer(hit))
            line += 1
            sawLineFeed = true
            lineStart = newline + 1
            index = newline + 1
        }
        let codePoints = Self.codePointCount(UnsafeRawBufferPointer(start: base + lineStart, count: end - lineStart))
        column = sawLineFeed ? 1 + codePoints : column + codePoints
        position = end
    }

    /// The number of bytes in `bytes` that start a UTF-8 sequence.
    @inline(__always)
    private static func codePointCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        for b in bytes { count &+= (Int8(bitPattern: b) >= -0x40) ? 1 : 0 }
        return count
    }

    /// Whether the document is UTF-8 (or ASCII): no UTF-16/32 byte-order mark and no XML declaration
    /// naming another encoding.
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let head = UnsafeRawBufferPointer(rebasing: raw.prefix(200))
            if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.first == 0x00 { return false }
            if head.count > 1, head[1] == 0x00 { return false }
            // The ASCII start of the document (a UTF-8 byte-order mark ends it at once: UTF-8).
            let ascii = UnsafeRawBufferPointer(rebasing: head.prefix { $0 < 0x80 })
            guard ascii.starts(with: "<?xml".utf8) else { return true }
            guard let declarationEnd = firstIndex(of: "?>", in: ascii, from: 0) else { return true }
            let declaration = UnsafeRawBufferPointer(rebasing: ascii[..<declarationEnd])
            guard let encoding = firstIndex(of: "encoding", in: declaration, from: 0) else { return true }
            let rest = UnsafeRawBufferPointer(rebasing: declaration[(encoding + 8)...])
            return ["utf-8", "utf8", "us-ascii", "\"ascii"].contains { firstIndex(of: $0, in: rest, from: 0) != nil }
        }
    }

    /// Where `needle` (lower-case ASCII) first occurs in `bytes`, ignoring ASCII case.
    private static func firstIndex(of needle: String, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            var k = 0
            while k < pattern.count, Self.lowercased(bytes[i + k]) == pattern[k] { k += 1 }
            if k == pattern.count { return i }
            i += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
