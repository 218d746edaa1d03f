import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkValidation

@Suite struct ConfigurationTests {
    @Test func parsesEveryKey() throws {
        let settings = try ValidationConfiguration.parse("""
            # project settings
            [validate]
            strict = true
            disable = ["NM109", "nm115"]

            [validate.severity]
            NM107 = "error"
            NM104 = "warning"
            NM111 = "off"
            """, path: ".newsmark.toml")
        #expect(settings.strict)
        #expect(settings.disabled == ["NM109", "NM115", "NM111"])
        #expect(settings.severities == ["NM107": .error, "NM104": .warning])
    }

    @Test func emptyFileMeansDefaults() throws {
        #expect(try ValidationConfiguration.parse("", path: "x") == RuleSettings())
        #expect(try ValidationConfiguration.parse("[other]\nkey = 1\n", path: "x") == RuleSettings())
    }

    @Test(arguments: [
        ("[validate]\nstrikt = true\n", "unknown key 'validate.strikt'"),
        ("[validate]\ndisable = [\"NM999\"]\n", "unknown rule id 'NM999'"),
        ("[validate]\ndisable = [\"NM001\"]\n", "cannot be disabled"),
        ("[validate]\nstrict = \"yes\"\n", "must be true or false"),
        ("[validate.severity]\nNM107 = \"fatal\"\n", "must be \"error\", \"warning\" or \"off\""),
        ("[validate\n", "invalid TOML"),
    ])
    func rejectsMistakes(text: String, expected: String) {
        do {
            _ = try ValidationConfiguration.parse(text, path: "cfg/.newsmark.toml")
            Issue.record("no error for \(text)")
        } catch let error as NewsmarkError {
            #expect(error.kind == .usage)
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.location?.file == "cfg/.newsmark.toml")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func tomlSyntaxErrorsHaveALine() {
        do {
            _ = try ValidationConfiguration.parse("[validate]\nstrict = true\ndisable = [\n", path: "c.toml")
            Issue.record("no error")
        } catch let error as NewsmarkError {
            #expect((error.location?.line ?? 0) > 0)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func commandLineMergesOnTop() {
        let file = RuleSettings(disabled: ["NM109"], severities: ["NM107": .error], strict: false)
        let merged = file.merging(RuleSettings(disabled: ["NM115"], severities: ["NM107": .warning], strict: true))
        #expect(merged.disabled == ["NM109", "NM115"])
        #expect(merged.severities["NM107"] == .warning)
        #expect(merged.strict)
    }

    @Test func nearestAncestorConfigurationApplies() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b")
        let other = root.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "[validate]\ndisable = [\"NM104\"]\n".write(to: root.appendingPathComponent(".newsmark.toml"), atomically: true, encoding: .utf8)
        try "[validate]\nstrict = true\n".write(to: root.appendingPathComponent("a/.newsmark.toml"), atomically: true, encoding: .utf8)
        let resolver = try ConfigurationResolver(explicitPath: nil)
        #expect(try resolver.settings(for: nested.appendingPathComponent("x.xml").path) == RuleSettings(strict: true))
        #expect(try resolver.settings(for: other.appendingPathComponent("y.xml").path) == RuleSettings(disabled: ["NM104"]))
        let explicit = try ConfigurationResolver(explicitPath: root.appendingPathComponent(".newsmark.toml").path)
        #expect(try explicit.settings(for: nested.appendingPathComponent("x.xml").path) == RuleSettings(disabled: ["NM104"]))
    }

    @Test func brokenConfigurationIsAFailureOfEachGovernedFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "[validate]\nnope = 1\n".write(to: root.appendingPathComponent(".newsmark.toml"), atomically: true, encoding: .utf8)
        try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("valid-article.xml"))).write(to: root.appendingPathComponent("a.xml"))
        let validator = FileValidator(schema: Fixtures.schema, configuration: try ConfigurationResolver(explicitPath: nil), commandLine: RuleSettings())
        let report = validator.validate(InputFile(path: root.appendingPathComponent("a.xml").path, form: .xml))
        #expect(report.failure?.kind == .usage)
        #expect(ValidationSummary([report]).exitCode == 2)
    }
}

@Suite struct RunnerTests {
    @Test func discoveryWalksDirectoriesInStableOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-discovery-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["b/2.xml", "a.XML", "b/1.json", "c.txt", ".hidden/x.xml", "b/.git/y.xml"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let result = FileDiscovery.discover([root.path, root.appendingPathComponent("c.txt").path, "-", root.appendingPathComponent("nope").path])
        let names = result.inputs.map { $0.path.replacingOccurrences(of: root.path + "/", with: "") }
        #expect(names == ["a.XML", "b/1.json", "b/2.xml", "c.txt", "-"])
        #expect(result.inputs[1].form == .json && result.inputs[1].discovered)
        #expect(result.inputs[3].form == nil && !result.inputs[3].discovered)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.kind == .io)
    }

    @Test func parallelRunKeepsInputOrder() {
        let inputs = (0..<200).map { InputFile(path: "f\($0).xml") }
        var seen: [String] = []
        ValidationRunner.run(inputs, jobs: 4, validate: { input in
            if input.path.hasSuffix("7.xml") { usleep(2000) }
            return FileReport(input: input)
        }) { index, report in
            #expect(report.input.path == "f\(index).xml")
            seen.append(report.input.path)
        }
        #expect(seen == inputs.map(\.path))
    }

    @Test func parallelResultsEqualSerialResults() {
        let names = Fixtures.all
        let inputs = names.map { InputFile(path: Fixtures.path($0), form: FileDiscovery.form(ofPath: $0)) }
        let validator = FileValidator(schema: Fixtures.schema, configuration: ConfigurationResolver(settings: RuleSettings()), commandLine: RuleSettings())
        var serial: [[Diagnostic]] = []
        var parallel: [[Diagnostic]] = []
        ValidationRunner.run(inputs, jobs: 1, validate: { validator.validate($0) }) { _, r in serial.append(r.diagnostics) }
        ValidationRunner.run(inputs, jobs: 3, validate: { validator.validate($0) }) { _, r in parallel.append(r.diagnostics) }
        #expect(serial == parallel)
        #expect(serial.count == names.count)
    }

    @Test func unreadableAndMissingFilesAreFailures() {
        let validator = FileValidator(schema: nil, configuration: ConfigurationResolver(settings: RuleSettings()), commandLine: RuleSettings())
        let missing = validator.validate(InputFile(path: "/nonexistent/newsmark/x.xml", form: .xml))
        #expect(missing.failure?.kind == .io)
        let directory = validator.validate(InputFile(path: Fixtures.directory.path, form: .xml))
        #expect(directory.failure?.kind == .io)
    }

    @Test func discoveredNonNewsmarkJSONIsSkippedButNamedJSONIsReported() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{\"name\": \"package\"}".utf8).write(to: url)
        let validator = FileValidator(schema: nil, configuration: ConfigurationResolver(settings: RuleSettings()), commandLine: RuleSettings())
        #expect(validator.validate(InputFile(path: url.path, form: .json, discovered: true)).skipped)
        let named = validator.validate(InputFile(path: url.path, form: .json))
        #expect(named.diagnostics.map(\.ruleID) == ["NM020"])
    }
}
