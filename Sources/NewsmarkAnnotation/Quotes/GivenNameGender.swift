/// The grammatical gender of a speaker, as far as pronouns ("he", "she") need it.
enum SpeakerGender: Sendable, Hashable {
    case male
    case female
    case unknown

    /// Whether a speaker of this gender may be referred to by a pronoun of `other`'s gender.
    func agrees(with other: SpeakerGender) -> Bool { self == .unknown || other == .unknown || self == other }
}

/// Common given names of people in international news, with the gender they usually mark, and the
/// honorifics that mark gender. Names used for both (Jean, Kim, Robin, Andrea) are left out.
enum GivenNameGender {
    /// The usual gender for a given name (any case), or `.unknown`.
    static func gender(ofGivenName name: String) -> SpeakerGender { gender(ofLowercasedGivenName: name.lowercased()) }

    /// ``gender(ofGivenName:)`` for a name already in lower case.
    static func gender(ofLowercasedGivenName lower: String) -> SpeakerGender {
        if male.contains(lower) { return .male }
        if female.contains(lower) { return .female }
        return .unknown
    }

    /// The gender an honorific or title marks ("Mr." → male), or `.unknown`.
    static func gender(ofTitle title: String) -> SpeakerGender { gender(ofLowercasedTitle: title.lowercased()) }

    /// ``gender(ofTitle:)`` for a word already in lower case: one table lookup.
    static func gender(ofLowercasedTitle lower: String) -> SpeakerGender { titleGenders[lower] ?? .unknown }

    private static let titleGenders: [String: SpeakerGender] = {
        var table: [String: SpeakerGender] = [:]
        for title in maleTitles { table[title] = .male }
        for title in femaleTitles { table[title] = .female }
        return table
    }()

    /// Honorifics and titles that mark a man.
    static let maleTitles: Set<String> = [
        "mr", "mr.", "sir", "lord", "king", "prince", "father", "sheikh", "sheik", "emir", "pope", "congressman",
        "councilman", "spokesman", "chairman", "businessman",
    ]

    /// Honorifics and titles that mark a woman.
    static let femaleTitles: Set<String> = [
        "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "congresswoman", "councilwoman",
        "spokeswoman", "chairwoman", "businesswoman", "sister",
    ]

    /// ``gender(ofGivenName:)`` of the first word of a name (as `split(separator: " ").first` reads it, the
    /// name itself when it has none), looked up among the lexicon bits when the name is ASCII.
    static func gender(ofFirstWordOf name: String) -> SpeakerGender {
        var name = name
        let mask: UInt64? = name.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return nil }
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            guard start < end else { return nil }
            return QuoteLexicon.mask(ofASCIIWord: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        guard let mask else { return gender(ofGivenName: SpeakerResolver.firstWord(of: name)) }
        return gender(ofGivenNameMask: mask)
    }

    /// The gender the ``QuoteLexicon`` bits of a word mark as a title: ``gender(ofLowercasedTitle:)`` of the word.
    static func gender(ofTitleMask mask: UInt64) -> SpeakerGender {
        if mask & QuoteLexicon.maleTitles.bit != 0 { return .male }
        if mask & QuoteLexicon.femaleTitles.bit != 0 { return .female }
        return .unknown
    }

    /// The gender the ``QuoteLexicon`` bits of a word mark as a given name: ``gender(ofLowercasedGivenName:)``
    /// of the word.
    static func gender(ofGivenNameMask mask: UInt64) -> SpeakerGender {
        if mask & QuoteLexicon.maleGivenNames.bit != 0 { return .male }
        if mask & QuoteLexicon.femaleGivenNames.bit != 0 { return .female }
        return .unknown
    }

