import NewsmarkModel

/// One named entity the gazetteer knows: its type, canonical name and knowledge-base id.
public struct GazetteerEntity: Sendable, Hashable {
    /// The index of the entity in ``Gazetteer/entities``; aliases of one entity share it.
    public let index: Int
    public let kind: EntityKind
    /// The canonical name (the first surface of the entity's line).
    public let canonicalName: String
    /// A prefixed knowledge-base id (`wikidata:Q84`, `geonames:2643743`), if known.
    public let knowledgeBaseID: String?
    /// Weak evidence (a small place): a person cue in the text wins over it.
    public let isWeak: Bool
    /// A country, continent or home nation: in a sports report it stays a place (its national team).
    public var isCountry = false
}

/// The entity annotator's knowledge: typed names looked up as token sequences, and word lists
/// (given names, surnames, common English words, titles, head words).
///
/// Names are keyed by their lower-cased tokens (as ``Tokenizer`` splits them) joined by one space, with
/// the longest phrase length per first token, so a longest-match lookup at a token position costs at
/// most that many hash probes. The shared instance is parsed once from ``GazetteerData`` at first use
/// (Swift initializes static stored properties lazily and thread-safely).
public final class Gazetteer: Sendable {
    /// The gazetteer built from the generated resources.
    public static let shared = Gazetteer(
        names: GazetteerData.names, givenNames: GazetteerData.givenNames, surnames: GazetteerData.surnames,
        commonWords: GazetteerData.commonWords, titles: GazetteerData.titles,
        organizationHeads: GazetteerData.organizationHeads, locationHeads: GazetteerData.locationHeads,
        miscHeads: GazetteerData.miscHeads, nonNames: GazetteerData.nonNames, teamPlaces: GazetteerData.teamPlaces,
        sportsWords: GazetteerData.sportsWords)

    public let entities: [GazetteerEntity]
    /// Lower-cased token phrase → entity index.
    let phrases: [String: Int]
    /// Lower-cased first token → the most tokens a phrase starting with it has.
    let longestPhrase: [String: Int]
    public let givenNames: Set<String>
    public let surnames: Set<String>
    public let commonWords: Set<String>
    /// Lower-cased title phrases (`prime minister`, `gen.`).
    public let titles: Set<String>
    let longestTitle: Int
    public let organizationHeads: Set<String>
    public let locationHeads: Set<String>
    public let miscHeads: Set<String>
    public let nonNames: Set<String>
    /// Lower-cased phrases that name a team in a sports report.
    public let teamPlaces: Set<String>
    public let sportsWords: Set<String>
    /// Last word of each listed person's canonical name → entity index (the first listed wins).
    let personSurnames: [String: Int]

    /// Parses the lists (formats as written by `scripts/build-gazetteers.py`).
    public init(
        names: String, givenNames: String, surnames: String, commonWords: String, titles: String,
        organizationHeads: String, locationHeads: String, miscHeads: String, nonNames: String, teamPlaces: String,
        sportsWords: String
    ) {
        var entities: [GazetteerEntity] = []
        var phrases: [String: Int] = [:]
        var longest: [String: Int] = [:]
        let lines = Gazetteer.lines(names)
        entities.reserveCapacity(lines.count)
        phrases.reserveCapacity(lines.count * 3 / 2)
        longest.reserveCapacity(lines.count)
        for line in lines {
            let fields = Gazetteer.split(line, at: 0x09, omittingEmpty: false)
            guard fields.count >= 2, let kind = EntityKind(code: fields[0]) else { continue }
            let surfaces = Gazetteer.split(fields[1], at: 0x7C, omittingEmpty: true).map { String($0) }
            guard let canonical = surfaces.first else { continue }
            let kb = fields.count > 2 && !fields[2].isEmpty ? String(fields[2]) : nil
            let weak = fields.count > 3 && fields[3].utf8.contains(0x77)
            let country = fields.count > 3 && fields[3].utf8.contains(0x63)
            let index = entities.count
            entities.append(GazetteerEntity(
                index: index, kind: kind, canonicalName: canonical, knowledgeBaseID: kb, isWeak: weak, isCountry: country))
            for surface in surfaces {
                let tokens = Gazetteer.phraseTokens(surface)
                guard let first = tokens.first else { continue }
                let key = tokens.count == 1 ? first : tokens.joined(separator: " ")
                if phrases[key] == nil { phrases[key] = index }
                if tokens.count > longest[first] ?? 0 { longest[first] = tokens.count }
            }
        }
        self.entities = entities
        self.phrases = phrases
        self.longestPhrase = longest
        self.givenNames = Gazetteer.wordSet(givenNames)
        self.surnames = Gazetteer.wordSet(surnames)
        self.commonWords = Gazetteer.wordSet(commonWords)
        let titleSet = Gazetteer.phraseSet(titles)
        self.titles = titleSet
        self.longestTitle = titleSet.map { $0.split(separator: " ").count }.max() ?? 1
        self.organizationHeads = Gazetteer.phraseSet(organizationHeads)
        self.locationHeads = Gazetteer.phraseSet(locationHeads)
        self.miscHeads = Gazetteer.phraseSet(miscHeads)
        self.nonNames = Gazetteer.wordSet(nonNames)
        self.teamPlaces = Gazetteer.phraseSet(teamPlaces)
        self.sportsWords = Gazetteer.wordSet(sportsWords)
        var surnames: [String: Int] = [:]
        for entity in entities where entity.kind == .person {
            guard let last = Gazetteer.phraseTokens(entity.canonicalName).last, last.count > 2 else { continue }
            if surnames[last] == nil { surnames[last] = entity.index }
        }
        self.personSurnames = surnames
    }

