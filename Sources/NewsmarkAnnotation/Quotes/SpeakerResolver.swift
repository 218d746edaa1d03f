import NewsmarkModel

/// Turns speaker phrases into ``DiscourseEntity`` ids.
///
/// - A name is linked to the entity of the mention that covers it; with no mention, to an entity of the
///   same type whose name it matches (same last word for people: "Yeltsin" → "Boris Yeltsin"); failing
///   that, a new entity is declared. Either way a linked ``EntityMention`` is added where no mention
///   covered the name, so that every speaker resolves.
/// - "he"/"she" go to the nearest preceding person whose gender agrees (from given names and
///   honorifics); "it" to the nearest organization.
/// - A definite description ("the minister", "the spokeswoman", "the company") goes to the nearest
///   preceding person (gender-agreeing) or organization.
///
/// Person candidates are the entity annotator's person mentions, the speakers already resolved, and
/// — so that pronouns resolve even where no entity layer ran — runs of capitalized words that start with
/// a known given name or an honorific ("Hillary Clinton", "Mr. Smith").
final class SpeakerResolver {
    private let reader: QuoteTokenReader
    private let provenance: Provenance
    private(set) var mentions: [EntityMention]
    private(set) var entities: [DiscourseEntity]
    private var allocator: IDAllocator
    /// The index in ``entities`` of each entity id.
    private var entityIndex = QuoteIDMap<Int>()
    /// Indices into ``mentions`` in text order, to find overlapping mentions by binary search.
    private var mentionOrder: [Int]
    /// Person and organization mentions in text order: (start, entity id).
    private var personEvents: [(start: Int, entityID: String)] = []
    private var organizationEvents: [(start: Int, entityID: String)] = []
    private var genders = QuoteIDMap<SpeakerGender>()
    /// Title words of person entities, for descriptions ("the senator"); built on first use.
    private var entityTitles: [String: Set<String>]?
    private lazy var nameRuns: [(tokens: Range<Int>, gender: SpeakerGender)] = findNameRuns()
    /// For the lower-cased last word of each run of two to four capitalized words inside a line, where
    /// its first such run starts (a full name such as "Sarah Jahangir", whatever the given name).
    private lazy var capitalizedRunStarts: [UInt64: Int] = findCapitalizedRuns()
    /// For each last word of a name run of two or more words, the indices of those runs in text order.
    private lazy var runsByLastWord: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (r, run) in nameRuns.enumerated() where run.tokens.count > 1 {
            index[reader.text(run.tokens.upperBound - 1), default: []].append(r)
        }
        return index
    }()
    /// Entities by lower-cased name, and people by the lower-cased last word of their name (latest wins).
    private var entitiesByName: [String: String] = [:]
    private var peopleByLastWord: [String: String] = [:]
    /// Unnamed participants declared from indefinite descriptions: the latest by head noun, and each by
    /// the offset of its description.
    private var describedEntities: [String: (start: Int, entityID: String)] = [:]
    private var describedByStart: [Int: String] = [:]

    /// How far back (in code points) a pronoun or description looks for its antecedent.
    static let antecedentWindow = 4_000

    convenience init(article: Article, reader: QuoteTokenReader, provenance: Provenance, allocator: IDAllocator) {
        self.init(mentions: article.mentions, entities: article.discourseEntities, reader: reader, provenance: provenance,
                  allocator: allocator)
    }

    /// A resolver over an article's `mentions` and `entities` (taken over: when the caller hands the only
    /// copy, the resolver adds to them without copying them first).
    init(mentions: [EntityMention], entities: [DiscourseEntity], reader: QuoteTokenReader, provenance: Provenance,
         allocator: IDAllocator) {
        self.reader = reader
        self.provenance = provenance
        self.allocator = allocator
        self.mentions = mentions
        self.entities = entities
        mentionOrder = mentions.indices.sorted { mentions[$0].span < mentions[$1].span }
        for (index, entity) in entities.enumerated() {
            entityIndex[entity.id] = index
            indexName(of: entity)
        }
        // In text order (`mentionOrder` is the same sort of the same mentions, by index).
        for index in mentionOrder {
            let mention = mentions[index]
            guard let id = mention.entityID, entityIndex[id] != nil else { continue }
            register(mention: mention.span, entityID: id, type: mention.type)
        }
    }

    /// The id allocator, with the ids this resolver used reserved.
    var remainingAllocator: IDAllocator { allocator }

    // MARK: Resolution

    /// The entity `phrase` refers to, and a confidence factor for the resolution.
    func resolve(_ phrase: SpeakerPhrase) -> (entityID: String, confidence: Double)? {
        switch phrase {
        case .name(let range, let isOrganization):
            return resolveName(range, isOrganization: isOrganization).map { ($0, 1.0) }
        case .pronoun(let word, let at):
            let offset = reader.tokens[at].span.start
            switch word {
            case "he": return nearestPerson(before: offset, gender: .male).map { ($0, 0.8) }
            case "she": return nearestPerson(before: offset, gender: .female).map { ($0, 0.8) }
            case "it": return nearest(in: organizationEvents, before: offset).map { ($0, 0.6) }
            default: return nil
            }
        case .description(let head, let range, let isDefinite):
            let span = reader.span(of: range)
            if let covered = coveringMention(of: span, preferTypes: ["organization", "person"]),
                speaksFor(mention: covered, head: head, phrase: span) {
                return entityID(forMention: covered).map { ($0, 0.8) }
            }
            let isPlural = head.hasSuffix("s") && head != "boss" && !SpeechLexicon.organizationRoleNouns.contains(head)
            guard !isPlural else { return nil }  // plurals are groups
            let isOrganization = SpeechLexicon.organizationRoleNouns.contains(head)
            // "the Clinton campaign", "the Republican party": an organization named by its description.
            if isOrganization, let named = range.first(where: { k in
                k < range.upperBound - 1 && reader.isCapitalized(k) && !reader.isIn(.determiners, k)
            }) {
                return namedOrganization(named..<range.upperBound, head: head).map { ($0, 0.6) }
            }
            guard isDefinite else {
                // "a senior campaign adviser", "one official": a new participant, known only by the description.
                return declareDescribedEntity(range, head: head, isOrganization: isOrganization).map { ($0, 0.5) }
            }
            let offset = span.start
            // "the adviser" after "a senior adviser said": the same unnamed participant.
            if let described = describedEntities[head], offset - described.start <= Self.antecedentWindow {
                return (described.entityID, 0.6)
            }
            if isOrganization {
                return nearest(in: organizationEvents, before: offset).map { ($0, 0.6) }
            }
            let gender: SpeakerGender = SpeechLexicon.femaleRoleNouns.contains(head)
                ? .female : SpeechLexicon.maleRoleNouns.contains(head) ? .male : .unknown
            // "the senator" goes to the latest person introduced as a senator, not to whoever was named last.
            if let titled = nearestTitledPerson(before: offset, head: head, description: range, gender: gender) {
                return (titled, 0.6)
            }
            return nearestPerson(before: offset, gender: gender).map { ($0, 0.6) }
        }
    }

    /// The latest person within the antecedent window whose known titles fit a description's head
    /// (``RoleTitleMatcher``); nil when the head is no title or no one fits.
    private func nearestTitledPerson(before offset: Int, head: String, description: Range<Int>, gender: SpeakerGender) -> String? {
        guard RoleTitleMatcher.wantedTitles(forHead: head) != nil else { return nil }
        // A description in apposition to a name before it ("by Ada Lind, the state senator,") describes that
        // name; when it is read as a speaker on its own, the usual antecedent rules decide.
        let before = description.lowerBound
        if before >= 2, reader.isPunctuation(before - 1, ","), reader.isCapitalized(before - 2) { return nil }
        let modifiers = description.filter { reader.isWord($0) }.map { reader.lower($0) }
        var i = lastIndex(before: offset, in: personEvents)
        var seen = Set<String>()
        while i >= 0, offset - personEvents[i].start <= Self.antecedentWindow {
            let event = personEvents[i]
            i -= 1
            guard seen.insert(event.entityID).inserted else { continue }
            if reader.isInsideQuote(event.start) || isPartyTag(at: event.start) { continue }
            guard (genders[event.entityID] ?? .unknown).agrees(with: gender) else { continue }
            if RoleTitleMatcher.fits(titles: titles(ofEntity: event.entityID), head: head, modifiers: modifiers) {
                return event.entityID
            }
        }
        return nil
    }

    /// The title words of a person entity, gathered around all its mentions (built on first use, then
    /// kept up to date as mentions are registered).
    private func titles(ofEntity id: String) -> Set<String> {
        if entityTitles == nil {
            var built: [String: Set<String>] = [:]
            for event in personEvents { built[event.entityID, default: []].formUnion(titles(atMention: event.start)) }
            entityTitles = built
        }
        return entityTitles?[id] ?? []
    }

    /// The title words around the person mention starting at `offset`.
    private func titles(atMention offset: Int) -> Set<String> {
        let first = reader.analysis.tokenIndex(atOrAfter: offset)
        guard first < reader.count else { return [] }
        var end = first + 1
        if let index = mentionStartingAt(offset) {
            let spanEnd = mentions[index].span.end
            while end < reader.count, reader.tokens[end].span.start < spanEnd { end += 1 }
        }
        return RoleTitleMatcher.titles(around: first..<end, reader: reader)
    }

    /// The person mention that starts at `offset`, if any.
    private func mentionStartingAt(_ offset: Int) -> Int? {
        let position = insertionIndex(TextSpan(start: offset, end: Int.max))
        var i = position
        while i < mentionOrder.count, mentions[mentionOrder[i]].span.start == offset {
            if mentions[mentionOrder[i]].type == "person" { return mentionOrder[i] }
            i += 1
        }
        return nil
    }

    /// Whether the named entity of a mention inside a description is the one speaking: an organization
    /// speaks through its spokespeople and representatives ("a spokesman for Google", "a White House
    /// official"), and a mention that is the whole phrase is the speaker; but "one Clinton aide" or "a
    /// longtime adviser to Smith" is not Clinton or Smith.
    private func speaksFor(mention index: Int, head: String, phrase: TextSpan) -> Bool {
        let mention = mentions[index]
        // The mention takes in the head ("The Lindgren Foundation", "the Justice Department").
        if mention.span.end >= phrase.end { return mention.type == "person" || mention.type == "organization" }
        guard mention.type == "organization" else { return false }
        return SpeechLexicon.mouthpieceNouns.contains(head)
    }

    /// The organization a description with a name in it stands for ("Clinton campaign" in "the Clinton
    /// campaign said"): the entity already known by that name, or a new one. Later definite descriptions
    /// with the same head ("the campaign") return to it.
    private func namedOrganization(_ range: Range<Int>, head: String) -> String? {
        let name = cleanName(reader.text(of: range))
        guard !name.isEmpty else { return nil }
        let start = reader.tokens[range.lowerBound].span.start
        if let id = entitiesByName[name.lowercased()], let index = entityIndex[id], entities[index].type == "organization" {
            describedEntities[head] = (start, id)
            return id
        }
        guard let id = declareDescribedEntity(range, head: head, isOrganization: true) else { return nil }
        if let index = entityIndex[id] { indexName(of: entities[index]) }
        return id
    }

    /// Declares an entity for an unnamed participant introduced by an indefinite description, named by
    /// the description as written ("a senior campaign adviser"). No mention is added: the entity layer
    /// marks names only.
    private func declareDescribedEntity(_ range: Range<Int>, head: String, isOrganization: Bool) -> String? {
        let name = cleanName(reader.text(of: range))
        guard !name.isEmpty else { return nil }
        let start = reader.tokens[range.lowerBound].span.start
        if let known = describedByStart[start] { return known }
        let id = allocator.next("e")
        entities.append(DiscourseEntity(id: id, type: isOrganization ? "organization" : "person", name: name,
                                        provenance: provenance))
        entityIndex[id] = entities.count - 1
        describedEntities[head] = (start, id)
        describedByStart[start] = id
        let gender: SpeakerGender = SpeechLexicon.femaleRoleNouns.contains(head)
            ? .female : SpeechLexicon.maleRoleNouns.contains(head) ? .male : .unknown
        if gender != .unknown { genders[id] = gender }
        return id
    }

    /// Whether `phrase` plainly names a person or organization (so that a quoted fragment in its
    /// sentence is its words): a personal pronoun, a role description, a name the entity layer typed as
    /// a person or organization, a name of an entity already known, or a name with a given name or title.
    func isSpeakerLike(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase {
        case .pronoun(let word, _):
            return word == "he" || word == "she" || word == "they"
        case .description(let head, _, _):
            return head != "people"  // generic "people" is not a source
        case .name(let range, let isOrganization):
            let span = reader.span(of: range)
            if let covered = coveringMention(of: span, preferTypes: ["person", "organization"]) {
                return mentions[covered].type == "person" || mentions[covered].type == "organization"
            }
            if isOrganization { return true }
            if peopleByLastWord[reader.lower(range.upperBound - 1)] != nil { return true }
            if range.contains(where: { GivenNameGender.gender(ofGivenNameMask: reader.lexicons($0)) != .unknown }) { return true }
            if range.lowerBound > 0 {
                var before = range.lowerBound - 1
                if reader.isAbbreviationPeriod(before), before > 0 { before -= 1 }
                if reader.isIn(.titleWords, before) { return true }
            }
            if fullerNameRun(endingLike: range.upperBound - 1..<range.upperBound) != nil { return true }
            // "Jahangir" after "Sarah Jahangir" earlier, a name the entity layer did not mark: a surname.
            return range.count == 1 && isSurnameOfEarlierName(range.lowerBound)
        }
    }

    /// Whether `phrase` is a name the entity layer typed as something other than a person or
    /// organization (a place, an event).
    func isNonSpeakerName(_ phrase: SpeakerPhrase) -> Bool {
        guard case .name(let range, _) = phrase,
            let covered = coveringMention(of: reader.span(of: range), preferTypes: ["person", "organization"]) else { return false }
        guard mentions[covered].type != "person" && mentions[covered].type != "organization" else { return false }
        // "President Lindqvist" typed as a place by mistake: a personal title before the name says it is a person.
        if range.lowerBound > 0 {
            var before = range.lowerBound - 1
            if reader.isAbbreviationPeriod(before), before > 0 { before -= 1 }
            if Self.personalTitles.contains(reader.lower(before)) { return false }
        }
        return true
    }

    /// Titles that only a person bears ("President", "Sen.", "Mrs."), unlike "State" or "House".
    private static let personalTitles: Set<String> = [
        "president", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
        "mayor", "mr", "mrs", "ms", "miss", "dr", "secretary", "minister", "judge", "justice", "gen", "general",
        "ambassador", "chancellor", "premier", "pope", "prince", "princess", "king", "queen", "sheikh", "rev",
        "reverend", "pastor", "rabbi", "imam", "prof", "professor", "chairman", "chairwoman", "spokesman",
        "spokeswoman", "councilman", "councilwoman", "sheriff", "attorney", "director", "commissioner",
    ]

    /// The entity for a name phrase, linking or declaring as needed.
    private func resolveName(_ range: Range<Int>, isOrganization: Bool) -> String? {
        let span = reader.span(of: range)
        let covered = coveringMention(of: span, preferTypes: isOrganization ? ["organization", "person"] : ["person", "organization"])
        if let covered, mentions[covered].type == "person" || mentions[covered].type == "organization" {
            guard let id = entityID(forMention: covered) else { return nil }
            // "Mrs. Clinton" linked to Bill Clinton: the honorific picks the namesake of the right gender.
            if mentions[covered].type == "person", let namesake = honorificNamesake(of: id, nameEnd: range.upperBound - 1) {
                mentions[covered].entityID = namesake
                register(mention: mentions[covered].span, entityID: namesake, type: "person")
                return namesake
            }
            return id
        }
        var name = cleanName(reader.text(of: range))
        guard !name.isEmpty else { return nil }
        // A speaker the entity layer read as a place or thing ("Bush" as a town): a person, unless the
        // name is only a place speaking for its government ("Moscow said") — then an organization.
        var type = isOrganization ? "organization" : "person"
        if let covered, mentions[covered].type == "location", !isOrganization, peopleByLastWord[reader.lower(range.upperBound - 1)] == nil,
            !range.contains(where: { GivenNameGender.gender(ofGivenNameMask: reader.lexicons($0)) != .unknown }) {
            type = "organization"
        }
        var runGender = SpeakerGender.unknown
        // "Mrs. Holm": the surname after a courtesy title stands alone, like "Holm".
        let surname = range.upperBound - 1
        let courtesy = strictHonorificGender(beforeName: surname)
        let bare = range.count == 1 || courtesy != .unknown && range.allSatisfy { $0 == surname || !reader.isWord($0) || isCourtesyTitle($0) }
        if !isOrganization, bare, let fuller = fullerNameRun(endingLike: surname..<range.upperBound, gender: courtesy) {
            // "Brafman" after "Ben Brafman" earlier: the fuller form names the entity and tells the gender.
            name = cleanName(reader.text(of: fuller.tokens))
            runGender = fuller.gender
        }
        var id = matchingEntity(name: name, type: type) ?? declareEntity(name: name, type: type)
        // "Peter Holm" read from a fuller run is not Anna Holm, whom the last name alone matched.
        if type == "person", runGender != .unknown, let known = genders[id], known != .unknown, known != runGender,
            let index = entityIndex[id], entities[index].name.lowercased() != name.lowercased() {
            id = entitiesByName[name.lowercased()] ?? declareEntity(name: name, type: type)
        }
        if type == "person", let namesake = honorificNamesake(of: id, nameEnd: range.upperBound - 1) { id = namesake }
        if genders[id] == nil, runGender != .unknown { genders[id] = runGender }
        addMention(span: span, type: type, entityID: id)
        return id
    }

    /// For a name after a gendered honorific ("Mrs. Clinton", "Mr. Bush") that was matched to a person of
    /// the other gender, another person with the same last name whose gender agrees: the latest one
    /// mentioned before the name, else any known one. Nil when the match agrees or no namesake fits.
    private func honorificNamesake(of id: String, nameEnd: Int) -> String? {
        guard let index = entityIndex[id], let known = genders[id], known != .unknown else { return nil }
        let nameStart = reader.tokens[nameEnd].span.start
        let wanted = strictHonorificGender(beforeName: nameEnd)
        guard wanted != .unknown, wanted != known else { return nil }
        let lastWord = Self.lastWord(of: cleanName(reader.lower(nameEnd)))
        guard Self.lastWord(of: entities[index].name.lowercased()) == lastWord else { return nil }
        func fits(_ candidate: String) -> Bool {
            guard candidate != id, genders[candidate] == wanted, let k = entityIndex[candidate], entities[k].type == "person"
            else { return false }
            return Self.lastWord(of: entities[k].name.lowercased()) == lastWord
        }
        var i = lastIndex(before: nameStart, in: personEvents)
        var steps = 0
        while i >= 0, steps < 400 {
            if fits(personEvents[i].entityID) { return personEvents[i].entityID }
            i -= 1
            steps += 1
        }
        return entities.first(where: { fits($0.id) })?.id
    }

    /// Whether token `i` is a courtesy title (`Mr`, `Mrs`, `Ms`, `Miss`).
    private func isCourtesyTitle(_ i: Int) -> Bool { courtesyGender(i) != .unknown }

    /// The gender of token `i` when it is a courtesy title; only words of two to four letters are read.
    private func courtesyGender(_ i: Int) -> SpeakerGender {
        guard reader.isWord(i), (2...4).contains(reader.tokens[i].span.length) else { return .unknown }
        switch reader.lower(i) {
        case "mr": return .male
        case "mrs", "ms", "miss": return .female
        default: return .unknown
        }
    }

    /// The gender of a courtesy title right before the name that ends at token `nameEnd` (`Mrs.`, `Ms.`,
    /// `Miss`, `Mr.`); the name is one or more capitalized words.
    private func strictHonorificGender(beforeName nameEnd: Int) -> SpeakerGender {
        var i = nameEnd
        var words = 0
        while i > 0, words < 4, reader.isCapitalized(i - 1) || reader.isAbbreviationPeriod(i - 1) {
            i -= 1
            if reader.isAbbreviationPeriod(i) { continue }
            words += 1
            let gender = courtesyGender(i)
            if gender != .unknown { return gender }
        }
        return .unknown
    }

    /// The name without a trailing possessive or punctuation.
    private func cleanName(_ name: String) -> String {
        var result = name
        for suffix in ["'s", "’s", "'", "’", ",", "."] where result.hasSuffix(suffix) && result.count > suffix.count + 1 {
            if suffix == "." && result.split(separator: " ").last.map({ $0.count <= 3 }) == true { continue }  // "Jr."
            result.removeLast(suffix.count)
        }
        return result
    }

    /// An entity of `type` whose name matches `name`: the same name, or for people the same last word.
    private func matchingEntity(name: String, type: String) -> String? {
        let lower = name.lowercased()
        if let id = entitiesByName[lower], let index = entityIndex[id], entities[index].type == type { return id }
        guard type == "person", let best = peopleByLastWord[Self.lastWord(of: lower)] else { return nil }
        if let index = entityIndex[best], entities[index].provenance.annotatorID == provenance.annotatorID,
            name.count > entities[index].name.count, lower.hasSuffix(entities[index].name.lowercased()) {
            entities[index].name = name  // a fuller form of a name this annotator declared: "Yeltsin" → "Boris Yeltsin"
            indexName(of: entities[index])
        }
        return best
    }

    private func indexName(of entity: DiscourseEntity) {
        let lower = entity.name.lowercased()
        entitiesByName[lower] = entity.id
        if entity.type == "person" { peopleByLastWord[Self.lastWord(of: lower)] = entity.id }
    }

    /// The last word of a name, as `split(separator: " ").last` reads it (the name itself when it has none).
    static func lastWord(of name: String) -> String {
        if let word = Self.asciiWord(of: name, last: true) { return word }
        // Other names are walked by character from the end, which is what the split does, without splitting all.
        var end = name.endIndex
        while end > name.startIndex, name[name.index(before: end)] == " " { end = name.index(before: end) }
        var start = end
        while start > name.startIndex, name[name.index(before: start)] != " " { start = name.index(before: start) }
        return start < end ? String(name[start..<end]) : name
    }

    /// The first word of a name, as `split(separator: " ").first` reads it (the name itself when it has none).
    static func firstWord(of name: String) -> String {
        if let word = Self.asciiWord(of: name, last: false) { return word }
        var start = name.startIndex
        while start < name.endIndex, name[start] == " " { start = name.index(after: start) }
        var end = start
        while end < name.endIndex, name[end] != " " { end = name.index(after: end) }
        return start < end ? String(name[start..<end]) : name
    }

    /// The first or last word of an ASCII name, found among its bytes (in ASCII every byte is a character, so
    /// this is what splitting the characters on spaces gives); `nil` for a name with other bytes.
    private static func asciiWord(of name: String, last: Bool) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            for byte in bytes where byte >= 0x80 { return nil }
            var start = 0
            var end = bytes.count
            if last {
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                start = end
                while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            } else {
                while start < end, bytes[start] == 0x20 { start += 1 }
                end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            }
            guard start < end else { return String(decoding: bytes, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    private func declareEntity(name: String, type: String) -> String {
        let id = allocator.next("e")
        entities.append(DiscourseEntity(id: id, type: type, name: name, provenance: provenance))
        entityIndex[id] = entities.count - 1
        indexName(of: entities[entities.count - 1])
        if type == "person" {
            let gender = GivenNameGender.gender(ofFirstWordOf: name)
            if gender != .unknown { genders[id] = gender }
        }
        return id
    }

    /// Adds a linked mention over `span` unless a mention already overlaps it.
    private func addMention(span: TextSpan, type: String, entityID: String) {
        if overlapsMention(span) { return }
        let mention = EntityMention(id: allocator.next("m"), type: type, span: span, entityID: entityID, provenance: provenance)
        mentions.append(mention)
        mentionOrder.insert(mentions.count - 1, at: insertionIndex(span))
        register(mention: span, entityID: entityID, type: type)
    }

    private func overlapsMention(_ span: TextSpan) -> Bool { !overlappingMentions(span).isEmpty }

    /// The indices of mentions overlapping `span` (mentions nest, so a few before its start are checked).
    private func overlappingMentions(_ span: TextSpan) -> [Int] {
        let position = insertionIndex(TextSpan(start: span.start, end: Int.max))
        var found: [Int] = []
        var i = position
        while i < mentionOrder.count, mentions[mentionOrder[i]].span.start < span.end {
            if mentions[mentionOrder[i]].span.overlaps(span) { found.append(mentionOrder[i]) }
            i += 1
        }
        i = position - 1
        while i >= 0, i >= position - 8 {
            if mentions[mentionOrder[i]].span.overlaps(span) { found.append(mentionOrder[i]) }
            i -= 1
        }
        return found
    }

    /// The mention that best covers `span` (largest overlap, preferred types first).
    private func coveringMention(of span: TextSpan, preferTypes: [String]) -> Int? {
        var best: (index: Int, rank: Int, overlap: Int)?
        for index in overlappingMentions(span) {
            let mention = mentions[index]
            let overlap = min(mention.span.end, span.end) - max(mention.span.start, span.start)
            let rank = preferTypes.firstIndex(of: mention.type) ?? preferTypes.count
            if best == nil || rank < best!.rank || (rank == best!.rank && overlap > best!.overlap) {
                best = (index, rank, overlap)
            }
        }
        return best?.index
    }

    /// The entity a mention links to, declaring one (and linking the mention) if it has none.
    private func entityID(forMention index: Int) -> String? {
        if let id = mentions[index].entityID, entityIndex[id] != nil { return id }
        let mention = mentions[index]
        let name = cleanName(reader.analysis.text.string(mention.span))
        guard !name.isEmpty else { return nil }
        let id = matchingEntity(name: name, type: mention.type) ?? declareEntity(name: name, type: mention.type)
        mentions[index].entityID = id
        register(mention: mention.span, entityID: id, type: mention.type)
        return id
    }

    // MARK: Antecedents

    private func register(mention span: TextSpan, entityID: String, type: String) {
        switch type {
        case "person":
            insert((span.start, entityID), into: &personEvents)
            if entityTitles != nil { entityTitles?[entityID, default: []].formUnion(titles(atMention: span.start)) }
            if genders[entityID] == nil {
                var gender = honorificGender(before: span.start)
                if gender == .unknown, let index = entityIndex[entityID] {
                    gender = GivenNameGender.gender(ofFirstWordOf: entities[index].name)
                }
                if gender != .unknown { genders[entityID] = gender }
            }
        case "organization":
            insert((span.start, entityID), into: &organizationEvents)
        default:
            break
        }
    }

    /// The gender marked by an honorific just before `offset` ("Mrs. Clinton").
    private func honorificGender(before offset: Int) -> SpeakerGender {
        var i = reader.analysis.tokenIndex(atOrAfter: offset) - 1
        if i >= 0, reader.isPunctuation(i, ".") { i -= 1 }
        guard i >= 0 else { return .unknown }
        return GivenNameGender.gender(ofTitleMask: reader.lexicons(i))
    }

    private func insert(_ event: (start: Int, entityID: String), into events: inout [(start: Int, entityID: String)]) {
        var low = 0
        var high = events.count
        while low < high {
            let mid = (low + high) / 2
            if events[mid].start <= event.start { low = mid + 1 } else { high = mid }
        }
        // Mentions mostly come in text order: the event then goes last.
        if low == events.count { events.append(event) } else { events.insert(event, at: low) }
    }

    private func lastIndex(before offset: Int, in events: [(start: Int, entityID: String)]) -> Int {
        var low = 0
        var high = events.count
        while low < high {
            let mid = (low + high) / 2
            if events[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    private func nearest(in events: [(start: Int, entityID: String)], before offset: Int) -> String? {
        let i = lastIndex(before: offset, in: events)
        guard i >= 0, offset - events[i].start <= Self.antecedentWindow else { return nil }
        return events[i].entityID
    }

    /// The nearest preceding person whose gender agrees: a known match wins over a nearer unknown one
    /// among the few nearest people.
    private func nearestPerson(before offset: Int, gender: SpeakerGender) -> String? {
        var candidates: [(start: Int, entityID: String?, run: Range<Int>?, gender: SpeakerGender)] = []
        var i = lastIndex(before: offset, in: personEvents)
        // At most six ids are taken, so a short list is cheaper than a set.
        var seen: [String] = []
        while i >= 0, candidates.count < 6, offset - personEvents[i].start <= Self.antecedentWindow {
            let id = personEvents[i].entityID
            if !seen.contains(id) {
                seen.append(id)
                candidates.append((personEvents[i].start, id, nil, genders[id] ?? .unknown))
            }
            i -= 1
        }
        // Name runs the entity layer did not mark.
        var r = lastRun(before: offset)
        var runsTaken = 0
        while r >= 0, runsTaken < 6 {
            let run = nameRuns[r]
            let start = reader.tokens[run.tokens.lowerBound].span.start
            if start >= offset { r -= 1; continue }
            if offset - start > Self.antecedentWindow { break }
            if !overlapsMention(reader.span(of: run.tokens)) {
                candidates.append((start, nil, run.tokens, run.gender))
                runsTaken += 1
            }
            r -= 1
        }
        // A known person's surname opening this sentence or the one before that no mention marks ("Bush went
        // after Trump …, when he called …"): the subject the pronoun most likely refers to.
        if let sentence = reader.analysis.sentenceIndex(containing: offset) {
            for s in [sentence, sentence - 1] where s >= 0 {
                let first = reader.analysis.sentences[s].tokenRange.lowerBound
                // Not "The Murdoch outlets …": a determiner or a fronting word opens no name.
                guard first < reader.count, reader.isCapitalized(first), !reader.isIn(.determiners, first),
                    !reader.isIn(.frontingWords, first),
                    !reader.isIn(.conjunctions, first) else { continue }
                var end = first
                while end < reader.count, end - first < 4, reader.isCapitalized(end) { end += 1 }
                let start = reader.tokens[first].span.start
                guard start < offset, end < reader.count, reader.isLowercaseWord(end),
                    !overlapsMention(reader.span(of: first..<end)),
                    let id = peopleByLastWord[reader.lower(end - 1)], !candidates.contains(where: { $0.start == start }) else { continue }
                candidates.append((start, id, nil, genders[id] ?? .unknown))
            }
        }
        // People named inside a quotation are rarely its speaker, and a party tag ("R-Fla") is no person.
        candidates.removeAll { reader.isInsideQuote($0.start) || isPartyTag(at: $0.start) }
        candidates.sort { $0.start > $1.start }
        // The subject of this sentence or the one before wins over a nearer object ("Reid blasted Rubio. “…,”
        // the Senate minority leader said"): news refers back to whoever the previous sentence was about.
        let sentence = reader.analysis.sentenceIndex(containing: offset)
        let pick = candidates.first(where: { candidate in
            guard candidate.gender.agrees(with: gender), let sentence,
                let own = reader.analysis.sentenceIndex(containing: candidate.start) else { return false }
            return own >= sentence - 1
                && (isSentenceSubject(at: candidate.start, sentence: own) || isSpeechVerbSubject(at: candidate.start))
        }) ?? candidates.first(where: { $0.gender.agrees(with: gender) })
        guard let pick else { return nil }
        if let id = pick.entityID { return id }
        guard let run = pick.run else { return nil }
        let id = resolveName(run, isOrganization: false)
        if let id, genders[id] == nil, pick.gender != .unknown { genders[id] = pick.gender }
        return id
    }

    /// Whether the name starting at `offset` opens its sentence, after at most a few capitalized title
    /// words ("New Jersey Gov. Chris Christie accused …").
    private func isSentenceSubject(at offset: Int, sentence: Int) -> Bool {
        let first = reader.analysis.sentences[sentence].tokenRange.lowerBound
        let token = reader.analysis.tokenIndex(atOrAfter: offset)
        guard token >= first, token - first <= 5 else { return false }
        // A dateline before the name counts as a title word ("OSLO — Ada Lind said …").
        return (first..<token).allSatisfy { i in
            reader.isCapitalized(i) || reader.isAbbreviationPeriod(i) || reader.lower(i) == "former"
                || reader.isDash(i)
        }
    }

    /// Whether the name starting at `offset` is the subject of a saying verb right after it ("With the vote
    /// over, Voss said he …", "Voss later told"): the person who reports a clause is the one its pronouns
    /// are about, even when the name does not open the sentence.
    private func isSpeechVerbSubject(at offset: Int) -> Bool {
        var k = reader.analysis.tokenIndex(atOrAfter: offset)
        let start = k
        while k < reader.count, k - start < 5, reader.isCapitalized(k) || reader.isAbbreviationPeriod(k) { k += 1 }
        guard k > start else { return false }
        var skipped = 0
        while k < reader.count, skipped < 2, reader.isIn(.verbModifiers, k) {
            k += 1
            skipped += 1
        }
        return k < reader.count && reader.speechVerbForm(k) == .finite
    }

    /// Whether the text at `offset` is a party-and-state tag such as "R-Fla" or "D-N.Y.".
    private func isPartyTag(at offset: Int) -> Bool {
        let text = reader.analysis.text
        guard let first = text[offset], let second = text[offset + 1] else { return false }
        return (first == "R" || first == "D" || first == "I") && second == "-"
    }

    /// The nearest earlier name run whose last word is the one-word name at `range` ("Ben Brafman" for "Brafman").
    /// With a known `gender` (from a courtesy title, "Mrs. Holm"), the nearest such run whose gender agrees is
    /// taken when there is one among the few before it.
    private func fullerNameRun(endingLike range: Range<Int>, gender: SpeakerGender = .unknown) -> (tokens: Range<Int>, gender: SpeakerGender)? {
        guard let runs = runsByLastWord[reader.text(range.lowerBound)] else { return nil }
        let offset = reader.tokens[range.lowerBound].span.start
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if reader.tokens[nameRuns[runs[mid]].tokens.lowerBound].span.start < offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        if gender != .unknown {
            var k = low - 1
            while k >= 0, low - k <= 20 {
                if nameRuns[runs[k]].gender == gender { return nameRuns[runs[k]] }
                k -= 1
            }
        }
        return nameRuns[runs[low - 1]]
    }

    /// Whether the one-word name at token `i` ends an earlier run of capitalized words that no mention
    /// marks as a place or organization, and is no organization word itself ("Post" after "The Daily Post").
    private func isSurnameOfEarlierName(_ i: Int) -> Bool {
        guard let start = capitalizedRunStarts[reader.lowerHash(i)], start < i,
            !reader.isIn(.organizationWords, i) else { return false }
        let span = TextSpan(start: reader.tokens[start].span.start, end: reader.tokens[i].span.start)
        return !overlappingMentions(span).contains { mentions[$0].type != "person" && mentions[$0].span.start >= span.start }
    }

    private func findCapitalizedRuns() -> [UInt64: Int] {
        var starts: [UInt64: Int] = [:]
        let count = reader.count
        var i = 0
        while i < count {
            guard reader.isCapitalized(i) else { i += 1; continue }
            var end = i + 1
            while end < count, end - i < 6, reader.isSameLine(end - 1), reader.isCapitalized(end) || reader.isAbbreviationPeriod(end) {
                end += 1
            }
            var words = 0
            for k in i..<end where !reader.isAbbreviationPeriod(k) { words += 1 }
            if (2...4).contains(words), !reader.isAbbreviationPeriod(end - 1) {
                let last = reader.lowerHash(end - 1)
                if starts[last] == nil { starts[last] = i }
            }
            i = end
        }
        return starts
    }

    /// Runs of capitalized words that begin with a known given name ("Hillary Clinton") or follow an
    /// honorific ("Mr. Smith"), with the gender they mark; the honorific is not part of the run.
    private func findNameRuns() -> [(tokens: Range<Int>, gender: SpeakerGender)] {
        var runs: [(tokens: Range<Int>, gender: SpeakerGender)] = []
        let count = reader.count
        var i = 0
        while i < count {
            guard reader.isCapitalized(i) else { i += 1; continue }
            // The title and given-name lists are lexicon bits of the token (no string is built).
            let mask = reader.lexicons(i)
            var gender = GivenNameGender.gender(ofTitleMask: mask)
            var start = i
            if gender != .unknown {
                start = i + 1
                if start < count, reader.isPunctuation(start, ".") { start += 1 }
            } else {
                gender = GivenNameGender.gender(ofGivenNameMask: mask)
                if gender == .unknown { i += 1; continue }
            }
            var end = start
            while end < count, end == start || reader.isSameLine(end - 1),
                reader.isCapitalized(end) || (end > start && reader.isAbbreviationPeriod(end)) {
                end += 1
            }
            // A given name needs a surname after it; an honorific needs one name.
            if end - start >= (start == i ? 2 : 1) {
                runs.append((start..<end, gender))
                i = end
            } else {
                i += 1
            }
        }
        return runs
    }

    /// Where a mention with `span` goes in ``mentionOrder``.
    private func insertionIndex(_ span: TextSpan) -> Int {
        var low = 0
        var high = mentionOrder.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mentionOrder[mid]].span < span { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index of the last name run starting before `offset`.
    private func lastRun(before offset: Int) -> Int {
        var low = 0
        var high = nameRuns.count
        while low < high {
            let mid = (low + high) / 2
            if reader.tokens[nameRuns[mid].tokens.lowerBound].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }
}
