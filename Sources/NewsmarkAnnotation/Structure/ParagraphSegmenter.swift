/// Finds paragraphs in cleaned lines, for the three layouts scraped and wire text comes in:
///
/// - **Blank-line layout**: paragraphs are separated by blank lines.
/// - **One line per paragraph**: consecutive non-blank lines, each a paragraph.
/// - **Hard-wrapped text**: a paragraph broken into lines at a fixed width; the lines are joined with one
///   space (a line ending in a hyphen after a letter is joined without a space: `multi-` + `national`).
///
/// A run of three or more consecutive non-blank lines is *wrapped* when at least half of its lines (all
/// but the last) are *full* — the next line's first word would not have fit within the run's width (its
/// longest line) — and do not end like a sentence, and the run's width is that of a text column (at most
/// ``maximumWrapWidth`` code points). When the text as a whole is wrapped (``documentWrapWidth(_:)``), every
/// run is taken as wrapped at the text's width, so that two-line paragraphs are joined too. Within a wrapped
/// run, a line ends its paragraph when it is not full and ends like a sentence, or when the next line is
/// indented more than the run's other lines; a line that is not full is joined only to a next line starting in lower case. Outside wrapped runs, every line is a paragraph, except that
/// a line not ending like a sentence is joined to a next line that starts in lower case (a stray break
/// inside a sentence) and that a dateline standing alone ("WASHINGTON (AP) —") is joined to the line
/// after it.
public enum ParagraphSegmenter {
    /// The widest column taken for hard-wrapped text.
    public static let maximumWrapWidth = 160
    /// The narrowest column taken for hard-wrapped text.
    public static let minimumWrapWidth = 30

    /// The paragraphs of `lines` (blank lines separate runs).
    public static func paragraphs(_ lines: [RawLine]) -> [RawParagraph] {
        var runs: [[RawLine]] = []
        var run: [RawLine] = []
        for line in lines {
            if line.isBlank {
                if !run.isEmpty { runs.append(run) }
                run.removeAll(keepingCapacity: true)
            } else {
                run.append(line)
            }
        }
        if !run.isEmpty { runs.append(run) }
        let documentWidth = documentWrapWidth(runs)
        var paragraphs: [RawParagraph] = []
        for run in runs { segment(run, documentWidth: documentWidth, into: &paragraphs) }
        return paragraphs
    }

    /// The column width of the whole text when it is hard-wrapped with blank lines between paragraphs,
    /// or `nil`: at least four lines that are not the last of their run, and at least 60 % of them full
    /// at the text's width (the 90th percentile of their lengths) without ending like a sentence. This
    /// lets two-line paragraphs of wrapped text be joined, which a run alone cannot show.
    static func documentWrapWidth(_ runs: [[RawLine]]) -> Int? {
        var candidates: [(length: Int, line: RawLine, next: RawLine)] = []
        for run in runs where run.count >= 2 {
            for index in 0..<(run.count - 1) {
                candidates.append((run[index].text.unicodeScalars.count, run[index], run[index + 1]))
            }
        }
        guard candidates.count >= 4 else { return nil }
        let sorted = candidates.map(\.length).sorted()
        let width = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        guard width >= minimumWrapWidth, width <= maximumWrapWidth else { return nil }
        let wrapped = candidates.filter {
            isFull(length: $0.length, next: $0.next.text, width: width) && !LineFeatures.endsLikeSentence($0.line.text)
        }.count
        return wrapped * 10 >= candidates.count * 6 ? width : nil
    }

    /// Appends the paragraphs of one run of consecutive non-blank lines.
    static func segment(_ run: [RawLine], documentWidth: Int?, into paragraphs: inout [RawParagraph]) {
        guard let first = run.first else { return }
        if run.count == 1 {
            paragraphs.append(RawParagraph(text: first.text, line: first.number))
            return
        }
        let lengths = run.map { $0.text.unicodeScalars.count }
        let runWidth = lengths.max() ?? 0
        let wrapped = documentWidth != nil || isWrapped(run, lengths: lengths, width: runWidth)
        let width = documentWidth ?? runWidth
        let usualIndent = run.dropFirst().map(\.indentation).min() ?? 0

        var current = first.text
        var start = first.number
        var count = 1
        for index in 1..<run.count {
            let previous = run[index - 1]
            let line = run[index]
            let join: Bool
            if wrapped {
                let full = isFull(length: lengths[index - 1], next: line.text, width: width)
                let indented = line.indentation > usualIndent
                join = !indented && (full || !LineFeatures.endsLikeSentence(previous.text) && startsLowercase(line.text))
            } else {
                join = (!LineFeatures.endsLikeSentence(previous.text) && startsLowercase(line.text))
                    || (count == 1 && DatelineParser.isStandaloneDateline(previous.text))
            }
            if join {
                appendJoined(line.text, to: &current)
                count += 1
            } else {
                paragraphs.append(RawParagraph(text: current, line: start, lineCount: count))
                current = line.text
                start = line.number
                count = 1
            }
        }
        paragraphs.append(RawParagraph(text: current, line: start, lineCount: count))
    }

    /// Whether the run is hard-wrapped text: at least three lines, a column width, and at least half of
    /// the lines but the last full without ending like a sentence (a wrapper breaks lines mid-sentence).
    /// Two lines cannot show a column; they follow the rules for unwrapped lines.
    static func isWrapped(_ run: [RawLine], lengths: [Int], width: Int) -> Bool {
        guard width >= minimumWrapWidth, width <= maximumWrapWidth, run.count >= 3 else { return false }
        var wrappedLines = 0
        for index in 0..<(run.count - 1)
        where isFull(length: lengths[index], next: run[index + 1].text, width: width)
            && !LineFeatures.endsLikeSentence(run[index].text) {
            wrappedLines += 1
        }
        return wrappedLines * 2 >= run.count - 1
    }

    /// Whether a line of `length` is full: the first word of `next` would not have fit after it.
    static func isFull(length: Int, next: String, width: Int) -> Bool {
        var firstWord = 0
        for scalar in next.unicodeScalars {
            if scalar.isNewsmarkWhitespace { break }
            firstWord += 1
        }
        return length + 1 + firstWord > width
    }

    /// Joins a wrapped line to the paragraph so far: one space, or none after a hyphen that follows a letter.
    static func appendJoined(_ line: String, to paragraph: inout String) {
        let scalars = paragraph.unicodeScalars
        if let last = scalars.last, last == "-" {
            let beforeLast = scalars.index(before: scalars.endIndex)
            if beforeLast > scalars.startIndex, Tokenizer.isLetter(scalars[scalars.index(before: beforeLast)]),
               let next = line.unicodeScalars.first, Tokenizer.isLetter(next) {
                paragraph += line
                return
            }
        }
        paragraph += " "
        paragraph += line
    }

    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isNewsmarkLowercase
    }
}