    /// The widely reported person whose canonical name ends in `surname` (lower-cased), if the gazetteer
    /// lists one: a bare "Yeltsin" is Boris Yeltsin.
    public func personBySurname(_ surname: String) -> GazetteerEntity? {
        personSurnames[surname].map { entities[$0] }
    }

    /// The entity named by the lower-cased token phrase `key` (tokens joined by one space).
    public func entity(phrase key: String) -> GazetteerEntity? {
        phrases[key].map { entities[$0] }
    }

    /// The most tokens a known phrase starting with `firstToken` (lower-cased) has; 0 if none does.
    public func longestPhrase(startingWith firstToken: String) -> Int { longestPhrase[firstToken] ?? 0 }

    /// The entity for a surface string as written (`"Bank of England"`), tokenized as the text is.
    public func entity(named surface: String) -> GazetteerEntity? {
        entity(phrase: Gazetteer.phraseTokens(surface).joined(separator: " "))
    }

    /// Whether `phrase` (lower-cased tokens joined by spaces) is a title.
    public func isTitle(_ phrase: String) -> Bool { titles.contains(phrase) }

    /// The lower-cased tokens of `surface`, split as ``Tokenizer`` splits text. Names made of ASCII
    /// letters and single spaces (most of them) take a fast path that gives the same tokens.
    static func phraseTokens(_ surface: String) -> [String] {
        var simple = !surface.isEmpty
        var previousSpace = true
        for byte in surface.utf8 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if letter { previousSpace = false; continue }
            if byte == 0x20 && !previousSpace { previousSpace = true; continue }
            simple = false
            break
        }
        if simple && !previousSpace {
            return surface.utf8.split(separator: 0x20).map { word in
                String(unsafeUninitializedCapacity: word.count) { buffer in
                    var k = 0
                    for byte in word {
                        buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        k += 1
                    }
                    return k
                }
            }
        }
        let text = ScalarText(surface)
        var tokens: [Token] = []
        Tokenizer.tokenize(text, in: TextSpan(start: 0, end: text.count), into: &tokens)
        return tokens.map { text.fastLowercasedString($0.span) }
    }

    /// The lines of a list, split on UTF-8 newlines (much faster than splitting on `Character`s).
    static func lines(_ list: String) -> [Substring] {
        let all = Substring(list)
        return split(all, at: 0x0A, omittingEmpty: true).compactMap { line in
            let utf8 = line.utf8
            var lower = utf8.startIndex
            var upper = utf8.endIndex
            while upper > lower, utf8[utf8.index(before: upper)] == 0x20 || utf8[utf8.index(before: upper)] == 0x0D {
                upper = utf8.index(before: upper)
            }
            while lower < upper, utf8[lower] == 0x20 { lower = utf8.index(after: lower) }
            return lower == upper ? nil : line[lower..<upper]
        }
    }

    /// `line.lowercased()` for an ASCII line (built from bytes, much faster), else `nil`.
    static func asciiLowercased(_ line: Substring) -> String? {
        let utf8 = line.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var k = 0
            for byte in utf8 {
                buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                k += 1
            }
            return k
        }
    }

    /// The parts of `line` between `separator` bytes (an ASCII byte), like `split` on its UTF-8 view
    /// but without the generic machinery.
    static func split(_ line: Substring, at separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == separator {
                if !(omittingEmpty && start == i) { parts.append(line[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if !(omittingEmpty && start == utf8.endIndex) { parts.append(line[start..<utf8.endIndex]) }
        return parts
    }

    static func wordSet(_ list: String) -> Set<String> {
        let lines = lines(list)
        var set = Set<String>(minimumCapacity: lines.count)
        for line in lines { set.insert(asciiLowercased(line) ?? line.lowercased()) }
        return set
    }

    static func phraseSet(_ list: String) -> Set<String> {
        Set(lines(list).map { phraseTokens(String($0)).joined(separator: " ") })
    }
}
