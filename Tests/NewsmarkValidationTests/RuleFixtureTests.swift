import Foundation
import Testing
@testable import NewsmarkValidation

/// Every rule has a fixture that triggers it and one that passes it; every check has a documented section.
@Suite struct RuleFixtureTests {
    static let ruleIDs = RuleRegistry.rules.map { $0.descriptor.id }
    static let failingFixtures = Fixtures.all.filter { $0.contains("-fail") }
    static let passingFixtures = Fixtures.all.filter { $0.contains("-pass") || $0.hasPrefix("valid-") }

    @Test("every rule has a failing and a passing fixture", arguments: ruleIDs)
    func fixturesExist(id: String) {
        #expect(Fixtures.all.contains { $0.hasPrefix("\(id)-fail") }, "no failing fixture for \(id)")
        #expect(Fixtures.all.contains { $0.hasPrefix("\(id)-pass") }, "no passing fixture for \(id)")
    }

    @Test("a failing fixture triggers its rule", arguments: failingFixtures)
    func failingFixtureTriggersRule(name: String) {
        let id = String(name.prefix(5))
        let report = Fixtures.validate(name)
        #expect(report.failure == nil)
        #expect(report.diagnostics.contains { $0.ruleID == id }, "\(name): \(report.diagnostics.map(\.description))")
        // Every finding has a location in the file; XML findings a line.
        for diagnostic in report.diagnostics {
            #expect(diagnostic.location.file == Fixtures.path(name))
            if name.hasSuffix(".xml") { #expect(diagnostic.location.line > 0, "\(diagnostic)") }
        }
    }

    @Test("a passing fixture has no finding at all", arguments: passingFixtures)
    func passingFixtureIsClean(name: String) {
        let report = Fixtures.validate(name)
        #expect(report.failure == nil)
        #expect(report.diagnostics.isEmpty, "\(name): \(report.diagnostics.map(\.description))")
    }

    @Test("disabling a rule removes its findings, and only its findings")
    func disablingRule() {
        #expect(Fixtures.ruleIDs("NM104-fail.xml").contains("NM104"))
        let ids = Fixtures.ruleIDs("NM104-fail.xml", settings: RuleSettings(disabled: ["NM104"]))
        #expect(!ids.contains("NM104"))
        #expect(Fixtures.ruleIDs("NM102-fail.xml", settings: RuleSettings(disabled: ["NM104"])).contains("NM102"))
    }

    @Test("strict turns warnings into errors")
    func strict() {
        let normal = Fixtures.validate("NM107-fail.xml")
        #expect(normal.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(normal.isValid)
        let strict = Fixtures.validate("NM107-fail.xml", settings: RuleSettings(strict: true))
        #expect(!strict.diagnostics.isEmpty)
        #expect(strict.diagnostics.allSatisfy { $0.severity == .error })
        #expect(!strict.isValid)
    }

    @Test("severity overrides apply")
    func severityOverride() {
        let report = Fixtures.validate("NM104-fail.xml", settings: RuleSettings(severities: ["NM104": .warning]))
        #expect(report.diagnostics.contains { $0.ruleID == "NM104" && $0.severity == .warning })
    }

    @Test("rule ids are unique and documented in docs/RULES.md")
    func documented() throws {
        let ids = RuleRegistry.allDescriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/RULES.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for descriptor in RuleRegistry.allDescriptors {
            #expect(text.contains("## \(descriptor.id) \(descriptor.name)"), "docs/RULES.md has no section for \(descriptor.id)")
        }
    }

    @Test("specific findings")
    func specificFindings() {
        let nm101 = Fixtures.validate("NM101-fail.xml").diagnostics.filter { $0.ruleID == "NM101" }
        #expect(nm101.count == 1)
        #expect(nm101.first?.message.contains("'m1'") == true)
        let nm105 = Fixtures.validate("NM105-fail.xml").diagnostics.filter { $0.ruleID == "NM105" }
        #expect(nm105.count == 2)  // 1999-02-30 and week 54; the duration P2W is fine
        let nm103 = Fixtures.validate("NM103-fail.xml").diagnostics.filter { $0.ruleID == "NM103" }
        #expect(nm103.contains { $0.message.contains("cycle") })
        let nm107 = Fixtures.validate("NM107-fail.xml").diagnostics.filter { $0.ruleID == "NM107" }
        #expect(nm107.count == 3)
        let nm112 = Fixtures.validate("NM112-fail.xml").diagnostics
        #expect(nm112.contains { $0.ruleID == "NM112" && $0.message.contains("migrate") })
        #expect(!nm112.contains { $0.ruleID.hasPrefix("NM1") && $0.ruleID != "NM112" })
        let nm113 = Fixtures.validate("NM113-fail.json").diagnostics.filter { $0.ruleID == "NM113" }
        #expect(nm113.count == 3)
    }
}
