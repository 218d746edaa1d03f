import NewsmarkModel

/// A pair of quotation marks found by ``QuoteSpanScanner`` (or an opening mark left open at the end of
/// its block).
struct QuoteCandidate: Sendable, Hashable {
    /// The opening mark's offset.
    var start: Int
    /// One past the closing mark, or the block's end when the quote is left open there.
    var end: Int
    /// The quoted text without the marks (and without trailing white space when left open).
    var contentStart: Int
    var contentEnd: Int
    /// The index of the block that holds the quote.
    var blockIndex: Int
    /// The mark family.
    var family: QuoteMark.Family
    /// 0 for a top-level quote; 1 and more for quotes nested inside another.
    var depth: Int
    /// The index (in the scanner's result) of the enclosing quote, for nested quotes.
    var parent: Int?
    /// Whether a closing mark was found.
    var isClosed: Bool
    /// For a paragraph part of a multi-paragraph quote: the index of the previous part.
    var continues: Int?
    /// Whether a later paragraph continues this quote.
    var isContinued: Bool = false

    var span: TextSpan { TextSpan(start: start, end: end) }
    var content: TextSpan { TextSpan(start: contentStart, end: contentEnd) }
}

/// Pairs quotation marks block by block with a stack, telling quotation marks from apostrophes, inch
/// marks and stray marks.
///
/// Rules:
/// - A double mark opens when it stands at a word start (after white space, an opening bracket, a dash,
///   a colon or another mark) and closes when a double mark is open. Straight `"` toggles. `“` closes a
///   quote opened by `„`. A digit followed by `"` with no quote open is an inch mark.
/// - A single mark (`'`, `‘`, `’`) is an apostrophe inside a word (`NATO's`, `rock'n'roll`), before an
///   elided year or word (`'90s`, `'em`, `'til`, the `'n'` of `rock 'n' roll`), and after a plural
///   possessive (`the Smiths' `) unless a single quote is open. It opens at a word start and closes at a
///   word end while a single quote is open inside the current double quote (or at top level).
/// - A quote never crosses a block (paragraph) boundary. When a block ends with a double quote open,
///   the quote part runs to the block end; if the next block starts with an opening mark, that part
///   continues it (the news convention for quotes over several paragraphs). Unclosed single marks are
///   apostrophes. Nothing is ever carried past the end of the block, so a stray mark cannot swallow the
///   rest of the article.
/// - Marks are paired with a stack, so found quotes always nest and never cross.
struct QuoteSpanScanner {
    let scalars: [Unicode.Scalar]

    init(text: ScalarText) { scalars = text.scalars }

    private struct OpenMark {
        var offset: Int
        var mark: Unicode.Scalar
        var family: QuoteMark.Family
        /// 1, or 2 for a mark written with two characters (` '' ` or ` `` `).
        var width: Int = 1
        /// The index of the candidate made for it once closed is not known yet; children record the
        /// position of their parent in the stack and are fixed up when it closes.
        var children: [Int] = []
    }

    /// Scans every block and returns the quotes in text order (a parent before its children).
    func scan(blocks: [TextSpan]) -> [QuoteCandidate] {
        var result: [QuoteCandidate] = []
        var previousOpenPart: Int?  // a part left open at the end of the previous block
        for (blockIndex, block) in blocks.enumerated() {
            var blockQuotes = scanBlock(block, blockIndex: blockIndex)
            if let previous = previousOpenPart {
                // The previous block's open quote continues here if this block starts with an opening mark.
                if let first = blockQuotes.first, first.depth == 0, first.start == firstNonSpace(in: block) {
                    blockQuotes[0].continues = previous
                    result[previous].isContinued = true
                }
            }
            previousOpenPart = nil
            let base = result.count
            for var quote in blockQuotes {
                if let parent = quote.parent { quote.parent = parent + base }
                result.append(quote)
            }
            if let last = blockQuotes.lastIndex(where: { $0.depth == 0 }), !blockQuotes[last].isClosed {
                previousOpenPart = base + last
            }
        }
        return result
    }

    private func firstNonSpace(in block: TextSpan) -> Int {
        var i = block.start
        while i < block.end, scalars[i].isNewsmarkWhitespace { i += 1 }
        return i
    }

