import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML
import Testing

/// The project's sample articles (Samples/*.xml) through the JSON form.
@Suite("JSON form of the sample articles")
struct JSONSampleFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples: [URL] = {
        let directory = root.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
    }()

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
}
