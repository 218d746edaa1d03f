/// NM116: the article declares its language (`xml:lang` on `article`; `lang` in the JSON form) as a
/// BCP 47 tag: letters, digits and hyphens, starting with a 2–3 letter language subtag (`en`, `de-CH`).
public struct ArticleLanguage: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM116", name: "article-language", defaultSeverity: .error, category: .semantic,
        summary: "The article declares its language as a BCP 47 tag (xml:lang=\"en\").",
        help: "Add xml:lang to <article> (lang in the JSON form) with the language of the text, such as en or de-CH.")

    public init() {}

    public mutating func checkHeader(index: DocumentIndex, findings: inout Findings) {
        let attribute = index.form == .xml ? "xml:lang on <article>" : "'lang'"
        guard let language = index.language, !language.isEmpty else {
            report("the article does not declare its language (\(attribute))", at: index.documentPosition, &findings)
            return
        }
        if !Self.isLanguageTag(language) {
            report("'\(language)' is not a language tag (\(attribute)); use a BCP 47 tag such as en or de-CH",
                   at: index.documentPosition, &findings)
        }
    }

    /// A light BCP 47 check: a 2–3 letter primary subtag, then 1–8 character alphanumeric subtags.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.utf8.count),
              primary.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.utf8.count) && subtag.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }
        }
    }
}

extension ArticleLanguage {
    public static var hooks: RuleHooks { [.header, .finish] }
}
