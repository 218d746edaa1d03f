/// A summary of a stretch of text, computed in one forward pass over UTF-8 bytes without keeping the
/// text: its length in code points, how much of it is not white space, and which quote marks it holds.
public struct TextFacts: Hashable, Sendable {
    /// How many code points of an annotation's text are kept for rules that read short expressions.
    public static let surfacePrefixLimit = 64

    /// Length in Unicode code points.
    public var codePoints = 0
    /// Code points that are not white space (as Newsmark counts white space).
    public var visible = 0
    /// Line breaks (LF, CR, U+2028, U+2029).
    public var lineBreaks = 0
    /// Quote marks seen, by kind.
    public var marks = QuoteMarkCounts()

    public init() {}

    /// The facts of `text`.
    public init(_ text: some StringProtocol) {
        var copy = String(text)
        copy.withUTF8 { add(utf8: $0) }
    }

    /// Whether the text is empty.
    public var isEmpty: Bool { codePoints == 0 }
    /// Whether the text is only white space (and not empty).
    public var isOnlyWhitespace: Bool { codePoints > 0 && visible == 0 }

    /// Adds well-formed UTF-8 text (as XML parsers and Swift strings deliver it). ASCII, most of news
    /// text, takes a short path with the counts kept in locals.
    public mutating func add(utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = utf8.count
        var asciiCodePoints = 0
        var asciiVisible = 0
        var asciiLineBreaks = 0
        while i < n {
            let b0 = utf8[i]
            if b0 < 0x80 {
                asciiCodePoints &+= 1
                if b0 > 0x22 {
                    asciiVisible &+= 1
                } else {
                    switch b0 {
                    case 0x20, 0x09: break
                    case 0x0A, 0x0D: asciiLineBreaks &+= 1
                    case 0x22: asciiVisible &+= 1; marks.straightDouble += 1
                    default: asciiVisible &+= 1
                    }
                }
                i += 1
                continue
            }
            var scalar: UInt32
            var length: Int
            if b0 >= 0xF0 {
                length = 4; scalar = UInt32(b0 & 0x07)
            } else if b0 >= 0xE0 {
                length = 3; scalar = UInt32(b0 & 0x0F)
            } else {
                length = 2; scalar = UInt32(b0 & 0x1F)
            }
            var k = 1
            while k < length, i + k < n {
                scalar = (scalar << 6) | UInt32(utf8[i + k] & 0x3F)
                k += 1
            }
            i += length
            add(scalarValue: scalar)
        }
        codePoints += asciiCodePoints
        visible += asciiVisible
        lineBreaks += asciiLineBreaks
    }

    /// Adds one code point.
    public mutating func add(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            codePoints += 1
            switch scalar.value {
            case 0x20, 0x09: break
            case 0x0A, 0x0D: lineBreaks += 1
            case 0x22: visible += 1; marks.straightDouble += 1
            default: visible += 1
            }
        } else {
            add(scalarValue: scalar.value)
        }
    }

    private mutating func add(scalarValue scalar: UInt32) {
        codePoints += 1
        switch scalar {
        case 0x2028, 0x2029:
            lineBreaks += 1
            return
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return
        case 0x201C: marks.leftDouble += 1; marks.noteOpen()
        case 0x201D: marks.rightDouble += 1; marks.noteClose()
        case 0x201E: marks.lowDouble += 1
        case 0x00AB: marks.leftGuillemet += 1
        case 0x00BB: marks.rightGuillemet += 1
        case 0x300C, 0x300E: marks.leftCorner += 1
        case 0x300D, 0x300F: marks.rightCorner += 1
        default: break
        }
        visible += 1
    }

    /// Adds the facts of a following stretch of text.
    public mutating func append(_ other: TextFacts) {
        codePoints += other.codePoints
        visible += other.visible
        lineBreaks += other.lineBreaks
        marks.append(other.marks)
    }
}

/// Counts of the double quote marks news text uses. Single marks are not counted: `’` is also the
/// apostrophe ("don’t"), so it cannot tell whether a quotation is closed.
public struct QuoteMarkCounts: Hashable, Sendable {
    public var straightDouble = 0
    public var leftDouble = 0
    public var rightDouble = 0
    /// `„` opens a quotation in German, Polish, Czech and other languages.
    public var lowDouble = 0
    public var leftGuillemet = 0
    public var rightGuillemet = 0
    public var leftCorner = 0
    public var rightCorner = 0
    /// Whether a `”` came before its `“` (a closing mark opening the span). A `”` that a straight `"`
    /// opened (see ``isMixedPair``) does not count.
    public var closedBeforeOpened: Bool { lowestDepth < (isMixedPair ? -1 : 0) }
    /// Whether one straight `"` and one unmatched curly mark make a pair: `“…"` or `"…”`, as scraped
    /// text and hurried typing often write them. Counted as one closed quotation, not two open ones.
    public var isMixedPair: Bool {
        straightDouble % 2 != 0 && lowDouble == 0 && abs(leftDouble - rightDouble) == 1
    }
    /// `“` minus `”` so far, and the lowest that running difference reached.
    private var depth = 0
    private var lowestDepth = 0

    public init() {}

    mutating func noteOpen() { depth += 1 }
    mutating func noteClose() {
        depth -= 1
        lowestDepth = min(lowestDepth, depth)
    }

    mutating func append(_ other: QuoteMarkCounts) {
        lowestDepth = min(lowestDepth, depth + other.lowestDepth)
        depth += other.depth
        straightDouble += other.straightDouble
        leftDouble += other.leftDouble
        rightDouble += other.rightDouble
        lowDouble += other.lowDouble
        leftGuillemet += other.leftGuillemet
        rightGuillemet += other.rightGuillemet
        leftCorner += other.leftCorner
        rightCorner += other.rightCorner
    }

    /// How many quotations are opened and not closed (negative: closed more than opened), for the first
    /// convention that explains the marks; 0 means balanced.
    public var unclosed: Int {
        var open = 0
        if isMixedPair {
            // One straight and one curly mark close each other: nothing of the pair is open.
        } else if lowDouble > 0 {
            // „…“ (German) or „…” (Polish, Hungarian): the low mark opens, either high mark closes.
            open += straightDouble % 2 + lowDouble - (leftDouble + rightDouble)
        } else {
            open += straightDouble % 2 + leftDouble - rightDouble
        }
        // «…» (French) and »…« (Danish) alike: the counts must match.
        open += abs(leftGuillemet - rightGuillemet)
        open += leftCorner - rightCorner
        return open
    }

    /// Whether any quote mark was seen.
    public var isEmpty: Bool {
        straightDouble + leftDouble + rightDouble + lowDouble + leftGuillemet + rightGuillemet + leftCorner + rightCorner == 0
    }
}
