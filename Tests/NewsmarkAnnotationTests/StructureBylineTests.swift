import Testing
@testable import NewsmarkAnnotation

@Suite("Structure: bylines")
struct StructureBylineTests {
    @Test("bylines", arguments: [
        "By Jane Doe, Staff Writer", "By JANE DOE and JOHN ROE", "Jane Doe | Reuters", "By Jane Doe",
        "BY JANE DOE", "By Jean-Luc de la Tour and Ana García", "Written by Jane Doe", "By J. R. Ewing, Associated Press",
        "Marta Nowak, Europe Correspondent", "By Lena Fischer", "By Jane Doe in Moscow",
        "Jane Doe and John Roe | The Example Times",
    ])
    func bylines(_ line: String) {
        #expect(BylineDetector.isByline(line))
    }

    @Test("lines that are not bylines", arguments: [
        "By the end of the year, prices had doubled.", "By Monday, officials had agreed.",
        "Paris, France", "The Senate voted on Monday to advance the bill after a decade of delays.",
        "By then it was too late", "Russia: Rapprochement With NATO Remains Politically Fragile",
        "Zürich and Łódź sign climate pact, promising ‘no more delays’",
    ])
    func notBylines(_ line: String) {
        #expect(!BylineDetector.isByline(line))
    }
}
