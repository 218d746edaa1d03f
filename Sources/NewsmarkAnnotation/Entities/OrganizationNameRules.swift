/// Rules for organization names that the head-word rule misses: a nationality before the name of a
/// national body ("Scottish Labour Party"), sports clubs named by a club word and a place ("Dynamo Moscow",
/// "SC Freiburg", "Cambridge United"), and hyphenated adjectives that stand before a name ("Ohio-based").
extension MentionFinder {
    /// Words that open a club's name before its town ("Dynamo Moscow", "Real Sociedad", "SC Freiburg").
    static let clubPrefixes: Set<String> = [
        "fc", "ac", "afc", "sc", "as", "cf", "cd", "ud", "fk", "nk", "ofk", "sk", "bk", "if", "ik", "sv", "vfb", "vfl",
        "tsv", "tsg", "ssc", "cska", "dynamo", "dinamo", "spartak", "lokomotiv", "torpedo", "real", "atletico",
        "athletic", "sporting", "borussia", "hansa", "rapid", "olympique", "olympiakos", "olympiacos", "panathinaikos",
        "racing", "steaua", "rotor", "zenit", "slavia", "sparta", "legia", "standard", "hapoel", "maccabi", "beitar",
        "hajduk", "sturm", "admira", "rot-weiss", "fortuna", "eintracht", "werder", "arminia", "union", "stade",
        "red", "sparta", "viktoria", "slovan", "banik", "dukla", "vitoria", "deportivo", "club",
    ]
    /// Club prefixes written as codes, which name a club outside sports reports too ("FC Porto").
    static let clubCodes: Set<String> = [
        "fc", "ac", "afc", "sc", "cf", "cd", "ud", "fk", "nk", "ofk", "sv", "vfb", "vfl", "tsv", "tsg", "ssc", "cska",
    ]
    /// Words that end a club's name after its town in a sports report ("Bristol City", "Notts County").
    static let clubSuffixes: Set<String> = [
        "united", "city", "rovers", "wanderers", "athletic", "albion", "town", "county", "thistle", "rangers",
        "hotspur", "wednesday", "argyle", "alexandra", "orient", "villa", "academical", "celtic", "fc", "afc",
        "palace", "forest", "stanley", "harriers", "amateurs", "borough", "dons",
    ]

    /// Whether a hyphenated word makes an adjective of a name ("Ohio-based", "Communist-led").
    func isPlaceAdjective(_ token: EntityToken) -> Bool {
        token.isWord && token.form.hasPlaceAdjectiveSuffix
    }

    /// "Scottish Labour Party", "Palestinian Authority", "North Korean Red Cross": nationality words before
    /// a listed organization of two or more words, or before words ending in an organization head word.
    func nationalOrganization(_ units: [Unit]) -> MentionCandidate? {
        guard units.count >= 2 else { return nil }
        var k = 0
        while k < units.count, let entity = units[k].entity, entity.kind == .misc, units[k].end - units[k].start <= 2 { k += 1 }
        guard k > 0, k < units.count else { return nil }
        let rest = units[k...]
        guard let last = rest.last, titleMatch(at: rest[k].start, limit: last.end) == nil else { return nil }
        let start = units[0].start
        let end = last.end
        if rest.count == 1, let entity = rest[k].entity, entity.kind == .organization, !entity.isWeak,
           rest[k].end - rest[k].start >= 2 {
            return MentionCandidate(start: start, end: end, kind: .organization, evidence: .rule, confidence: 0.8)
        }
        guard last.entity == nil || last.entity?.kind == .organization,
              gazetteer.organizationHeads.contains(tokens[end - 1].stem) || gazetteer.organizationHeads.contains(tokens[end - 1].lower),
              rest.allSatisfy({ $0.entity == nil || $0.entity?.kind == .organization }),
              !rest.contains(where: { u in u.entity == nil && tokens[u.start].form.isParticle })
        else { return nil }
        return MentionCandidate(start: start, end: end, kind: .organization, evidence: .rule, confidence: 0.8)
    }

    /// A club: a club word and a town ("Dynamo Moscow"; a code such as "SC" anywhere, other words in a
    /// sports report), or — in a sports report — a town and a club word ("Norwich City").
    func clubName(_ units: [Unit]) -> MentionCandidate? {
        guard units.count >= 2, units.count <= 3, let first = units.first, let last = units.last else { return nil }
        let firstForm = tokens[first.start].form
        if first.entity == nil || first.entity?.kind != .location, first.end - first.start == 1,
           firstForm.stemIsClubCode || isSports && firstForm.stemIsClubPrefix,
           units.dropFirst().allSatisfy(isPlaceLike),
           units.dropFirst().contains(where: { $0.entity?.kind == .location || isSports }) {
            return MentionCandidate(start: first.start, end: last.end, kind: .organization, evidence: .rule, confidence: 0.75)
        }
        if isSports, last.end - last.start == 1, last.entity == nil || last.entity?.isWeak == true,
           MentionFinder.clubSuffixes.contains(tokens[last.start].stem),
           units.dropLast().allSatisfy(isPlaceLike), units.dropLast().contains(where: { $0.entity?.kind == .location || $0.entity == nil }) {
            return MentionCandidate(start: first.start, end: last.end, kind: .organization, evidence: .rule, confidence: 0.75)
        }
        return nil
    }

    /// Whether a unit of a club's name can be its town: a place (or small place), or a capitalized
    /// word that is no particle, common word or head word.
    private func isPlaceLike(_ u: Unit) -> Bool {
        if let entity = u.entity { return entity.kind == .location || entity.isWeak }
        let token = tokens[u.start]
        return token.isCapitalized && !token.form.isParticle && !isCommonWord(token) && token.form.stemHeadKind == nil
    }
}