    /// The quotes of one block, in text order, parents before children; `parent` indexes into the block's list.
    func scanBlock(_ block: TextSpan, blockIndex: Int) -> [QuoteCandidate] {
        let s = scalars
        let lower = max(0, block.start)
        let upper = min(block.end, s.count)
        guard lower < upper else { return [] }
        // Closed pairs are collected with their depth, then sorted into text order.
        var pairs: [(start: Int, end: Int, contentStart: Int, contentEnd: Int, family: QuoteMark.Family, closed: Bool)] = []
        var stack: [OpenMark] = []
        var i = lower
        while i < upper {
            // Most scalars are no quotation mark: skip to the next one that may be.
            i = nextPossibleMark(from: i, upper: upper)
            guard i < upper else { break }
            var c = s[i]
            var width = 1
            // Two apostrophes stand for a double mark in some archives (''like this''), as do two
            // backquotes for an opening one (``like this'').
            if i + 1 < upper, (c == "'" && s[i + 1] == "'") || (c == "`" && s[i + 1] == "`") {
                c = c == "'" ? "\"" : "\u{201C}"
                width = 2
            }
            guard let family = QuoteMark.family(of: c) else { i += 1; continue }
            let before: Unicode.Scalar? = i > lower ? s[i - 1] : nil
            let after: Unicode.Scalar? = i + width < upper ? s[i + width] : nil
            let leftOpen = before.map { $0.isNewsmarkWhitespace || QuoteMark.isOpeningContext($0) } ?? true
            let rightClose = after.map { $0.isNewsmarkWhitespace || QuoteMark.isClosingContext($0) } ?? true
            let leftSpace = before.map(\.isNewsmarkWhitespace) ?? true
            let rightSpace = after.map(\.isNewsmarkWhitespace) ?? true
            let openIndex = stack.lastIndex { $0.family == family }

            func close(_ index: Int) {
                // Marks opened after the one being closed were unpaired: drop them.
                let opened = stack[index]
                stack.removeSubrange(index...)
                pairs.append((opened.offset, i + width, opened.offset + opened.width, i, family, true))
            }
            func open() { stack.append(OpenMark(offset: i, mark: c, family: family, width: width)) }

            switch family {
            case .double:
                switch c.value {
                case 0x22:  // straight: toggles
                    if before == "=", openIndex == nil {
                        // A markup attribute value (name="value") left in scraped text: not a quotation.
                        var j = i + 1
                        while j < upper, s[j] != "\"", j - i < 200 { j += 1 }
                        i = j + 1
                        continue
                    }
                    if width == 2, openIndex == nil, rightSpace || leftSpace == false && rightClose {
                        i += width  // a stray '' (or a possessive followed by an apostrophe) opens nothing
                        continue
                    }
                    if let index = openIndex {
                        close(index)
                    } else if let b = before, QuoteMark.isDigit(b), rightClose {
                        // An inch mark: 12" pipe.
                    } else if !rightSpace {
                        open()  // a mark followed by white space with nothing open is stray
                    }
                case 0x201C:  // “ opens in English, closes German „…“ and slips like “…“
                    if let index = openIndex,
                        stack[index].mark == "\u{201E}" || (!leftSpace && rightClose) {
                        close(index)
                    } else {
                        open()
                    }
                case 0x201E:  // „ always opens
                    open()
                default:  // ” closes; opens only where it clearly starts a word and nothing is open
                    if let index = openIndex {
                        close(index)
                    } else if leftOpen && !rightSpace {
                        open()
                    }
                }
            case .guillemet:
                if let index = openIndex, stack[index].mark != c || (c == "»" && !leftSpace) {
                    close(index)
                } else if c == "«" || (leftOpen && !rightSpace) {
                    open()
                }
            case .singleGuillemet:
                if let index = openIndex, stack[index].mark != c {
                    close(index)
                } else if c == "\u{2039}" || (leftOpen && !rightSpace) {
                    open()
                }
            case .single:
                let wordBefore = before.map(QuoteMark.isWordCharacter) ?? false
                let wordAfter = after.map(QuoteMark.isWordCharacter) ?? false
                if wordBefore && wordAfter { break }  // NATO's, rock'n'roll, don't
                // A single quote may close only if it is open inside the innermost double quote.
                let singleOpen: Int? = openIndex.flatMap { index in
                    stack[(index + 1)...].contains { $0.family != .single } ? nil : index
                }
                if let index = singleOpen, !leftSpace, rightClose {
                    if before == "s", after.map(\.isNewsmarkWhitespace) ?? false, isPluralPossessive(at: i, upper: upper),
                        stack[index].offset + 1 < i {
                        break  // "the Smiths' album" inside a single-quoted phrase: keep looking
                    }
                    close(index)
                    break
                }
                if leftOpen, !rightSpace, wordAfter || (after.map(QuoteMark.isMark) ?? false) {
                    if c == "\u{2019}" { break }  // ’ is a closing mark or an apostrophe, never an opening one
                    if isElision(at: i, upper: upper) {
                        // '90s, 'em, the 'n' of rock 'n' roll: skip the whole elided form's marks.
                        if i + 2 < upper, s[i + 1] == "n" || s[i + 1] == "N", QuoteMark.family(of: s[i + 2]) == .single {
                            i += 3
                            continue
                        }
                        break
                    }
                    open()
                }
            }
            i += width
        }
        // The outermost double (or guillemet) quote left open runs to the block end.
        if let first = stack.first(where: { $0.family != .single && $0.family != .singleGuillemet }) {
            var end = upper
            while end > first.offset + first.width, s[end - 1].isNewsmarkWhitespace { end -= 1 }
            if end > first.offset + first.width {
                pairs.append((first.offset, end, first.offset + first.width, end, first.family, false))
            }
        }
        // Text order, enclosing before enclosed; recompute depth and parents from the spans.
        pairs.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var result: [QuoteCandidate] = []
        var open: [Int] = []  // indices into result of enclosing quotes
        for pair in pairs {
            while let top = open.last, result[top].end <= pair.start { open.removeLast() }
            // Defensive: a pair that would cross its enclosing quote is dropped.
            if let top = open.last, pair.end > result[top].end { continue }
            result.append(QuoteCandidate(
                start: pair.start, end: pair.end, contentStart: min(pair.contentStart, pair.contentEnd),
                contentEnd: pair.contentEnd,
                blockIndex: blockIndex, family: pair.family, depth: open.count, parent: open.last, isClosed: pair.closed))
            open.append(result.count - 1)
        }
        return result
    }

