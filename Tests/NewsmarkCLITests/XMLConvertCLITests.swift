import Foundation
import Testing

/// End-to-end tests of `newsmark convert … --to xml` with XML input: the built executable, its exit
/// codes and its `FILE:LINE:COL: error: …` messages.
@Suite("newsmark convert (XML)")
struct XMLConvertCLITests {
    private static let malformed = "<?xml version=\"1.0\"?>\n<article xmlns=\"urn:newsmark:1.0\">\n  <header>\n  </heder>\n"

    private func write(_ text: String, named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("malformed XML: exit 1 and FILE:LINE:COL: error: on standard error")
    func malformed() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try write(Self.malformed, named: "broken.xml", in: directory)
        let run = try CLIRunner.run(["convert", "broken.xml", "--to", "xml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.hasPrefix("broken.xml:4:11: error: "), "\(run.stderr)")
        #expect(run.stderr.contains("tag mismatch"))
    }

    @Test("a DOCTYPE: exit 1, located, nothing read from the entity")
    func doctype() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE article [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
            <article xmlns="urn:newsmark:1.0" version="1.0" id="a" xml:lang="en"><header><tagset/></header><body><p id="p1">&secret;</p></body></article>

            """
        _ = try write(xml, named: "xxe.xml", in: directory)
        let run = try CLIRunner.run(["convert", "xxe.xml", "--to", "xml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("xxe.xml:2:1: error: a DOCTYPE declaration is not allowed"), "\(run.stderr)")
    }

    @Test("a missing file: exit 2")
    func missingFile() throws {
        let run = try CLIRunner.run(["convert", "no/such/article.xml", "--to", "xml"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("no/such/article.xml: error: "), "\(run.stderr)")
    }

    @Test("every sample round-trips byte for byte through -o, leaving no temporary file")
    func roundTripThroughOutputFile() throws {
        let samples = CLIRunner.sampleXMLFiles
        #expect(!samples.isEmpty)
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for sample in samples {
            let output = directory.appendingPathComponent(sample.lastPathComponent)
            let run = try CLIRunner.run(["convert", sample.path, "--to", "xml", "-o", output.path])
            #expect(run.status == 0, "\(sample.lastPathComponent): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(try Data(contentsOf: output) == Data(contentsOf: sample), "\(sample.lastPathComponent)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    @Test("standard input (-) in, standard output out")
    func standardInput() throws {
        let sample = try #require(CLIRunner.sampleXMLFiles.first)
        let bytes = try Data(contentsOf: sample)
        let run = try CLIRunner.run(["convert", "-", "--to", "xml"], stdin: bytes)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == bytes)
        let broken = try CLIRunner.run(["convert", "-", "--from", "xml", "--to", "xml"], stdin: Data(Self.malformed.utf8))
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("<stdin>:4:11: error: "), "\(broken.stderr)")
    }

    @Test("a failed conversion leaves an existing output file untouched")
    func atomicOutput() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try write(Self.malformed, named: "broken.xml", in: directory)
        let output = try write("previous contents\n", named: "out.xml", in: directory)
        let run = try CLIRunner.run(["convert", "broken.xml", "--to", "xml", "-o", "out.xml"], in: directory)
        #expect(run.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["broken.xml", "out.xml"])
    }
}
