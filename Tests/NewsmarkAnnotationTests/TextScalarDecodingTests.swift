import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The fast paths of text handling give exactly what the plain ones give.
@Suite struct TextScalarDecodingTests {
    static let samples = [
        "", "a", "Plain ASCII text, with punctuation!", "Zürich – Łódź “quoted” … €5 ½",
        "e\u{301}\u{0308} combining", "日本語のテキスト", "emoji 😀👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        "line\nbreak\r\nand\ttab\u{00A0}nbsp",
    ]

    @Test func decodingMatchesTheScalarView() {
        for sample in TextScalarDecodingTests.samples {
            #expect(ScalarText.decoding(sample) == ScalarText(sample), "\(sample)")
        }
    }

    @Test func spanStringsMatchTheScalars() {
        for sample in TextScalarDecodingTests.samples {
            let text = ScalarText(sample)
            for start in 0...text.count {
                for end in start...text.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: text.scalars[start..<end])
                    #expect(text.string(TextSpan(start: start, end: end)) == String(view))
                }
            }
            #expect(text.string == sample)
        }
    }

    @Test func noticeKeywordScanMatchesOneSearchPerKeyword() {
        let lines = [
            "We use COOKIES to improve", "Copyright 2024", "All Rights Reserved.", "© The Paper", "(C) 2020 Inc",
            "(c)2020", "nothing here at all", "cook ie", "rights  reserved", "ends with cooki", "", "©",
            "Ünïcödé rights reserved ©", "c", "(c) ",
        ]
        let needles = BoilerplateMatcher.noticeKeywords
        for line in lines {
            var bytes = Array(line.utf8)
            let any = bytes.withUnsafeMutableBufferPointer { buffer in
                UTF8Scanning.containsAnyIgnoringASCIICase(UnsafeBufferPointer(buffer), needles)
            }
            let each = bytes.withUnsafeMutableBufferPointer { buffer in
                needles.contains { UTF8Scanning.containsIgnoringASCIICase(UnsafeBufferPointer(buffer), $0) }
            }
            #expect(any == each, "\(line)")
        }
    }
}
