import Foundation
import NewsmarkInterop
import NewsmarkModel
import Testing

@Suite("JSON Schema of the JSON form")
struct JSONSchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = packageRoot.appendingPathComponent("Schema/newsmark.schema.json")

    private func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func articles() -> [Article] {
        [JSONTestArticles.complete(), JSONArticleTestDocument.minimal] + (0..<150).map { JSONTestArticles.generated(seed: UInt64(5000 + $0)) }
    }

    @Test("the schema is JSON Schema 2020-12 using only keywords the test validator implements")
    func schemaShape() throws {
        let schema = try schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(JSONSchemaSubsetValidator(root: schema).unknownKeywords() == [])
    }

    @Test("every document the encoder writes validates")
    func encoderOutputValidates() throws {
        let validator = JSONSchemaSubsetValidator(root: try schema())
        for article in articles() {
            let object = try JSONSerialization.jsonObject(with: JSONArticleCodec().encode(article))
            #expect(validator.problems(object) == [], "\(article.id)")
        }
    }

    @Test("the encoder writes every member the schema defines, and the schema requires what the reader requires")
    func membersAgree() throws {
        let schema = try schema()
        let properties = try #require(schema["properties"] as? [String: Any])
        let object = try JSONTestArticles.jsonObject(JSONTestArticles.complete())
        #expect(Set(object.keys) == Set(properties.keys))
        let required = Set(schema["required"] as? [String] ?? [])
        for member in properties.keys {
            // Without these, the complete sample's references dangle or its types are undeclared: drop them from
            // the minimal document instead.
            let bare = ["meta", "tagset", "annotators", "discourseEntities"].contains(member)
            var broken = bare ? try JSONTestArticles.jsonObject(JSONArticleTestDocument.minimal) : object
            broken[member] = nil
            let accepted = (try? JSONArticleCodec().decode(JSONSerialization.data(withJSONObject: broken))) != nil
            #expect(accepted == !required.contains(member), "\(member)")
        }
        // Required members of each annotation kind: the reader refuses a document without them.
        let defs = try #require(schema["$defs"] as? [String: Any])
        for (array, def) in [("entities", "mention"), ("quotes", "quote"), ("dates", "date"), ("paragraphs", "paragraph")] {
            let definition = try #require(defs[def] as? [String: Any])
            let members = Set((definition["properties"] as? [String: Any] ?? [:]).keys)
            let items = try #require(object[array] as? [[String: Any]])
            #expect(Set(items.flatMap(\.keys)).isSubset(of: members), "\(array)")
            for name in definition["required"] as? [String] ?? [] {
                var broken = object
                var changed = items
                changed[0][name] = nil
                broken[array] = changed
                #expect((try? JSONArticleCodec().decode(JSONSerialization.data(withJSONObject: broken))) == nil, "\(array).\(name)")
            }
        }
    }

    @Test("the schema refuses what it should")
    func schemaRefuses() throws {
        let validator = JSONSchemaSubsetValidator(root: try schema())
        let object = try JSONTestArticles.jsonObject(JSONTestArticles.complete())
        var typo = object
        typo["Entities"] = []
        #expect(!validator.problems(typo).isEmpty)
        var kind = object
        var quotes = kind["quotes"] as? [[String: Any]] ?? []
        quotes[0]["kind"] = "indirect"
        kind["quotes"] = quotes
        #expect(validator.problems(kind) == [#"$.quotes[0].kind: indirect is not one of ["direct", "partial", "scare"]"#])
        var unit = object
        unit["offsets"] = "utf-16"
        #expect(!validator.problems(unit).isEmpty)
    }

    static let pythonJSONSchemaAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("Python jsonschema (Draft 2020-12) accepts every document the encoder writes", .enabled(if: pythonJSONSchemaAvailable))
    func pythonValidator() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("newsmark-schema-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: corpus) }
        var output = Data()
        let writer = JSONLinesWriter { output.append($0) }
        for article in articles() { try writer.write(article) }
        try writer.flush()
        try output.write(to: corpus)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.packageRoot.appendingPathComponent("Schema/check-json.py").path, corpus.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(report.isEmpty)
    }
}
