/// The tense around an expression, used to place a partial date ("May 18", "Tuesday") before or
/// after the anchor.
enum ClauseTense: Sendable {
    case past, present, future, unknown

    /// The tense signalled by the tense cue nearest to `range` within the same quotation region of
    /// the sentence (`pieces`). Future cues ("will", "would", "scheduled") are checked before past
    /// ones, so "is scheduled" reads as future; any other word ending in "-ed" reads as past.
    static func around(_ range: Range<Int>, in pieces: [TemporalPiece]) -> ClauseTense {
        guard !range.isEmpty else { return .unknown }
        let region = pieces[range.lowerBound].quoteRegion
        var distance = 1
        let limit = max(range.lowerBound, pieces.count - range.upperBound)
        while distance <= limit {
            let left = range.lowerBound - distance
            if left >= 0, pieces[left].quoteRegion == region, let tense = cue(pieces[left]) { return tense }
            let right = range.upperBound - 1 + distance
            if right < pieces.count, pieces[right].quoteRegion == region, let tense = cue(pieces[right]) { return tense }
            distance += 1
        }
        return .unknown
    }

    static func cue(_ piece: TemporalPiece) -> ClauseTense? {
        guard piece.kind == .word else { return nil }
        let word = piece.lower
        if TemporalLexicon.futureCues.contains(word) || word.hasSuffix("'ll") { return .future }
        if TemporalLexicon.pastCues.contains(word) { return .past }
        if TemporalLexicon.presentCues.contains(word) { return .present }
        if word.count >= 5, word.hasSuffix("ed"), !pastExceptions.contains(word) { return .past }
        return nil
    }

    /// Words ending in "-ed" that are not past forms.
    static let pastExceptions: Set<String> = [
        "need", "needs", "speed", "seed", "feed", "breed", "bleed", "proceed", "exceed", "succeed", "indeed", "hundred",
        "united", "red", "bed", "shed", "embed", "bred", "sacred", "naked", "wicked", "beloved", "alleged", "aged",
        "based", "related", "limited", "detailed", "advanced", "concerned", "interested", "armed", "united",
    ]
}
