/// What a check is: its stable id, name, default severity and documentation.
///
/// Ids never change meaning once released: `NM0xx` are well-formedness, encoding and schema checks,
/// `NM1xx` semantic rules. Each id has a section in `docs/RULES.md` with a failing and a passing example.
public struct RuleDescriptor: Hashable, Sendable {
    /// Where a check runs.
    public enum Category: String, Sendable, Hashable {
        /// XML well-formedness and character encoding (libxml2's parser).
        case wellFormedness = "well-formedness"
        /// The XSD schema (libxml2's schema validator).
        case schema
        /// Semantic rules written in Swift.
        case semantic
        /// Checks only the JSON form needs (offsets, text slices).
        case jsonForm = "json-form"
    }

    /// The stable id (`NM101`).
    public var id: String
    /// A short kebab-case name (`unique-ids`).
    public var name: String
    /// The severity before configuration (`--strict`, `.newsmark.toml`).
    public var defaultSeverity: Diagnostic.Severity
    public var category: Category
    /// One sentence: what the rule requires.
    public var summary: String
    /// How to fix a violation.
    public var help: String

    public init(id: String, name: String, defaultSeverity: Diagnostic.Severity, category: Category, summary: String, help: String) {
        self.id = id
        self.name = name
        self.defaultSeverity = defaultSeverity
        self.category = category
        self.summary = summary
        self.help = help
    }

    /// The anchor of the rule's section in `docs/RULES.md`.
    public var documentationAnchor: String { "docs/RULES.md#\(id.lowercased())-\(name)" }
}
