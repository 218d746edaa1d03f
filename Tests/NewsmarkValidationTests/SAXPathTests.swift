import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkValidation

/// The SAX fast path must report exactly what the event-stream path reports (rule ids, messages, lines,
/// columns), on every fixture and on documents made to probe where the two could differ.
@Suite struct SAXPathTests {
    private static let validation = XMLValidation(schema: Fixtures.schema, rules: RuleRegistry.rules)

    private static func bothPaths(_ data: Data, file: String = "t.xml") -> (sax: [Diagnostic]?, stream: [Diagnostic]) {
        let sax = validation.validateWithSAX(data, file: file)?.sorted(by: Diagnostic.positionalOrder)
        let stream = validation.validateWithEventStream(data, file: file).sorted(by: Diagnostic.positionalOrder)
        return (sax, stream)
    }

    /// Every XML file under the test fixtures and the samples.
    private static var xmlFiles: [String] {
        let tests = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
        let roots = [tests.appendingPathComponent("NewsmarkValidationTests/Fixtures"),
                     tests.appendingPathComponent("NewsmarkXMLTests/Fixtures"),
                     tests.deletingLastPathComponent().appendingPathComponent("Samples")]
        var files: [String] = []
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".xml") { files.append(root.appendingPathComponent(relative).path) }
            }
        }
        return files.sorted()
    }

    @Test func fixturesAndSamplesGiveTheSameFindings() throws {
        let files = Self.xmlFiles
        #expect(files.count > 20)
        var fastPathCount = 0
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let (sax, stream) = Self.bothPaths(data, file: file)
            guard let sax else { continue }
            fastPathCount += 1
            #expect(sax == stream, "\(file)")
        }
        // Every sample and passing fixture is UTF-8, well-formed and without DOCTYPE: the fast path takes it.
        #expect(fastPathCount >= files.count * 2 / 3)
    }

    @Test func samplesTakeTheFastPath() throws {
        for file in Self.xmlFiles where file.contains("/Samples/") || file.hasSuffix("-pass.xml") {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(Self.validation.validateWithSAX(data, file: file) != nil, "\(file)")
        }
    }

    /// Edits of the valid fixture that move positions, split text, add references and break rules.
    private static let variants: [(name: String, find: String, replace: String)] = [
        ("multi-line start tag", #"<mention id="m1" type="person""#, "<mention\n   id=\"m1\"\n\ttype=\"person\""),
        ("CRLF line ends", "\n", "\r\n"),
        ("non-ASCII before a tag", "<p id=\"p1\"", "<!-- ünïcödé 🙂 --><p id=\"p1\""),
        ("reference in an id", #"id="m1""#, #"id="m&amp;1""#),
        ("character reference in a value", #"value="1998-05-19""#, #"value="1998&#45;05-19""#),
        ("entities in text", "said", "said &amp; &lt;&#x201C;wrote&#x201D;"),
        ("CDATA in a paragraph", "said", "<![CDATA[said “ ]]>"),
        ("comment splitting text", "said", "sa<!-- x -->id"),
        ("white space in published", "<published>1998-05-20</published>", "<published>  1998-05-20 <!-- c -->  </published>"),
        ("CDATA in published", "<published>1998-05-20</published>", "<published><![CDATA[ 1998-05-20 ]]></published>"),
        ("element in published", "<published>1998-05-20</published>", "<published>1998<x:y xmlns:x=\"urn:x\"/>  -05-20</published>"),
        ("bad date", "1998-05-20", "1998-02-30"),
        ("text in element-only content", "<annotators>", "<annotators>stray text"),
        ("adjacent tags with a missing child", "<annotators>\n      <annotator id=\"ann1\" kind=\"person\" name=\"fixtures\" mode=\"manual\"/>\n    </annotators>", "<annotators></annotators><tagset/>"),
        ("unknown attribute", #"<p id="p1""#, #"<p id="p1" colour="red""#),
        ("schema errors on many tags", #"resp="ann1""#, #"resp="ann1" x="1""#),
        ("unknown element", "<body>", "<body><aside>x</aside>"),
        ("duplicate id", #"id="m1""#, #"id="e1""#),
        ("dangling reference", #"entity="e1""#, #"entity="e9""#),
        ("wrong namespace", "urn:newsmark:1.0", "urn:newsmark:0.9"),
        ("no namespace", #" xmlns="urn:newsmark:1.0""#, ""),
        ("prefixed element", "<p id=\"p1\" role=\"headline\">Council Approves New Bridge</p>",
         "<n:p xmlns:n=\"urn:newsmark:1.0\" id=\"p1\" role=\"headline\">Council Approves New Bridge</n:p>"),
        ("line break in a paragraph", "said", "said\n   "),
        ("unbalanced quote", "next spring”", "next spring"),
        ("byte-order mark", "<?xml", "\u{FEFF}<?xml"),
        ("no XML declaration", #"<?xml version="1.0" encoding="UTF-8"?>"#, ""),
        ("processing instruction", "<body>", "<body><?note a > b?>"),
        ("whitespace-only mention", ">Maria Keller</mention>", ">  </mention>"),
        ("empty paragraph", ">Council Approves New Bridge</p>", "/>"),
    ]

    @Test(arguments: variants.map(\.name))
    func variantGivesTheSameFindings(_ name: String) throws {
        let variant = try #require(Self.variants.first { $0.name == name })
        let original = try String(contentsOf: URL(fileURLWithPath: Fixtures.path("valid-article.xml")), encoding: .utf8)
        #expect(original.contains(variant.find))
        let text = variant.find == "\n" ? original.replacingOccurrences(of: "\n", with: variant.replace)
            : original.replacingOccurrences(of: variant.find, with: variant.replace)
        let (sax, stream) = Self.bothPaths(Data(text.utf8))
        // Each variant is UTF-8, well-formed and without DOCTYPE: the fast path must take it.
        #expect(sax == stream)
        #expect(sax != nil)
    }

    @Test func documentsTheFastPathLeavesToTheStream() {
        let doctype = Data(#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>"#.utf8)
        #expect(Self.validation.validateWithSAX(doctype, file: "d.xml") == nil)
        let broken = Data(#"<article xmlns="urn:newsmark:1.0"><p>"#.utf8)
        #expect(Self.validation.validateWithSAX(broken, file: "b.xml") == nil)
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(#"<?xml version="1.0" encoding="UTF-16"?><a/>"#.data(using: .utf16LittleEndian)!)
        #expect(Self.validation.validateWithSAX(utf16, file: "u.xml") == nil)
        // The full validation still reports them, through the event stream.
        #expect(Self.validation.validate(doctype, file: "d.xml").contains { $0.ruleID == "NM001" })
        #expect(Self.validation.validate(broken, file: "b.xml").contains { $0.ruleID == "NM001" })
    }
}
