/// Results and standings lines of a sports report: "Rovers 2 United 0", "Rovers 4 2 1 7 3 14". The
/// names in them are teams (organizations) whether or not any list knows them, and whatever else the name
/// means ("Reading 2 Stoke 2"): the shape of the line says so.
extension MentionFinder {
    /// The token ranges of the teams a results line names: two names each followed by a score, or one name
    /// followed by at least three figures (a standings row). Other sentences give none.
    func resultsLineTeams(in sentence: Sentence) -> [Range<Int>] {
        let upper = sentence.tokenRange.upperBound
        var i = sentence.tokenRange.lowerBound
        guard i < upper, tokens[i].isWord, tokens[i].isCapitalized || tokens[i].isAllCaps else { return [] }
        var names: [Range<Int>] = []
        var figures: [Int] = []
        while i < upper, names.count < 2 {
            guard let (nameEnd, scanEnd) = teamNameEnd(at: i, limit: upper) else { break }
            var n = scanEnd
            var count = 0
            while n < upper {
                if tokens[n].kind == .number {
                    count += 1
                } else if !(count > 0 && (tokens[n].text == "-" || tokens[n].text == "/") && n + 1 < upper && tokens[n + 1].kind == .number) {
                    break
                }
                n += 1
            }
            guard count > 0 else { break }
            names.append(i..<nameEnd)
            figures.append(count)
            i = n
        }
        if names.count == 2 { return names }
        if names.count == 1, figures[0] >= 3, i == upper { return names }
        return []
    }

    /// The end of a team's name at token `i` (capitalized words, joined by `of`, `&` or a particle, and a
    /// one- or two-letter code in brackets such as "(B)"), and the end of what follows it before the score
    /// (a country in brackets: "Benetton (Italy) 92").
    func teamNameEnd(at i: Int, limit: Int) -> (Int, Int)? {
        let first = tokens[i]
        guard first.isWord, first.hasLetter, first.isCapitalized || first.isAllCaps, !gazetteer.nonNames.contains(first.stem)
        else { return nil }
        var end = i + 1
        while end < limit, end - i < 5 {
            let token = tokens[end]
            if token.isWord, token.hasLetter, token.isCapitalized || token.isAllCaps {
                end += 1
            } else if token.isWord, ["of", "&", "de", "la", "del"].contains(token.lower) || token.text == "&",
                      end + 1 < limit, tokens[end + 1].isWord, tokens[end + 1].isCapitalized {
                end += 2
            } else if token.text == "&", end + 1 < limit, tokens[end + 1].isWord, tokens[end + 1].isCapitalized {
                end += 2
            } else {
                break
            }
        }
        var scanEnd = end
        if end + 2 < limit, tokens[end].text == "(", tokens[end + 2].text == ")" {
            let inner = tokens[end + 1]
            if inner.isWord, inner.isCapitalized, inner.characterCount <= 2, inner.characterCount == 1 || inner.isAllCaps {
                end += 3  // "Rad (B)": the code tells two clubs of one name apart
                scanEnd = end
            } else if gazetteerMatch(at: end + 1, limit: end + 2, cased: false)?.1.isCountry == true {
                scanEnd = end + 3
            }
        }
        return (end, scanEnd)
    }

    /// Makes the names of results lines teams, replacing what the other rules proposed there — but a
    /// country stays a place (a national team), a person the rules are sure of stays a person, and a
    /// dateline stays a place.
    func applyResultsLines(_ candidates: [MentionCandidate]) -> [MentionCandidate] {
        var teams: [Range<Int>] = []
        for sentence in sentences { teams += resultsLineTeams(in: sentence) }
        guard !teams.isEmpty else { return candidates }
        var out = candidates
        var added: [MentionCandidate] = []
        var removed = Set<Int>()
        var k = 0
        for team in teams {
            while k < out.count, out[k].end <= team.lowerBound { k += 1 }
            var overlapping: [Int] = []
            var m = k
            while m < out.count, out[m].start < team.upperBound {
                if out[m].end > team.lowerBound { overlapping.append(m) }
                m += 1
            }
            let keeps = overlapping.contains { index in
                let c = out[index]
                if c.kind == .person && (c.evidence >= .rule || c.end - c.start >= 2 && c.evidence >= .guess) { return true }
                return c.entity?.isCountry == true && c.start == team.lowerBound && c.end == team.upperBound
            }
            let team = MentionCandidate(start: team.lowerBound, end: team.upperBound, kind: .organization, evidence: .rule, confidence: 0.7)
            if keeps || isDateline(team) { continue }
            removed.formUnion(overlapping)
            added.append(team)
        }
        out = out.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added
        out.sort { $0.start < $1.start }
        return out
    }
}
