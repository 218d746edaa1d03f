import Foundation
import NewsmarkModel

/// Finds the configuration for each file: the `.newsmark.toml` in the file's directory or its nearest
/// ancestor, or the one given with `--config` for every file. Results are cached per directory; a file
/// is read once.
public final class ConfigurationResolver: @unchecked Sendable {
    private let explicit: RuleSettings?
    private let lock = NSLock()
    private var byDirectory: [String: String?] = [:]  // absolute directory → config path (nil: none)
    private var byGivenDirectory: [String: String?] = [:]  // directory as spelled in the input paths (directoryKey)
    private var parsed: [String: Result<RuleSettings, NewsmarkError>] = [:]

    /// A resolver; `explicitPath` (`--config`) is loaded at once and used for every file.
    public init(explicitPath: String?) throws {
        explicit = try explicitPath.map { try ValidationConfiguration.load(path: $0) }
    }

    /// A resolver that applies `settings` to every file without looking for configuration files.
    public init(settings: RuleSettings) {
        explicit = settings
    }

    /// The settings from the configuration that applies to `path` (a file; `-` for standard input, which
    /// looks in the current directory).
    public func settings(for path: String) throws -> RuleSettings {
        if let explicit { return explicit }
        let directory = path == "-" ? "" : Self.directoryKey(of: path)
        lock.lock()
        defer { lock.unlock() }
        let configPath: String?
        if let known = byGivenDirectory[directory] {
            configPath = known
        } else {
            let start = path == "-" ? FileManager.default.currentDirectoryPath
                : URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
            configPath = findConfig(from: start)
            byGivenDirectory[directory] = configPath
        }
        guard let configPath else { return RuleSettings() }
        if let result = parsed[configPath] { return try result.get() }
        let result: Result<RuleSettings, NewsmarkError>
        do {
            result = .success(try ValidationConfiguration.load(path: configPath))
        } catch let error as NewsmarkError {
            result = .failure(error)
        } catch {
            result = .failure(NewsmarkError(.usage, "\(error)", location: SourceLocation(file: configPath)))
        }
        parsed[configPath] = result
        return try result.get()
    }

    /// The cache key of a file's directory: the path up to and including its last `/` (empty for a bare
    /// name). Files with the same key are in the same directory; a byte scan, as this runs once per file.
    static func directoryKey(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[...slash])
    }

    /// The nearest configuration file at or above `directory` (lock held).
    private func findConfig(from directory: String) -> String? {
        var visited: [String] = []
        var current = directory
        var found: String?
        while true {
            if let cached = byDirectory[current] { found = cached; break }
            visited.append(current)
            let candidate = (current as NSString).appendingPathComponent(ValidationConfiguration.fileName)
            if FileManager.default.fileExists(atPath: candidate) { found = candidate; break }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        for directory in visited { byDirectory[directory] = found }
        return found
    }
}
