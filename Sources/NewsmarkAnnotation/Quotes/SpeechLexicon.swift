/// Word lists for recognizing attributions in news English: speech verbs, pronouns, titles, role
/// nouns and the words that may stand between a speaker and its verb. All entries are lower case.
enum SpeechLexicon {
    /// How a speech-verb form is used.
    enum VerbForm: Sendable {
        /// A finite or past form that takes a subject: "said", "says", "told", "wrote".
        case finite
        /// A participle or infinitive that borrows its subject: "saying", "adding", "warning", "to say".
        case nonFinite
    }

    /// Every form of every speech verb.
    static let verbForms: [String: VerbForm] = {
        var forms: [String: VerbForm] = [:]
        forms.reserveCapacity(512)
        // The lines are split on their UTF-8 bytes (splitting a `String` by characters costs far more).
        let lines = verbTable.map { line in Array(line.utf8).split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        for words in lines {
            for word in words {
                let nonFinite = word.hasSuffix("ing") || word == words.first
                forms[word] = nonFinite ? .nonFinite : .finite
            }
        }
        // Base forms are finite after plural subjects ("they say", "officials warn").
        for words in lines { if let base = words.first { forms[base] = .finite } }
        // Forms that are far more often nouns ("the report", "his remarks", "United States") are left out.
        for word in nounLikeForms { forms[word] = nil }
        return forms
    }()

    /// Speech and attribution verbs with their forms (base, third person, past, participles).
    private static let verbTable: [String] = [
        "say says said saying", "tell tells told telling", "add adds added adding", "warn warns warned warning",
        "insist insists insisted insisting", "write writes wrote written writing", "ask asks asked asking",
        "stress stresses stressed stressing", "note notes noted noting", "explain explains explained explaining",
        "declare declares declared declaring", "argue argues argued arguing", "claim claims claimed claiming",
        "reply replies replied replying", "tweet tweets tweeted tweeting", "state states stated stating",
        "announce announces announced announcing", "acknowledge acknowledges acknowledged acknowledging",
        "admit admits admitted admitting", "assert asserts asserted asserting", "comment comments commented commenting",
        "continue continues continued continuing", "observe observes observed observing",
        "remark remarks remarked remarking", "recall recalls recalled recalling", "suggest suggests suggested suggesting",
        "urge urges urged urging", "predict predicts predicted predicting", "respond responds responded responding",
        "answer answers answered answering", "contend contends contended contending",
        "complain complains complained complaining", "concede concedes conceded conceding",
        "confirm confirms confirmed confirming", "deny denies denied denying",
        "emphasize emphasizes emphasized emphasizing", "emphasise emphasises emphasised emphasising",
        "maintain maintains maintained maintaining", "mention mentions mentioned mentioning",
        "quip quips quipped quipping", "joke jokes joked joking", "shout shouts shouted shouting",
        "yell yells yelled yelling", "scream screams screamed screaming", "whisper whispers whispered whispering",
        "testify testifies testified testifying", "reiterate reiterates reiterated reiterating",
        "vow vows vowed vowing", "pledge pledges pledged pledging", "promise promises promised promising",
        "boast boasts boasted boasting", "lament laments lamented lamenting", "caution cautions cautioned cautioning",
        "conclude concludes concluded concluding", "agree agrees agreed agreeing", "describe describes described describing",
        "call calls called calling", "dub dubs dubbed dubbing", "label labels labeled labelled labeling labelling",
        "term terms termed terming", "brand brands branded branding", "criticize criticizes criticized criticizing",
        "criticise criticises criticised criticising", "praise praises praised praising", "blast blasts blasted blasting",
        "slam slams slammed slamming", "mock mocks mocked mocking", "accuse accuses accused accusing",
        "charge charges charged charging", "wonder wonders wondered wondering", "muse muses mused musing",
        "post posts posted posting", "text texts texted texting", "email emails emailed emailing",
        "report reports reported reporting", "quote quotes quoted quoting", "speak speaks spoke spoken speaking",
        "announce announces announced announcing", "plead pleads pleaded pleading", "demand demands demanded demanding",
        "threaten threatens threatened threatening", "counter counters countered countering",
        "retort retorts retorted retorting", "exclaim exclaims exclaimed exclaiming", "chant chants chanted chanting",
        "sing sings sang singing", "read reads reading", "tell tells told telling", "cite cites cited citing",
        "repeat repeats repeated repeating", "promise promises promised promising", "recount recounts recounted recounting",
        "apologize apologizes apologized apologizing", "acknowledge acknowledges acknowledged acknowledging",
        "affirm affirms affirmed affirming", "allege alleges alleged alleging", "announce announces announced announcing",
        "advise advises advised advising", "assure assures assured assuring", "propose proposes proposed proposing",
        "recommend recommends recommended recommending", "reveal reveals revealed revealing",
        "insist insists insisted insisting", "begin begins began beginning", "interject interjects interjected",
        "murmur murmurs murmured murmuring", "grumble grumbles grumbled grumbling", "snap snaps snapped snapping",
        "thunder thunders thundered thundering", "hail hails hailed hailing", "decry decries decried decrying",
        "condemn condemns condemned condemning", "denounce denounces denounced denouncing",
        "dismiss dismisses dismissed dismissing", "highlight highlights highlighted highlighting",
        // Verbs that frame a quoted fragment as someone's words or view.
        "refer refers referred referring", "thank thanks thanked thanking", "blame blames blamed blaming",
        "bemoan bemoans bemoaned bemoaning", "tout touts touted touting", "characterize characterizes characterized characterizing",
        "portray portrays portrayed portraying", "liken likens likened likening", "decry decries decried decrying",
        "ridicule ridicules ridiculed ridiculing", "chide chides chided chiding", "scold scolds scolded scolding",
        "rebuke rebukes rebuked rebuking", "lambaste lambastes lambasted lambasting", "laud lauds lauded lauding",
        "applaud applauds applauded applauding", "commend commends commended commending", "invoke invokes invoked invoking",
        "echo echoes echoed echoing", "describe describes described describing", "vow vows vowed vowing",
        "pledge pledges pledged pledging", "promise promises promised promising", "insist insists insisted insisting",
        "brag brags bragged bragging", "complain complains complained complaining", "question questions questioned questioning",
        "sign signs signed signing", "coin coins coined coining", "nickname nicknames nicknamed nicknaming",
        "deride derides derided deriding", "disparage disparages disparaged disparaging", "attack attacks attacked attacking",
        "point points pointed pointing",
        // Manner-of-speaking verbs, past forms only (their present forms are mostly nouns or other verbs).
        "fumed", "railed", "gushed", "marveled", "marvelled", "scoffed", "sneered", "snorted", "chuckled", "laughed",
        "sighed", "groaned", "cried", "begged", "implored", "teased", "taunted", "vented", "seethed", "raged",
        "huffed", "protested", "objected", "interrupted", "volunteered", "offered", "guessed", "reckoned",
        "speculated", "allowed", "concurred", "counseled", "reassured", "reminded", "informed", "instructed",
        "ordered", "forecast", "reasoned", "theorized", "posited", "opined", "preached", "proclaimed",
        "pronounced", "summarized", "elaborated", "clarified", "specified", "detailed", "outlined", "disclosed",
        "divulged", "confided", "confessed", "conceded", "hinted", "implied", "signaled", "signalled",
        "indicated", "alerted", "guaranteed", "swore", "averred", "underscored", "lectured", "barked", "growled",
        "hissed", "sniped", "jabbed", "needled", "ribbed", "wrote", "tweeted", "posted", "blogged", "messaged",
        "texted", "added", "continued", "interjected", "cracked", "joked", "rejoined", "ventured", "remembered",
        "exhorted", "riffed", "recounted", "pressed", "persisted", "boomed", "bellowed", "roared", "hollered", "intoned", "drawled", "ranted", "mused", "pondered", "lectured", "gloated",
        "beamed", "exulted", "enthused", "deadpanned", "griped", "carped", "crowed", "muttered", "mumbled",
        "stammered", "gasped", "wailed", "whined", "sniffed", "rasped", "reacted", "interjecting", "cooed", "chirped",
        "sputtered", "yelped",
    ]

    /// Forms left out as mostly nouns ("agrees" aside) that are plainly verbs right after a quote's comma and
    /// before their speaker (`"…," agrees Mia Stone`, `"…," notes the report`), where no noun can stand.
    static let invertedOnlyForms: Set<String> = [
        "agrees", "comments", "answers", "counters", "remarks", "jokes", "muses", "wonders", "continues", "confirms",
        "denies", "reports", "quotes", "recalls", "pleads", "cautions", "interjects", "demands", "states", "posts",
    ]

    /// Verb forms that news text mostly uses as nouns.
    private static let nounLikeForms: Set<String> = [
        "state", "states", "post", "posts", "text", "texts", "report", "reports", "quote", "quotes", "comment",
        "comments", "answer", "answers", "term", "terms", "brand", "brands", "charge", "charges", "counter",
        "counters", "promise", "promises", "demand", "demands", "pledge", "pledges", "vow", "vows", "joke", "jokes",
        "remark", "remarks", "email", "emails", "read", "reads", "reading", "hail", "hails", "label", "labels",
        "highlight", "highlights", "note", "claim", "tweet", "mock", "slam", "slams", "plead", "caution",
        "cautions", "dub", "cite", "sing", "sings", "sang", "singing", "speak", "speaks", "begin", "begins",
        "began", "beginning", "interject", "interjects", "muse", "muses", "wonder", "continue", "continuing",
        "record", "blast", "blasts", "testify", "agree", "agrees", "agreeing", "praise", "praises", "thunder",
        "snap", "snaps", "murmur", "murmurs", "shout", "shouts", "whisper", "whispers", "deny", "confirm",
        "reveal", "reveals", "dismiss", "quoting", "posting", "texting", "emailing", "reporting", "thanks", "question",
        "questions", "sign", "signs", "coin", "coins", "attack", "attacks", "echo", "echoes", "blame", "nickname",
        "nicknames", "refer", "signing", "point", "points", "attacking", "questioning",
    ]

    /// Verbs that are speech verbs only with their particle ("shot back", "went on", "chimed in"); they
    /// count as finite forms when the particle follows.
    static let phrasalVerbs: [String: Set<String>] = [
        "shot": ["back"], "shoots": ["back"], "fired": ["back"], "fires": ["back"], "hit": ["back"], "hits": ["back"],
        "pushed": ["back"], "pushes": ["back"], "snapped": ["back"], "went": ["on"], "goes": ["on"],
        "chimed": ["in"], "chimes": ["in"], "weighed": ["in"], "weighs": ["in"], "piped": ["up", "in"],
        "spoke": ["up", "out"], "speaks": ["up", "out"], "cut": ["in"], "broke": ["in"], "lashed": ["out"],
        "lashes": ["out"],
    ]

    /// Words that may follow a phrasal speech verb's particle ("shot back at", "went on to say", "weighed in
    /// on"); any other word after the particle makes it an ordinary verb ("went on recess").
    static let phrasalFollowers: Set<String> = ["at", "to", "on", "that", "with", "against", "about", "by", "in"]

    /// Whether `lower` is a speech verb form, and which.
    static func verbForm(_ lower: String) -> VerbForm? { verbForms[lower] }

    /// Verbs strong enough to attribute a whole utterance on their own; the others (call, describe,
    /// praise, …) attribute the fragment they frame.
    static let utteranceVerbs: Set<String> = [
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "write", "writes", "wrote", "ask", "asks",
        "asked", "reply", "replies", "replied", "tweet", "tweets", "tweeted", "explain", "explains", "explained",
        "declare", "declares", "declared", "insist", "insists", "insisted", "warn", "warns", "warned", "continue",
        "continues", "continued", "state", "states", "stated", "note", "notes", "noted", "argue", "argues", "argued",
        "respond", "responds", "responded", "recall", "recalls", "recalled", "quip", "quips", "quipped", "joke", "jokes",
        "joked", "post", "posts", "posted", "shout", "shouted", "yelled", "wondered", "mused", "conclude", "concluded",
        "retorted", "countered", "exclaimed", "chanted", "stressed", "emphasized", "emphasised", "admitted", "acknowledged",
        "announced", "claimed", "claims", "complained", "conceded", "confirmed", "predicted", "texted", "emailed", "remarked",
        "observed", "commented", "testified", "reiterated", "vowed", "promised", "boasted", "lamented", "cautioned",
    ]

    /// Cues that make a quote someone's words even when no speaker can be read: saying, telling,
    /// writing and naming verbs.
    static let strongCues: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding", "write",
        "writes", "wrote", "writing", "ask", "asks", "asked", "asking", "declare", "declares", "declared", "declaring",
        "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "condemn", "condemns",
        "condemned", "condemning", "accuse", "accuses", "accused", "accusing", "label", "labels", "labeled", "labelled",
        "labeling", "dub", "dubs", "dubbed", "dubbing", "brand", "branded", "branding", "tweet", "tweets", "tweeted",
        "tweeting", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging", "chant", "chants", "chanted",
        "chanting", "shout", "shouted", "shouting", "reply", "replied", "replies", "insist", "insists", "insisted",
        "insisting", "vow", "vowed", "vowing", "pledge", "pledged", "pledging", "promise", "promised", "promising",
        "refer", "refers", "referred", "referring", "praise", "praised", "praising", "blame", "blamed", "blaming",
    ]