    /// The words of a list written one after another, separated by spaces and line breaks (split on the
    /// UTF-8 bytes: splitting a `String` by characters costs far more).
    private static func words(_ list: String) -> Set<String> {
        Set(Array(list.utf8).split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) })
    }

    static let male: Set<String> = words("""
        aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro aleksandr alex alexander \
        alexei alexey alfred ali allen alvaro amir anatoly andre andreas andrei andres andrew andrzej angelo anthony \
        antonio anwar arnold arthur ashton barack barry bashar ben benjamin benny bernard bernie bill billy bob bobby \
        boris brad bradley brandon brendan brett brian bruce bryan carl carlos charles charlie chris christian \
        christopher chuck clarence claude colin craig cyrus dale dan daniel danny darrell dave david dean dennis \
        derek dick diego dmitri dmitry dominic don donald doug douglas duncan dwight earl ed eddie edgar eduardo \
        edward edwin elijah elliot emmanuel enrique eric erik ernest eugene evan felipe fernando francis francisco \
        frank franklin fred frederick gabriel gary gavin gene geoffrey george gerald gerard gerhard gil glenn gordon \
        graham greg gregory guillermo gustavo hamid hans harold harry hassan hector helmut henry herbert howard hugh \
        hugo hussein ian igor ismail ivan jack jacob jacques jake james jamie jan jared jason javier jeb jeff jeffrey \
        jens jeremy jerome jerry jesse jim jimmy joachim joe joel johan johannes john johnny jon jonathan jorge jose \
        joseph josh joshua juan julian justin karl keith ken kenneth kevin khalid kirk klaus kurt lamar lance larry \
        lawrence lee leon leonard leonid lindsey lloyd louis lucas luis luke manuel marco marcus mario mark martin \
        marvin mathieu matt matthew maurice max michael miguel mike mikhail mitch mitt mohamed mohammad mohammed \
        muhammad nathan neil nicholas nick nicolas nikolai nigel noah norman oleg oliver omar oscar owen pablo \
        patrick paul pedro peter phil philip philippe pierre rafael ralph ramon randy raul ray raymond recep reince \
        reza ricardo richard rick rob robert roberto rodrigo roger roland ron ronald ross roy rudolph rudy rupert \
        russell ryan salman sam samuel scott sean sebastian serge sergei sergey seth shinzo simon stanley stefan \
        stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis tyler umar uri valery \
        victor viktor vincent vitaly vladimir vladislav walter warren wayne werner william willie wolfgang xavier \
        yasser yevgeny yitzhak yuri yusuf zachary zbigniew
        """)

    static let female: Set<String> = words("""
        abigail ada adriana agnes aisha alexandra alice alicia alison allison amanda amber amy ana anastasia andrea \
        angela angelina angelique anita ann anna anne annette antonia april barbara beatrice betsy betty beverly \
        brenda bridget brittany camila candace carla carly carmen carol caroline carolyn catherine cathy cecilia \
        charlotte chelsea cheryl christina christine cindy claire clara claudia colleen condoleezza connie cristina \
        cynthia dana daniela danielle deborah debbie debra denise diana diane dianne dolores donna doris dorothy \
        edith eileen elaine eleanor elena elisabeth elizabeth ella ellen emily emma erin esther eva evelyn fatima \
        florence frances françoise gabriela gabrielle gail gina gloria grace gwen hannah harriet heather heidi helen \
        helga hilary hillary holly ingrid irene iris isabel isabella jacqueline jane janet janice jeanne jennifer \
        jessica jill jo joan joanna joanne jodi josephine joy joyce judith judy julia julie karen katarzyna kate \
        katherine kathleen kathryn kathy katie kayleigh kelly kimberly kirsten kristen kristin laura lauren leah \
        leslie lillian linda lisa liz lois loretta lori louise lucy lydia lynn madeleine madeline maggie manuela \
        marcia margaret margarita margot maria mariana marie marilyn marina marion marjorie martha mary maureen \
        megan melania melanie melissa michele michelle mildred monica nancy naomi natalia natalie natasha nicole \
        nikki nina nora olga olivia pamela patricia paula pauline peggy penny phyllis priscilla rachel rebecca \
        regina renee rita roberta rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley \
        silvia sofia sonia sophia sophie stephanie susan susanne suzanne svetlana sylvia tamara tammy tanya \
        teresa theresa tiffany tina tracy ursula valentina valerie vanessa vera veronica victoria virginia \
        wendy yulia yvonne zoe
        """)
}
