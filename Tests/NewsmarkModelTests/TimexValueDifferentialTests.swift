import NewsmarkModel
import NewsmarkTestSupport
import Testing

/// The byte-level TIMEX3 check gives exactly the verdicts and messages of the reference implementation,
/// on well-formed values, near misses and random strings over the characters values are made of.
@Suite struct TimexValueDifferentialTests {
    private static let types: [TimexType] = [.date, .time, .duration, .set]

    private static func expectSame(_ value: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for type in types {
            let actual = TimexValue.problem(in: value, type: type)
            let expected = ReferenceTimexCheck.problem(in: value, type: type)
            #expect(actual == expected, "'\(value)' as \(type)", sourceLocation: sourceLocation)
        }
    }

    @Test func handWrittenValuesAgree() {
        let values = [
            "", "1998", "199", "19", "1", "19985", "1998-05", "1998-5", "1998-13", "1998-00", "1998-05-18", "1998-02-29",
            "2000-02-29", "1900-02-29", "1998-02-30", "1998-04-31", "XXXX-02-29", "1998-XX-31", "1998-XX-32", "XXXX-XX-XX",
            "1998-05-18-1", "1998--18", "1998-", "-1998", "1998-W20", "1998-W53", "2020-W53", "1999-W53", "1998-W54",
            "1998-W00", "1998-WXX", "1998-W5", "1998-W20-3", "1998-W20-8", "1998-W20-0", "1998-W20-WE", "1998-W20-X",
            "1998-W20-33", "1998-W20-3-1", "1998-WI", "1998-WI-1", "1998-Q1", "1998-Q5", "1998-Q0", "1998-QX", "1998-H2",
            "1998-H3", "1998-Q1-1", "1998-Q12", "1998-SP", "1998-SU", "1998-FA", "1998-FX", "1998-SP-1", "1998-S", "98-05",
            "PRESENT_REF", "PAST_REF", "FUTURE_REF", "PRESENT_RE", "present_ref", "1998-05-20T15:00", "1998-05-20T15:30Z",
            "1998-05-20T15:30:10.5+01:00", "1998-05-20T15:30:10.+01:00", "1998-05-20T15:30:10.5x", "1998-05-20T25:00",
            "1998-05-20T24:60", "1998-05-20T23:59:61", "1998-05-20T23:59:60", "1998-05-20T1:00", "1998-05-20T",
            "1998-05-20TNI", "1998-05-20TMO", "1998-05-20TMI", "1998-05-20TAF", "1998-05-20TEV", "1998-05-20TDT",
            "1998-05-20TXX", "1998-05-20TMOZ", "1998-05-20TNI+02", "1998-05-20T10:00+15:00", "1998-05-20T10:00+14",
            "1998-05-20T10:00+1", "1998-05-20T10:00+1:0:0:0", "1998-05-20T10:00-0530", "1998-05-20T10:00+AB",
            "1998-05-20T10:00:00:00", "1998-05-20T10-05", "T10:00", "TT", "1998T", "XXXX-XX-XXT24:00", "P2W", "P1Y6M",
            "PT3H30M", "P1.5Y", "PXY", "P", "P1", "PY", "P1Y1Y", "P1M1Y", "PT1H1H", "PT1S1M", "P1.5.5Y", "P.5Y", "P5.Y",
            "P1XY", "PX1Y", "P1Q", "PT1D", "P1YT", "PTT1H", "P1YT1H", "P1E", "P2C", "PXE", "P1E1E", "P1Y1E", "P1ET1H",
            "PT", "P1YT1HT", "P1W1D", "XP1Y", "p1y", "1998-05-18T10:00T11:00",
        ]
        for value in values { Self.expectSame(value) }
    }

    @Test func nonASCIIValuesAgree() {
        // Combining marks after P and T change which character starts or splits the value.
        let values = [
            "P\u{301}1Y", "P1Y\u{301}", "1998-05-20T\u{301}10:00", "1998-05-20\u{301}T10:00", "1998-05-20T10:00\u{301}",
            "é", "1998-é", "1998-0é", "1998-05-1é", "1998-W2é", "1998-Q\u{301}", "\u{600}T10", "1998\u{600}T10:00",
            "1998-05-20T1\u{200D}0", "PAST_REF\u{301}", "\u{212A}", "1998-05-20T\u{FF11}0", "P\u{200D}T1H", "𝟏998",
            "1998-05-20TM\u{301}O", "1998-05-20T10:00+0\u{301}1",
        ]
        for value in values { Self.expectSame(value) }
    }

    @Test func randomValuesAgree() {
        var rng = SplitMix64(state: 0x7157_E0A1)
        let alphabet: [String] = [
            "0", "1", "2", "3", "5", "9", "X", "-", ":", ".", "+", "T", "Z", "P", "W", "Q", "H", "S", "F", "E", "C", "Y", "M",
            "D", "I", "O", "A", "U", "N", "V", "_", "R", "\u{301}", "é",
        ]
        let prefixes = ["", "1998-", "2024-02-", "1998-W", "1998-05-20T", "P", "PT", "XXXX-", "2020-W53-", "1998-05-20T10:00"]
        for _ in 0..<20_000 {
            var value = prefixes.randomElement(using: &rng) ?? ""
            for _ in 0..<Int.random(in: 0...9, using: &rng) { value += alphabet.randomElement(using: &rng) ?? "" }
            Self.expectSame(value)
        }
    }

    @Test func randomWellFormedShapesAgree() {
        var rng = SplitMix64(state: 0xDA7E)
        func digits(_ n: Int) -> String {
            String((0..<n).map { _ in Bool.random(using: &rng) && n > 1 && Int.random(in: 0..<8, using: &rng) == 0
                ? "X" : Character(String(Int.random(in: 0...9, using: &rng))) })
        }
        for _ in 0..<20_000 {
            let year = digits(4)
            let value: String
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: value = "\(year)-\(digits(2))-\(digits(2))"
            case 1: value = "\(year)-W\(digits(2))-\(digits(1))"
            case 2: value = "\(year)-\(digits(2))-\(digits(2))T\(digits(2)):\(digits(2)):\(digits(2)).\(digits(1))"
            case 3: value = "\(year)-\(digits(2))-\(digits(2))T\(digits(2)):\(digits(2))+\(digits(2)):\(digits(2))"
            case 4: value = "P\(digits(1))Y\(digits(2))M\(digits(1))DT\(digits(2))H\(digits(2))M"
            default: value = "\(year)-\(["Q", "H"].randomElement(using: &rng) ?? "Q")\(digits(1))"
            }
            Self.expectSame(value)
        }
    }
}