    /// Personal pronouns that can be speakers.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you"]
    static let malePronouns: Set<String> = ["he", "him", "his"]
    static let femalePronouns: Set<String> = ["she", "her", "hers"]

    /// Words that may stand between a speaker and its verb ("Yeltsin recently told", "she has said").
    static let verbModifiers: Set<String> = [
        "also", "recently", "later", "then", "once", "again", "further", "previously", "earlier", "often", "repeatedly",
        "has", "have", "had", "would", "will", "did", "does", "do", "is", "was", "were", "are", "been", "be", "has",
        "could", "might", "may", "should", "must", "never", "not", "frequently", "publicly", "privately", "flatly",
        "simply", "bluntly", "angrily", "quietly", "firmly", "openly", "famously", "reportedly", "even", "still", "just",
        "first", "last", "finally", "subsequently", "separately", "likewise", "similarly", "only", "specifically",
        "explicitly", "succinctly", "immediately", "already", "yesterday", "today", "tonight", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
        "sarcastically", "wryly", "tersely", "curtly", "angrily", "emphatically", "proudly", "candidly",
    ]

    /// Words that end a speaker phrase read forward after an inverted verb ("said Smith, who …").
    static let forwardStops: Set<String> = [
        "who", "which", "that", "in", "on", "at", "during", "after", "before", "when", "while", "as", "to", "because",
        "referring", "adding", "noting", "speaking", "told", "said", "says", "last", "this", "yesterday", "today",
        "tonight", "earlier", "recently", "and", "but", "with", "about", "from", "via", "through", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "into", "by", "outside", "inside", "whether", "if",
        "why", "how", "what", "whom", "whose",
    ]

