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
        for line in names.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = EntityKind(code: fields[0].trimmed) else { continue }
            let surfaces = fields[1].split(separator: "|")
            guard let canonical = surfaces.first else { continue }
            let kb = fields.count > 2 && !fields[2].isEmpty ? String(fields[2]) : nil
            let weak = fields.count > 3 && fields[3].contains("w")
            let index = entities.count
            entities.append(GazetteerEntity(
                index: index, kind: kind, canonicalName: String(canonical.trimmed), knowledgeBaseID: kb, isWeak: weak))
            for surface in surfaces {
                let tokens = Gazetteer.phraseTokens(String(surface.trimmed))
                guard let first = tokens.first else { continue }
                let key = tokens.joined(separator: " ")
                if phrases[key] == nil { phrases[key] = index }
                longest[first] = max(longest[first] ?? 0, tokens.count)
            }
        }
        self.entities = entities
        self.phrases = phrases
        self.longestPhrase = longest
        self.givenNames = Gazetteer.wordSet(givenNames)
        self.surnames = Gazetteer.wordSet(surnames)
        self.commonWords = Gazetteer.wordSet(commonWords)
        let titleSet = Set(titles.split(separator: "\n").map { Gazetteer.phraseTokens(String($0.trimmed)).joined(separator: " ") })
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

    /// The lower-cased tokens of `surface`, split by ``Tokenizer``.
    static func phraseTokens(_ surface: String) -> [String] {
        let text = ScalarText(surface)
        var tokens: [Token] = []
        Tokenizer.tokenize(text, in: TextSpan(start: 0, end: text.count), into: &tokens)
        return tokens.map { text.string($0.span).lowercased() }
    }

    static func wordSet(_ list: String) -> Set<String> {
        Set(list.split(separator: "\n").map { String($0.trimmed).lowercased() })
    }

    static func phraseSet(_ list: String) -> Set<String> {
        Set(list.split(separator: "\n").map { phraseTokens(String($0.trimmed)).joined(separator: " ") })
    }
}

extension Substring {
    /// The substring without surrounding spaces (the generated lists are indented).
    var trimmed: Substring {
        var s = self
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\r" { s = s.dropLast() }
        return s
    }
}

