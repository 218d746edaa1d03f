import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsmarkModel
import Testing
@testable import NewsmarkValidation

/// Each output format is checked by parsing what it writes.
@Suite struct ReporterTests {
    static let reports: [FileReport] = [
        FileReport(input: InputFile(path: "corpus/good.xml")),
        FileReport(input: InputFile(path: "corpus/bad, \"odd\" & <name>.xml"), diagnostics: [
            Diagnostic(ruleID: "NM101", severity: .error, message: "id 'm1' is already used: 50% sure\nreally",
                       location: SourceLocation(file: "corpus/bad, \"odd\" & <name>.xml", line: 12, column: 7)),
            Diagnostic(ruleID: "NM107", severity: .warning, message: "relative date",
                       location: SourceLocation(file: "corpus/bad, \"odd\" & <name>.xml", line: 14, column: 2)),
        ]),
        FileReport(input: InputFile(path: "corpus/form.json"), diagnostics: [
            Diagnostic(ruleID: "NM113", severity: .error, message: "offsets out of range", location: SourceLocation(file: "corpus/form.json")),
        ]),
        FileReport(input: InputFile(path: "missing.xml"), failure: NewsmarkError(.io, "no such file", location: SourceLocation(file: "missing.xml"))),
        FileReport(input: InputFile(path: "notes.json", discovered: true), skipped: true),
    ]

    static func render(_ format: ReportFormat) -> String {
        var reporter = format.makeReporter(toolVersion: "1.2.3")
        var out = ""
        for report in reports { out += reporter.report(report) }
        out += reporter.finish(reports, summary: ValidationSummary(reports))
        return out
    }

    @Test func summaryCountsAndExitCode() {
        let summary = ValidationSummary(Self.reports)
        #expect(summary.files == 4)
        #expect(summary.errors == 3)
        #expect(summary.warnings == 1)
        #expect(summary.line == "4 files, 3 errors, 1 warning")
        #expect(summary.exitCode == 2)
        #expect(ValidationSummary(Array(Self.reports.prefix(3))).exitCode == 1)
        #expect(ValidationSummary(Array(Self.reports.prefix(1))).exitCode == 0)
        #expect(ValidationSummary([]).line == "0 files, 0 errors, 0 warnings")
    }

    @Test func text() {
        let lines = Self.render(.text).split(separator: "\n").map(String.init)
        #expect(lines.contains("corpus/bad, \"odd\" & <name>.xml:12:7: error[NM101]: id 'm1' is already used: 50% sure\nreally"
            .replacingOccurrences(of: "\n", with: "\n")) || lines.contains { $0.hasPrefix("corpus/bad, \"odd\" & <name>.xml:12:7: error[NM101]: ") })
        #expect(lines.contains("corpus/bad, \"odd\" & <name>.xml:14:2: warning[NM107]: relative date"))
        #expect(lines.contains("corpus/form.json: error[NM113]: offsets out of range"))
        #expect(lines.contains("missing.xml: error: no such file"))
        #expect(lines.last == "4 files, 3 errors, 1 warning")
    }

    @Test func json() throws {
        let object = try JSONSerialization.jsonObject(with: Data(Self.render(.json).utf8)) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        #expect(files.count == 4)
        #expect(files[0]["valid"] as? Bool == true)
        let diagnostics = try #require(files[1]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0]["rule"] as? String == "NM101")
        #expect(diagnostics[0]["line"] as? Int == 12)
        #expect(diagnostics[0]["column"] as? Int == 7)
        #expect(diagnostics[1]["severity"] as? String == "warning")
        #expect(files[3]["failure"] as? String == "no such file")
        let summary = try #require(object?["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 3)
        #expect(summary["files"] as? Int == 4)
    }

    @Test func github() {
        let lines = Self.render(.github).split(separator: "\n").map(String.init)
        #expect(lines.contains("::error file=corpus/bad%2C \"odd\" & <name>.xml,line=12,col=7,title=NM101::id 'm1' is already used: 50%25 sure%0Areally"))
        #expect(lines.contains("::warning file=corpus/bad%2C \"odd\" & <name>.xml,line=14,col=2,title=NM107::relative date"))
        #expect(lines.contains("::error file=corpus/form.json,title=NM113::offsets out of range"))
        #expect(lines.contains { $0.hasPrefix("::error file=missing.xml") })
        // Every workflow-command line is a single line (newlines escaped).
        #expect(lines.filter { $0.hasPrefix("::") }.count == 4)
    }

    @Test func junit() throws {
        let text = Self.render(.junit)
        let parsed = try JUnitStructure.parse(Data(text.utf8))
        #expect(parsed.testCases == ["corpus/good.xml", "corpus/bad, \"odd\" & <name>.xml", "corpus/form.json", "missing.xml"])
        #expect(parsed.failures == 2)
        #expect(parsed.errors == 1)
        #expect(parsed.suiteAttributes["tests"] == "4")
        #expect(parsed.suiteAttributes["failures"] == "2")
        #expect(parsed.suiteAttributes["errors"] == "1")
        #expect(parsed.systemOut.contains { $0.contains("warning[NM107]") })
    }

    @Test func sarif() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(.sarif).utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect((object["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "newsmark")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs == RuleRegistry.allDescriptors.map(\.id))
        for rule in rules {
            #expect((rule["help"] as? [String: Any])?["text"] is String)
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let first = results[0]
        #expect(first["ruleId"] as? String == "NM101")
        #expect(first["level"] as? String == "error")
        let index = try #require(first["ruleIndex"] as? Int)
        #expect(ruleIDs[index] == "NM101")
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "corpus/bad%2C%20%22odd%22%20%26%20%3Cname%3E.xml")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 12)
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 7)
        // A finding without a line has no region (SARIF requires startLine >= 1).
        let jsonLocation = (results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect(jsonLocation?["region"] == nil)
        let invocation = (run["invocations"] as? [[String: Any]])?.first
        #expect(invocation?["executionSuccessful"] as? Bool == false)
    }
}

/// Reads a JUnit report with Foundation's XMLParser (tests only; the library parses XML only in NewsmarkXML).
final class JUnitStructure: NSObject, XMLParserDelegate {
    var testCases: [String] = []
    var failures = 0
    var errors = 0
    var suiteAttributes: [String: String] = [:]
    var systemOut: [String] = []
    private var inSystemOut = false
    private var buffer = ""

    static func parse(_ data: Data) throws -> JUnitStructure {
        let parser = XMLParser(data: data)
        let structure = JUnitStructure()
        parser.delegate = structure
        guard parser.parse() else {
            throw NewsmarkError(.invalidInput, "JUnit output is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        return structure
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "testsuite": suiteAttributes = attributes
        case "testcase": testCases.append(attributes["name"] ?? "")
        case "failure": failures += 1
        case "error": errors += 1
        case "system-out": inSystemOut = true; buffer = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inSystemOut { buffer += string } }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "system-out" {
            inSystemOut = false
            systemOut.append(buffer)
        }
    }
}
