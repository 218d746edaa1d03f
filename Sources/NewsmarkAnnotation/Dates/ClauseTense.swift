/// The tense around an expression, used to place a partial date ("May 18", "Tuesday") before or
/// after the anchor.
enum ClauseTense: Sendable {
    case past, present, future, unknown

    /// The tense signalled by the tense cue nearest to `range` within its clause: at most `window`
    /// pieces away, in the same quotation region, without crossing clause punctuation or a relative
    /// pronoun. Future cues ("will", "would", "scheduled") are checked before past ones, so "is
    /// scheduled" reads as future (but "had been scheduled" as past); any other word ending in "-ed"
    /// reads as past.
    static func around(_ range: Range<Int>, in pieces: [TemporalPiece], window: Int = 8) -> ClauseTense {
        guard !range.isEmpty else { return .unknown }
        let region = pieces[range.lowerBound].quoteRegion
        var leftOpen = true
        var rightOpen = true
        var distance = 1
        let window = range.lowerBound <= 2 ? max(window, 14) : window
        while distance <= window, leftOpen || rightOpen {
            let left = range.lowerBound - distance
            if leftOpen {
                if left < 0 || pieces[left].quoteRegion != region || isBoundary(pieces[left]) {
                    leftOpen = false
                } else if let tense = cue(pieces, left) {
                    return tense
                }
            }
            let right = range.upperBound - 1 + distance
            if rightOpen {
                let fronted = range.lowerBound <= 2 && right < pieces.count && pieces[right].lower == ","
                if right >= pieces.count || pieces[right].quoteRegion != region || (isBoundary(pieces[right]) && !fronted) {
                    rightOpen = false
                } else if let tense = cue(pieces, right) {
                    return tense
                }
            }
            distance += 1
        }
        return .unknown
    }

    /// Clause punctuation and words that start a new clause.
    static func isBoundary(_ piece: TemporalPiece) -> Bool {
        switch piece.kind {
        case .punctuation: return boundaryMarks.contains(piece.lower)
        case .word: return boundaryWords.contains(piece.lower)
        default: return false
        }
    }

    static let boundaryMarks: Set<String> = [",", ";", ":", "(", ")", "[", "]", "--", "\"", "\u{201C}", "\u{201D}", "_", "\u{2014}", "\u{2013}"]
    static let boundaryWords: Set<String> = ["which", "who", "whom", "whose", "that", "when", "while", "where", "because", "although", "but"]

    static func cue(_ pieces: [TemporalPiece], _ index: Int) -> ClauseTense? {
        let piece = pieces[index]
        let classes = piece.classes
        guard piece.kind == .word, !classes.isDisjoint(with: .tenseCues) else { return nil }
        if classes.contains(.futureParticiple) {
            // "is scheduled", "are expected to": future; "was scheduled": unknown; "planned" alone: past.
            let before = index > 0 ? pieces[index - 1].lower : ""
            if TemporalLexicon.presentBe.contains(before) { return .future }
            if before == "was" || before == "were" { return .unknown }
            let word = piece.lower
            if word == "set" || word == "due" || word == "poised" || word == "supposed" {
                return index + 1 < pieces.count && pieces[index + 1].lower == "to" ? .future : nil
            }
            return .past
        }
        if let tense = cue(piece) {
            if tense == .future, piece.lower != "will" {
                // "had been scheduled", "had planned": a plan that is now past.
                for k in max(0, index - 3)..<index where pieces[k].lower == "had" { return .past }
            }
            return tense
        }
        return nil
    }

    /// The tense a single word signals (future cues first).
    static func cue(_ piece: TemporalPiece) -> ClauseTense? {
        let classes = piece.classes
        if classes.contains(.futureCue) { return .future }
        if classes.contains(.pastCue) { return .past }
        if classes.contains(.presentCue) { return .present }
        if classes.contains(.edForm) { return .past }
        return nil
    }

    /// Words ending in "-ed" that are not past forms.
    static let pastExceptions: Set<String> = [
        "need", "needs", "speed", "seed", "feed", "breed", "bleed", "proceed", "exceed", "succeed", "indeed", "hundred",
        "united", "red", "bed", "shed", "embed", "bred", "sacred", "naked", "wicked", "beloved", "alleged", "aged",
        "based", "related", "limited", "detailed", "advanced", "concerned", "interested", "armed", "united",
    ]
}
