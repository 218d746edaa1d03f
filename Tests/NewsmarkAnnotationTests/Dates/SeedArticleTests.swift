import NewsmarkModel
import Testing

/// The project's sample article (published 1998-05-20), the paragraphs with dates.
@Suite("Dates: the sample article")
struct SeedArticleTests {
    static let paragraphs = [
        "Prague, 20 May 1998 (RFE/RL) -- The NATO-Russia Council is meeting today in Brussels to discuss changes in spending on military infrastructure during the years since the dissolution of the Soviet Union.",
        "Two days ago (May 18) a group of Russian soldiers joined a two-week, multi-national NATO military exercise in Denmark. This marked the first time that Russian troops take part in a multi-lateral exercise organized under the NATO 'Partnership for Peace' program.",
        "There is also a strong possibility that NATO's long-standing efforts to open a mission in Moscow will finally succeed. Russian military officers are currently stationed at NATO headquarters, and the Alliance wants the same access in Moscow. Two week ago General Anatoly Kvashnin, Russia's permanent representative to NATO, said that the arrangements for the Moscow mission could be completed this year.",
        "And so it seems that a rapprochement between the most important Western Alliance and Russia is taking tangible roots, putting an end to decades of hostility and distrust.",
        "Speaking last week (May 12) to a gathering of Russian diplomats, President Boris Yeltsin said that Moscow hoped to \"encourage radical changes\" in NATO.",
        "Yeltsin's pronouncements strongly suggest that this long-standing strategic concept has not be affected by recent gestures of rapprochement with NATO, and that they may merely serve as tactics to accomplish the main goal.",
        "As for NATO's eastward expansion, Russia remains opposed. But now, Russia is determined to bloc any further enlargements, particularly into the Baltic countries.",
        "\"In NATO expansion, there is a red line for Russia which should not be crossed,\" Yeltsin recently told the Guardian newspaper (May 15), warning that \"otherwise, European stability might not withstand the new tension.\"",
    ]

    @Test("every date in the sample gets its value")
    func values() {
        let dates = AnnotatedDates(Self.paragraphs, published: "1998-05-20")
        let expected: [(String, String, TimexType)] = [
            ("20 May 1998", "1998-05-20", .date), ("today", "1998-05-20", .date), ("the years", "PXY", .duration),
            ("Two days ago", "1998-05-18", .date), ("May 18", "1998-05-18", .date), ("two-week", "P2W", .duration),
            ("currently", "PRESENT_REF", .date), ("Two week ago", "1998-W19", .date), ("this year", "1998", .date),
            ("decades", "PXE", .duration), ("last week", "1998-W20", .date), ("May 12", "1998-05-12", .date),
            ("recent", "PAST_REF", .date), ("now", "PRESENT_REF", .date), ("recently", "PAST_REF", .date),
            ("May 15", "1998-05-15", .date),
        ]
        for (surface, value, type) in expected {
            #expect(dates.value(surface) == value, "\(surface): \(dates.surfaces)")
            #expect(dates.timex(surface)?.type == type, "\(surface)")
            #expect(dates.timex(surface)?.provenance.annotatorID == "newsmark-dates")
        }
        #expect(dates.all.count == expected.count, "\(dates.surfaces)")
        #expect(dates.all.allSatisfy { $0.id.hasPrefix("t") })
    }
}
