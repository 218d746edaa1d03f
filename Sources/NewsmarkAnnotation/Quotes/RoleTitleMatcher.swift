/// Matches the head of a definite description ("the senator", "the former governor") against the titles
/// and roles a person is introduced with ("Sen. Ada Lind", "Gov. Tom Berg", "Ada Lind, the Democratic
/// nominee,"), so that a description goes to the person whose title it repeats rather than to whoever
/// was named last.
///
/// A person's title words are read from the words right before a name (capitalized words, abbreviation
/// periods and lower-case title words such as *presidential candidate*) and from an apposition right
/// after it (`, the Florida senator,`). The words are kept lower-cased without a trailing period.
enum RoleTitleMatcher {
    /// For each description head, the title words that show a person holds that role.
    static let titleWordsByHead: [String: Set<String>] = [
        "senator": ["sen", "senator", "senators"],
        "governor": ["gov", "governor"],
        "congressman": ["rep", "representative", "congressman"],
        "congresswoman": ["rep", "representative", "congresswoman"],
        "lawmaker": ["rep", "representative", "congressman", "congresswoman", "sen", "senator", "lawmaker"],
        "president": ["president", "pres"],
        "mayor": ["mayor"],
        "secretary": ["secretary"],
        "speaker": ["speaker"],
        "candidate": ["candidate", "nominee", "hopeful"],
        "nominee": ["nominee", "candidate"],
        "judge": ["judge"],
        "justice": ["justice"],
        "ambassador": ["ambassador"],
        "chairman": ["chairman", "chair"],
        "chairwoman": ["chairwoman", "chair"],
        "sheriff": ["sheriff"],
        "director": ["director"],
        "general": ["gen", "general"],
        "attorney": ["attorney"],
        "prosecutor": ["prosecutor", "attorney"],
        "commissioner": ["commissioner"],
        "chancellor": ["chancellor"],
        "minister": ["minister"],
        "leader": ["leader"],
    ]

    /// Party words: a description that names one party never goes to a person titled with the other.
    static let partyWords: [String: String] = ["democratic": "d", "democrat": "d", "republican": "r", "gop": "r"]

    /// The title words a description with `head` looks for, or nil when the head is no title.
    static func wantedTitles(forHead head: String) -> Set<String>? {
        titleWordsByHead[head]
    }

    /// Whether a person with `titles` fits a description with `head` and the lower-cased `modifiers`
    /// before it ("florida", "democratic"): the title matches the head, "vice president" is not
    /// "president", and no party in the description contradicts the person's party.
    static func fits(titles: Set<String>, head: String, modifiers: [String]) -> Bool {
        guard let wanted = titleWordsByHead[head], !titles.isDisjoint(with: wanted) else { return false }
        if head == "president", titles.contains("vice"), !modifiers.contains("vice") { return false }
        let wantedParty = modifiers.compactMap { partyWords[$0] }.first
        let ownParties = Set(titles.compactMap { partyWords[$0] })
        if let wantedParty, !ownParties.isEmpty, !ownParties.contains(wantedParty) { return false }
        return true
    }

    /// The title words around a name occupying `tokens`: up to six words before it that are capitalized,
    /// abbreviation periods or known title words, the words of the name itself that are title words
    /// ("Sen." inside a mention), and an apposition right after it (`, the former governor,`) up to
    /// eight words.
    static func titles(around tokens: Range<Int>, reader: QuoteTokenReader) -> Set<String> {
        var found = Set<String>()
        func add(_ i: Int) {
            var word = reader.lower(i)
            if word.hasSuffix(".") { word.removeLast() }
            if !word.isEmpty { found.insert(word) }
        }
        for i in tokens where reader.isWord(i) && reader.isIn(.titleWords, i) { add(i) }
        var i = tokens.lowerBound - 1
        var taken = 0
        while i >= 0, taken < 6 {
            if reader.isAbbreviationPeriod(i) { i -= 1; continue }
            guard reader.isWord(i), reader.isSameLine(i) else { break }
            let lower = reader.lower(i)
            // "Secretary of State Ada Lind": "of" inside a capitalized title.
            if lower == "of", i > 0, reader.isCapitalized(i - 1), taken > 0 { i -= 1; continue }
            guard reader.isCapitalized(i) || SpeechLexicon.titleWords.contains(lower) else { break }
            if SpeechLexicon.determiners.contains(lower) { break }
            add(i)
            taken += 1
            i -= 1
        }
        // ", the Florida senator," / ", a Republican from Ohio," after the name.
        var k = tokens.upperBound
        guard k < reader.count, reader.isPunctuation(k, ",") else { return found }
        k += 1
        guard k < reader.count, ["the", "a", "an", "now", "then"].contains(reader.lower(k)) || reader.lower(k) == "former" else {
            return found
        }
        let end = min(reader.count, k + 8)
        while k < end, reader.isWord(k) || reader.isAbbreviationPeriod(k) || reader.isPunctuation(k, "-") {
            if reader.isWord(k) { add(k) }
            k += 1
        }
        return found
    }
}
