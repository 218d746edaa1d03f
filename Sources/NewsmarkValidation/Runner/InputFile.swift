/// One input of a validation run: a file path, or standard input.
public struct InputFile: Hashable, Sendable {
    /// The syntax of the input.
    public enum Form: String, Sendable, Hashable {
        case xml
        case json
    }

    /// The path as the user gave it or as discovery built it; `-` for standard input.
    public var path: String
    /// XML or JSON form, from the extension (or the content, for standard input and other extensions).
    public var form: Form?
    /// Whether the file was found by walking a directory (a `*.json` file that is not in the JSON form is
    /// then skipped instead of reported).
    public var discovered: Bool

    public init(path: String, form: Form? = nil, discovered: Bool = false) {
        self.path = path
        self.form = form
        self.discovered = discovered
    }

    /// The name used in reports.
    public var displayName: String { path == "-" ? "<stdin>" : path }

    /// Whether this is standard input.
    public var isStandardInput: Bool { path == "-" }
}