    /// The first offset from `i` (up to `upper`) whose scalar may start a quotation mark: a mark of some
    /// ``QuoteMark/Family``, or a backquote (two of them stand for an opening mark).
    func nextPossibleMark(from i: Int, upper: Int) -> Int {
        scalars.withUnsafeBufferPointer { s in
            var j = max(i, 0)
            let end = min(upper, s.count)
            while j < end {
                let v = s[j].value
                if v == 0x22 || v == 0x27 || v == 0x60 { return j }
                if v >= 0x80, QuoteMark.family(of: s[j]) != nil { return j }
                j += 1
            }
            return max(i, upper)
        }
    }

    /// Whether the mark at `i` begins an elided form rather than a quote: `'90s`, `'98`, `'em`, `'til`,
    /// `'cause`, `'n'`.
    private func isElision(at i: Int, upper: Int) -> Bool {
        let s = scalars
        if i + 2 < upper, QuoteMark.isDigit(s[i + 1]), QuoteMark.isDigit(s[i + 2]) {
            return i + 3 >= upper || !QuoteMark.isWordCharacter(s[i + 3]) || s[i + 3] == "s"
        }
        var j = i + 1
        var word = ""
        while j < upper, j - i <= 6, QuoteMark.isWordCharacter(s[j]) {
            word.unicodeScalars.append(s[j])
            j += 1
        }
        guard j >= upper || !QuoteMark.isWordCharacter(s[j]) else { return false }
        let lower = word.lowercased()
        if lower == "n", j < upper, QuoteMark.family(of: s[j]) == .single { return true }
        return Self.elidedWords.contains(lower)
    }

    /// Whether the mark at `i` (after an `s`) ends a plural possessive: the next word is lower case and
    /// no single mark closes the phrase soon after.
    private func isPluralPossessive(at i: Int, upper: Int) -> Bool {
        let s = scalars
        var j = i + 1
        while j < upper, s[j].isNewsmarkWhitespace { j += 1 }
        guard j < upper, s[j].isNewsmarkLowercase else { return false }
        // Look a few words ahead for another closing single mark.
        var k = j
        var words = 0
        while k < upper, words < 6 {
            if QuoteMark.family(of: s[k]) == .single, k > 0, !s[k - 1].isNewsmarkWhitespace,
                k + 1 >= upper || !QuoteMark.isWordCharacter(s[k + 1]) {
                return true
            }
            if s[k].isNewsmarkWhitespace { words += 1 }
            k += 1
        }
        return false
    }

    /// Words commonly written with a leading apostrophe.
    static let elidedWords: Set<String> = [
        "em", "til", "tis", "twas", "cause", "bout", "round", "nuff", "cos", "coz", "n", "ello", "ol", "scuse",
    ]
}
