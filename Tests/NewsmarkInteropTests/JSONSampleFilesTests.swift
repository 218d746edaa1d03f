import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML
import Testing

/// The project's sample articles (Samples/*.xml) and the XML reader's valid fixtures through the JSON form.
@Suite("JSON form of the sample articles")
struct JSONSampleFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The samples, and the XML reader's valid test documents.
    static let samples: [URL] = ["Samples", "Tests/NewsmarkXMLTests/Fixtures/valid"].flatMap { folder in
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test("there are samples to test")
    func samplesExist() {
        #expect(!Self.samples.isEmpty)
    }

    @Test("XML → JSON → XML is byte-identical, and the JSON validates against the schema", arguments: samples)
    func sample(_ url: URL) throws {
        let xml = try Data(contentsOf: url)
        let codec = JSONArticleCodec()
        let json = try codec.encode(XMLArticleReader().read(xml, fileName: url.lastPathComponent))
        let back = try XMLArticleWriter().write(codec.decode(json, fileName: url.lastPathComponent))
        #expect(back == xml, "\(url.lastPathComponent)")
        #expect(try codec.encode(XMLArticleReader().read(back)) == json)

        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("Schema/newsmark.schema.json"))) as? [String: Any])
        #expect(JSONSchemaSubsetValidator(root: schema).problems(try JSONSerialization.jsonObject(with: json)) == [])
    }

    /// The XML reader's schema-invalid fixtures that the reader itself still reads (the schema refuses them).
    static let readableInvalidFixtures: [URL] = {
        let directory = root.appendingPathComponent("Tests/NewsmarkXMLTests/Fixtures/invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
            .filter { url in (try? Data(contentsOf: url)).flatMap { try? XMLArticleReader().read($0) } != nil }
    }()

    @Test("some schema-invalid fixtures pass the XML reader (and are tested below)")
    func readableInvalidFixturesExist() {
        #expect(Self.readableInvalidFixtures.count >= 3)
    }

    @Test("a schema-invalid document that the XML reader still reads is refused in its JSON form", arguments: readableInvalidFixtures)
    func invalidFixture(_ url: URL) throws {
        let json = try JSONArticleCodec().encode(XMLArticleReader().read(Data(contentsOf: url)))
        #expect(throws: NewsmarkError.self, "\(url.lastPathComponent)") { try JSONArticleCodec().decode(json) }
    }
}
