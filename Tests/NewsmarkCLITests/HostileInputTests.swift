import Foundation
import Testing

/// Untrusted input and output faults, end to end through the built executable (see docs/SECURITY.md).
@Suite("Hostile and broken input, output faults", .serialized)
struct HostileInputTests {
    typealias CLI = CLIRunner

    private static let sample = CLI.samples.appendingPathComponent("senate-2025-10-14-rail-safety.xml")

    private static func sampleText() throws -> String { try String(contentsOf: sample, encoding: .utf8) }

    /// A minimal valid article with `body` as the text of its one paragraph.
    private static func article(body: String, prolog: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(prolog)<article xmlns="urn:newsmark:1.0" version="1.0" id="a1" xml:lang="en">
          <header>
            <meta/>
            <tagset>
              <entityType name="person"/>
            </tagset>
          </header>
          <body>
            <p id="p1">\(body)</p>
          </body>
        </article>

        """
    }

    private func convert(_ content: Data, name: String = "input.xml", extra: [String] = []) throws -> CLI.Result {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try content.write(to: file)
        return try CLI.run(["convert", file.path, "--to", "xml"] + extra)
    }

    // MARK: - XML attacks: refused at once, nothing read, no blow-up

    @Test("entity and DTD attacks are refused with a located error", arguments: [
        ("external file entity", #"<!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#, "&x;"),
        ("external network entity", #"<!DOCTYPE article [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>"#, "&x;"),
        ("external DTD", #"<!DOCTYPE article SYSTEM "http://127.0.0.1:9/newsmark.dtd">"#, "text"),
        ("parameter entity", #"<!DOCTYPE article [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>"#, "text"),
        ("billion laughs", #"<!DOCTYPE article [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>"#, "&h;"),
        ("quadratic blowup", "<!DOCTYPE article [<!ENTITY q \"" + String(repeating: "x", count: 50_000) + "\">]>", String(repeating: "&q;", count: 2_000)),
    ])
    func entityAttacks(name: String, prolog: String, body: String) throws {
        let started = Date()
        let run = try convert(Data(Self.article(body: body, prolog: prolog + "\n").utf8))
        #expect(run.status == 1, "\(name): \(run.stderr)")
        #expect(run.stderr.contains("input.xml:2:1: error: a DOCTYPE declaration is not allowed"), "\(name): \(run.stderr)")
        #expect(!run.stderr.contains("root:"), "\(name) leaked file content")
        #expect(run.stdout.isEmpty)
        #expect(Date().timeIntervalSince(started) < 10, "\(name) was not refused quickly")
    }

    // MARK: - Broken input: a located error, exit 1, never a crash

    @Test func truncatedFile() throws {
        let data = Data(try Self.sampleText().utf8)
        let run = try convert(data.prefix(data.count / 2))
        #expect(run.status == 1)
        #expect(run.stderr.range(of: #"input\.xml:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(run.stderr)")
    }

    @Test func invalidUTF8AndNULBytes() throws {
        var invalid = Data(Self.article(body: "Caf").utf8)
        invalid.insert(contentsOf: [0xC3, 0x28], at: invalid.range(of: Data("Caf".utf8))!.upperBound)
        let bad = try convert(invalid)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("input.xml:10:"), "\(bad.stderr)")
        var nul = Data(Self.article(body: "before after").utf8)
        nul.insert(0x00, at: nul.range(of: Data(" after".utf8))!.lowerBound)
        let withNUL = try convert(nul)
        #expect(withNUL.status == 1)
        #expect(withNUL.stderr.contains("input.xml:10:"), "\(withNUL.stderr)")
    }

    @Test func emptyAndBinaryFiles() throws {
        let empty = try convert(Data())
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("input.xml:") || empty.stderr.contains("/input.xml:"), "\(empty.stderr)")
        var generator = SystemRandomNumberGenerator()
        let binary = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let run = try convert(binary, extra: ["--from", "xml"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("error:"))
    }

    @Test func deeplyNestedElements() throws {
        let depth = 5_000
        let nested = String(repeating: "<mention id=\"m\" type=\"person\">", count: depth) + "x" + String(repeating: "</mention>", count: depth)
        let run = try convert(Data(Self.article(body: nested).utf8))
        #expect(run.status == 1)
        #expect(run.stderr.contains("input.xml:10:"), "\(run.stderr.prefix(300))")
    }

    @Test func veryLongAttributeValueIsReadOrRefusedCleanly() throws {
        let name = String(repeating: "N", count: 2_000_000)
        let text = Self.article(body: "Ann").replacingOccurrences(of: "<meta/>", with: "<meta>\n      <source>\(name)</source>\n    </meta>")
            .replacingOccurrences(of: "</tagset>", with: "</tagset>\n    <entities>\n      <entity id=\"e1\" type=\"person\" name=\"\(name)\"/>\n    </entities>")
        let run = try convert(Data(text.utf8))
        #expect(run.status == 0, "\(run.stderr.prefix(300))")
        #expect(run.stdout.count > 4_000_000)
    }

    @Test func paragraphOverTheTextNodeLimitIsRefusedNotTruncated() throws {
        let body = String(repeating: "All work and no play makes a long paragraph. ", count: 240_000)  // about 11 MB
        let run = try convert(Data(Self.article(body: body).utf8))
        #expect(run.status == 1, "\(run.stderr.prefix(300))")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("input.xml:"))
    }

    // MARK: - Valid but unusual input is accepted

    @Test func byteOrderMarkUTF16AndLineEndings() throws {
        let text = try Self.sampleText()
        let canonical = Data(text.utf8)
        let bom = try convert(Data([0xEF, 0xBB, 0xBF]) + canonical)
        #expect(bom.status == 0, "\(bom.stderr)")
        #expect(bom.stdout == canonical)

        let utf16Text = text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let utf16 = try convert(utf16Text.data(using: .utf16)!)
        #expect(utf16.status == 0, "\(utf16.stderr)")
        #expect(utf16.stdout == canonical)

        let crlf = try convert(Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(crlf.status == 0, "\(crlf.stderr)")
        #expect(crlf.stdout == canonical)

        var mixed = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            mixed += line + (index % 3 == 0 ? "\r\n" : index % 3 == 1 ? "\r" : "\n")
        }
        let mixedRun = try convert(Data(mixed.utf8))
        #expect(mixedRun.status == 0, "\(mixedRun.stderr)")
        #expect(mixedRun.stdout == canonical)
    }

    // MARK: - Output faults: previous output and input stay intact

    @Test func fullDiskFailsWithExitTwoAndLeavesTheDeviceAlone() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let run = try CLI.run(["convert", Self.sample.path, "--to", "xml", "-o", "/dev/full"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/dev/full: error: cannot write the output"), "\(run.stderr)")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/full must remain a device")
    }

    @Test func unwritableDirectoryFailsAndKeepsThePreviousOutput() throws {
        // A directory nobody may create files in. Root ignores permission bits, so there a path under
        // /proc (where no file can be created) stands in for it.
        let directory = try CLI.temporaryDirectory()
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let previous = directory.appendingPathComponent("out.xml")
        try Data("previous output\n".utf8).write(to: previous)
        chmod(directory.path, 0o555)
        let target = geteuid() == 0 ? "/proc/newsmark-test/out.xml" : previous.path
        let run = try CLI.run(["convert", Self.sample.path, "--to", "xml", "-o", target])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("error: cannot create a file"), "\(run.stderr)")
        #expect(try String(contentsOf: previous, encoding: .utf8) == "previous output\n")
        chmod(directory.path, 0o755)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.xml"], "no temporary file is left behind")
    }

    @Test func anInterruptedRunLeavesTheOldOutputOrTheNewOneNeverAPart() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A large input, so that the run is still going when it is killed.
        let paragraphs = (1...20_000).map { "    <p id=\"p\($0)\">Paragraph \($0) of a long article about rail safety.</p>" }
        let big = Self.article(body: "start").replacingOccurrences(
            of: "    <p id=\"p1\">start</p>", with: paragraphs.joined(separator: "\n"))
        let input = directory.appendingPathComponent("big.xml")
        try Data(big.utf8).write(to: input)
        let output = directory.appendingPathComponent("out.xml")
        let previous = Data("previous output\n".utf8)
        try previous.write(to: output)

        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["convert", input.path, "--to", "xml", "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(150_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let after = try Data(contentsOf: output)
        #expect(after == previous || after == Data(big.utf8), "the output is either untouched or complete")
    }

    @Test func theInputIsNeverOverwrittenWithoutInPlace() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("a.xml")
        let original = Data(try Self.sampleText().utf8)
        try original.write(to: input)
        let run = try CLI.run(["convert", input.path, "--to", "json", "-o", input.path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(try Data(contentsOf: input) == original)
    }
}
