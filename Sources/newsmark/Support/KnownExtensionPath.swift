import Foundation

/// The last component of a path split at its extension, without Foundation's `URL` (which asks the
/// operating system for the working directory and whether the path is a directory, several system calls
/// per file in a corpus) — for the plain case only: a last component that does not start with a dot and
/// ends in one of the extensions Newsmark reads. Anything else is left to `URL`, so the results are
/// `URL`'s in every case.
struct KnownExtensionPath {
    /// The last component without its extension (`dir/a.b.txt` → `a.b`).
    let baseName: Substring
    /// The extension, lower-cased (`TXT` → `txt`).
    let lowercasedExtension: String

    /// Extensions whose files `convert` reads (lower case).
    static let extensions: Set<String> = ["txt", "text", "xml", "json", "jsonl", "ndjson"]

    init?(_ path: String) {
        let component = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let first = component.utf8.first, first != UInt8(ascii: "."),
              let dot = component.lastIndex(of: ".") else { return nil }
        let ext = component[component.index(after: dot)...]
        guard !ext.isEmpty, ext.utf8.count <= 6, ext.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lowered = ext.lowercased()
        guard Self.extensions.contains(lowered) else { return nil }
        baseName = component[..<dot]
        lowercasedExtension = lowered
    }

    /// `URL(fileURLWithPath:).appendingPathComponent(name).path` (or `.relativePath`) for every `name` of
    /// one directory: the directory's part is worked out once by `URL`, then each name is appended to it.
    struct Joiner {
        private let prefix: String?
        private let directory: URL
        private let relative: Bool

        init(directory path: String, relative: Bool = false) {
            directory = URL(fileURLWithPath: path)
            self.relative = relative
            let probe = "newsmark-probe-name"
            let joined = Self.spelled(directory.appendingPathComponent(probe), relative: relative)
            prefix = joined.hasSuffix("/" + probe) ? String(joined.dropLast(probe.utf8.count)) : nil
        }

        /// The path of `name` in the directory.
        func path(_ name: String) -> String {
            // Plain file names only; anything else (and `.`, `..`) goes through `URL`.
            guard let prefix, let first = name.utf8.first, first != UInt8(ascii: "."),
                  name.utf8.allSatisfy({ $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "%") && $0 >= 0x20 && $0 < 0x80 }) else {
                return Self.spelled(directory.appendingPathComponent(name), relative: relative)
            }
            return prefix + name
        }

        private static func spelled(_ url: URL, relative: Bool) -> String { relative ? url.relativePath : url.path }
    }
}
