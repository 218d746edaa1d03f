import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkXML

@Suite("Schemas")
struct SchemaValidatorTests {
    /// The problems `data` has against the built-in schema of `language`.
    static func problems(_ data: Data, _ language: CompiledSchema.Language, fileName: String = "t.xml") -> [NewsmarkError] {
        do {
            let validator = language == .xsd ? try SchemaValidator.xsd() : try SchemaValidator.relaxNG()
            return validator.validate(data, fileName: fileName)
        } catch {
            return [error as? NewsmarkError ?? NewsmarkError(.usage, "\(error)")]
        }
    }

    /// Valid articles: the test fixtures and, when present, the project's samples.
    static var validFiles: [URL] {
        TestSupport.xmlFiles(in: TestSupport.fixtures.appendingPathComponent("valid"))
            + TestSupport.xmlFiles(in: TestSupport.packageRoot.appendingPathComponent("Samples"))
    }

    static var invalidFiles: [URL] { TestSupport.xmlFiles(in: TestSupport.fixtures.appendingPathComponent("invalid")) }

    @Test("the embedded schemas are the files in Schema/ (run scripts/embed-schema.sh after editing them)")
    func embeddedCopies() throws {
        let xsd = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Schema/newsmark.xsd"), encoding: .utf8)
        let rng = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Schema/newsmark.rng"), encoding: .utf8)
        #expect(EmbeddedSchema.xsd == xsd)
        #expect(EmbeddedSchema.relaxNG == rng)
    }

    @Test("both schemas compile")
    func compile() throws {
        try NewsmarkSchemas.prepare()
        #expect(try NewsmarkSchemas.xsd().language == .xsd)
        #expect(try NewsmarkSchemas.relaxNG().language == .relaxNG)
    }

    @Test("every valid article passes both schemas, and read → write reproduces it byte for byte")
    func validFilesPass() throws {
        let files = Self.validFiles
        #expect(files.count >= 2)
        for file in files {
            let data = try Data(contentsOf: file)
            let name = file.lastPathComponent
            #expect(Self.problems(data, .xsd, fileName: name).isEmpty, "\(name): \(Self.problems(data, .xsd, fileName: name))")
            #expect(Self.problems(data, .relaxNG, fileName: name).isEmpty, "\(name): \(Self.problems(data, .relaxNG, fileName: name))")
            let article = try XMLArticleReader().read(data, fileName: name)
            let rewritten = try XMLArticleWriter().write(article)
            #expect(rewritten == data, "\(name) is not reproduced byte for byte")
        }
    }

    @Test("the complete example in docs/FORMAT.md is valid and canonical, with the offsets it states")
    func formatDocumentExample() throws {
        let format = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let start = try #require(format.range(of: "```xml\n<?xml"))
        let end = try #require(format.range(of: "```", range: start.upperBound..<format.endIndex))
        let example = Data(("<?xml" + format[start.upperBound..<end.lowerBound]).utf8)
        #expect(Self.problems(example, .xsd).isEmpty)
        #expect(Self.problems(example, .relaxNG).isEmpty)
        let article = try XMLArticleReader().read(example)
        #expect(try XMLArticleWriter().write(article) == example)
        #expect(article.mentions.first?.span == TextSpan(start: 117, end: 124))
    }

    @Test("every invalid fixture fails both schemas (the same verdict), with a located error")
    func invalidFilesFail() throws {
        let files = Self.invalidFiles
        #expect(files.count >= 20)
        for file in files {
            let data = try Data(contentsOf: file)
            let name = file.lastPathComponent
            let xsd = Self.problems(data, .xsd, fileName: name)
            let rng = Self.problems(data, .relaxNG, fileName: name)
            #expect(!xsd.isEmpty, "\(name) passes the XSD")
            #expect(!rng.isEmpty, "\(name) passes the RELAX NG schema")
            for problem in xsd {
                #expect(problem.location?.file == name)
                #expect((problem.location?.line ?? 0) > 0, "\(problem)")
            }
        }
    }

    @Test("a missing xml:lang fails RELAX NG and the reader; the self-contained XSD cannot require it")
    func xmlLang() throws {
        let file = TestSupport.fixtures.appendingPathComponent("invalid-reader/missing-xml-lang.xml")
        let data = try Data(contentsOf: file)
        #expect(Self.problems(data, .xsd).isEmpty)
        #expect(!Self.problems(data, .relaxNG).isEmpty)
        #expect(throws: NewsmarkError.self) { try XMLArticleReader().read(data) }
    }

    @Test("XSD errors carry the line and the column of the offending element")
    func xsdErrorColumns() throws {
        let xml = TestSupport.document(body: #"    <p id="p1">a <quote id="q1" kind="indirect">b</quote></p>"#)
        let problems = Self.problems(Data(xml.utf8), .xsd)
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("indirect") }! + 1
        let first = try #require(problems.first)
        #expect(first.location == SourceLocation(file: "t.xml", line: line, column: 18))
        #expect(first.message.contains("indirect"))
    }

    @Test("TIMEX3 values have their own patterns", arguments: [
        ("P2W", true), ("P1Y6M", true), ("PT3H30M", true), ("P1.5Y", true), ("PXY", true), ("P1E", true),
        ("1998-W20", true), ("1998-W20-WE", true), ("1998-Q1", true), ("1998-SU", true), ("XXXX-05-18", true),
        ("199", true), ("19", true), ("1998-05-18T14:30:15.250Z", true), ("1998-05-18TMO", true), ("PRESENT_REF", true),
        ("P", false), ("2W", false), ("May 1998", false), ("1998-5-18", false), ("PT", false), ("1998-W2", false),
    ])
    func timexPatterns(value: String, valid: Bool) throws {
        let xml = TestSupport.document(body: #"    <p id="p1"><timex id="t1" type="date" value="\#(value)">x</timex></p>"#)
        #expect(Self.problems(Data(xml.utf8), .xsd).isEmpty == valid, "\(value) with XSD")
        #expect(Self.problems(Data(xml.utf8), .relaxNG).isEmpty == valid, "\(value) with RELAX NG")
    }

    @Test("validating from many threads at once shares the compiled schema safely")
    func concurrentValidation() async throws {
        let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("valid/example.xml"))
        let bad = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("invalid/unknown-element.xml"))
        let validator = try SchemaValidator.xsd()
        let results = await withTaskGroup(of: (Bool, Bool).self) { group in
            for _ in 0..<200 {
                group.addTask { (validator.isValid(data), validator.isValid(bad)) }
            }
            var all: [(Bool, Bool)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0.0 && !$0.1 })
    }
}