    /// Determiners that may start a descriptive speaker ("the minister", "a spokesman").
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "some", "several", "many", "two",
        "three", "other", "this", "that", "these", "those", "both", "most", "few",
    ]

    /// Lower-case words allowed inside a personal name ("Charles de Gaulle", "Osama bin Laden").
    static let nameParticles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al", "el", "bin", "ibn",
        "ben", "ter", "dos", "das", "y", "st.",
    ]

    /// Capitalized words that are titles or descriptions rather than part of a personal name.
    static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "foreign", "defense", "defence", "finance", "interior", "secretary",
        "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman", "congresswoman", "gov", "gov.",
        "governor", "mayor", "gen", "gen.", "general", "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.",
        "adm", "adm.", "sgt", "sgt.", "cmdr", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant",
        "commander", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
        "judge", "justice", "chief", "chairman", "chairwoman", "chair", "director", "ambassador", "envoy", "king",
        "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "rev", "rev.", "reverend",
        "father", "sheikh", "sheik", "emir", "chancellor", "premier", "speaker", "leader", "majority", "minority",
        "deputy", "assistant", "attorney", "commissioner", "spokesman", "spokeswoman", "spokesperson", "candidate",
        "nominee", "democratic", "republican", "gop", "former", "state", "house", "senate", "white", "coach",
        "ceo", "cfo", "founder", "executive", "officer", "inspector", "detective", "sheriff", "superintendent",
        "presidential", "hopeful", "pres", "pres.", "sir", "dame", "lord", "lady", "mp", "u.s.", "us", "chief executive", "mrs.",
        "president-elect", "vice-president", "first", "lady", "hon", "hon.", "councilman", "councilwoman",
        "supervisor", "auditor", "comptroller", "treasurer", "pastor", "imam", "rabbi", "dean", "provost",
    ]

    /// Words that make a capitalized speaker an organization ("the State Department", "Reuters").
    static let organizationWords: Set<String> = [
        "ministry", "department", "agency", "office", "party", "committee", "council", "commission", "company",
        "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "group", "association", "union", "bank",
        "institute", "foundation", "university", "college", "campaign", "administration", "government", "house",
        "kremlin", "pentagon", "parliament", "congress", "senate", "court", "police", "army", "navy", "force",
        "forces", "times", "post", "news", "journal", "press", "tribune", "herald", "network", "agency", "board",
        "authority", "service", "organization", "organisation", "federation", "alliance", "coalition", "network",
        "center", "centre", "fund", "trust", "bureau", "league", "club", "team", "airlines", "airways", "motors",
        "reuters", "nato", "un", "eu", "fbi", "cia", "associated", "telegraph", "guardian", "magazine", "television",
        "radio", "channel", "studios", "holdings", "partners", "systems", "technologies", "industries", "worldwide",
        "international", "secretariat", "cabinet", "embassy", "consulate", "mission", "delegation", "caucus",
        "legislature", "assembly", "tass", "xinhua", "interfax", "ria", "cnn", "bbc", "abc", "nbc", "cbs", "afp",
        "ap", "upi", "dpa", "ansa", "efe", "kyodo", "yonhap",
    ]

    /// Nouns for people who speak in the news, for descriptive speakers ("the spokeswoman said").
    static let personRoleNouns: Set<String> = [
        "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "senator", "governor",
        "candidate", "chairman", "chairwoman", "secretary", "director", "ambassador", "general", "mayor", "leader",
        "prosecutor", "judge", "lawyer", "attorney", "analyst", "expert", "author", "professor", "executive",
        "founder", "adviser", "advisor", "aide", "congressman", "congresswoman", "lawmaker", "nominee", "premier",
        "chancellor", "king", "queen", "prince", "pope", "coach", "manager", "economist", "researcher", "scientist",
        "doctor", "officer", "commander", "colonel", "representative", "envoy", "diplomat", "negotiator",
        "businessman", "businesswoman", "billionaire", "woman", "man", "source", "strategist", "pollster", "activist",
        "witness", "resident", "victim", "student", "teacher", "father", "mother", "son", "daughter", "wife",
        "husband", "brother", "sister", "friend", "owner", "partner", "head", "chief", "ceo", "organizer", "veteran",
        "voter", "supporter", "critic", "opponent", "democrat", "republican", "commentator", "historian", "writer",
        "journalist", "reporter", "editor", "columnist", "host", "actor", "actress", "singer", "player", "star",
        "officer", "detective", "sheriff", "trooper", "deputy", "commissioner", "superintendent", "principal",
        "pastor", "priest", "rabbi", "imam", "bishop", "cardinal", "dean", "physician", "surgeon", "nurse",
        "statesman", "politician", "incumbent", "challenger", "frontrunner", "front-runner", "hopeful", "contender",
        "strategists", "officials", "analysts", "experts", "critics", "sources", "aides", "advisers", "advisors",
        "lawmakers", "diplomats", "residents", "witnesses", "supporters", "opponents", "observers", "protesters",
        "economists", "researchers", "scientists", "investigators", "prosecutors", "authorities", "police",
        "people", "voters", "leaders", "democrats", "republicans", "members", "organizers", "insiders", "delegates",
        "politicians", "senators", "governors", "candidates", "activists", "pollsters", "historians", "commentators",
        "member", "person", "confidant", "ally", "loyalist", "backer", "donor", "staffer", "operative", "surrogate", "insider",
        "chairperson", "attendee", "delegate", "moderator", "panelist", "anchor", "correspondent", "spokesmen",
        "allies", "donors", "staffers", "operatives", "surrogates", "officers", "agents", "agent", "employee",
        "employees", "worker", "workers", "lawyers", "attorneys", "sheriff", "chief", "boss", "governor",
        "commenter", "commenters", "user", "users", "blogger", "bloggers", "caller", "callers", "viewer", "viewers",
        "listener", "reader", "readers", "questioner", "questioners", "protester", "demonstrator", "demonstrators",
    ]

    /// Nouns for organizations that speak in the news ("the company said").
    static let organizationRoleNouns: Set<String> = [
        "company", "ministry", "agency", "department", "government", "party", "campaign", "group", "organization",
        "organisation", "firm", "bank", "committee", "council", "administration", "court", "union", "alliance",
        "newspaper", "network", "university", "commission", "board", "embassy", "office",
        "team", "club", "league", "association", "coalition", "authority", "regime", "kremlin", "cabinet",
        "parliament", "legislature", "bureau", "institute", "foundation", "service", "paper", "magazine",
    ]

    /// Female and male role nouns, for pronoun-like gender agreement of descriptions.
    static let femaleRoleNouns: Set<String> = [
        "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "mother", "daughter", "wife",
        "sister", "actress", "queen", "princess", "councilwoman",
    ]
    static let maleRoleNouns: Set<String> = [
        "spokesman", "chairman", "congressman", "businessman", "man", "father", "son", "husband", "brother",
        "king", "prince", "councilman", "pope",
    ]

    /// Heads of descriptions through which an organization named inside speaks ("a spokesman for the
    /// ministry", "a Pentagon spokeswoman").
    static let mouthpieceNouns: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "representative",
        "representatives", "statement", "release",
    ]

    /// Prepositions that open a time or setting phrase between a subject and its verb ("Smith on Tuesday said").
    static let adverbialPrepositions: Set<String> = ["on", "in", "at", "during", "last", "this", "late", "early", "via", "over"]

    /// Nouns that end such a phrase.
    static let adverbialNouns: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month",
        "year", "morning", "afternoon", "evening", "night", "statement", "interview", "interviews", "email", "e-mail",
        "letter", "speech", "release", "conference", "call", "twitter", "facebook", "instagram", "tweet", "tweets",
        "post", "rally", "hearing", "briefing", "appearance", "event", "radio", "television", "tv", "op-ed", "memo",
        "response", "time", "day", "days", "weeks", "months", "years", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "debate", "meeting", "video", "podcast", "show", "program",
        "remarks", "testimony", "filing", "message", "note",
    ]

    /// Nouns for a message its sender's words are quoted from ("issued a statement, “…”", "in a tweet, “…”").
    static let messageNouns: Set<String> = [
        "statement", "tweet", "post", "message", "email", "e-mail", "letter", "release", "memo", "note", "text",
        "video", "speech", "op-ed", "column", "interview", "response", "reply",
    ]

    /// "According to" complements that are documents or figures rather than speakers.
    static let nonSpeakerNouns: Set<String> = [
        "report", "reports", "data", "figures", "statistics", "estimates", "estimate", "survey", "poll", "polls",
        "study", "studies", "documents", "document", "records", "census", "analysis", "research", "numbers",
        "filings", "filing", "reporting", "tally", "count", "results", "transcript", "transcripts", "website",
    ]
}
