/// The checks that are not Swift rules: parsing, encoding and the XSD schema (run by libxml2), and the
/// JSON form's syntax. They have ids like the rules so that they can be reported, counted and documented
/// the same way; they cannot be disabled.
public enum BuiltInChecks {
    public static let wellFormedness = RuleDescriptor(
        id: "NM001", name: "well-formed-xml", defaultSeverity: .error, category: .wellFormedness,
        summary: "The file is well-formed XML 1.0 without a DOCTYPE.",
        help: "Fix the syntax error at the reported line and column; Newsmark files never carry a DOCTYPE.")
    public static let encoding = RuleDescriptor(
        id: "NM002", name: "encoding", defaultSeverity: .error, category: .wellFormedness,
        summary: "The file is valid UTF-8 (or the encoding its XML declaration names) and contains only XML characters.",
        help: "Re-save the file as UTF-8 and remove control characters.")
    public static let schema = RuleDescriptor(
        id: "NM010", name: "schema", defaultSeverity: .error, category: .schema,
        summary: "The document is valid against the Newsmark XSD schema (Schema/newsmark.xsd).",
        help: "Use only the elements and attributes of docs/FORMAT.md, in the documented order, with valid values.")
    public static let jsonSyntax = RuleDescriptor(
        id: "NM020", name: "json-form", defaultSeverity: .error, category: .jsonForm,
        summary: "A JSON file is syntactically valid JSON with the members of the Newsmark JSON form.",
        help: "Write the file with `newsmark convert --to json`, or add the missing members with the right types.")

    /// Every built-in check, by id order.
    public static let all: [RuleDescriptor] = [wellFormedness, encoding, schema, jsonSyntax]
}
