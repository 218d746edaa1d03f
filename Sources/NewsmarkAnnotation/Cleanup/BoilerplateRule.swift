/// Why clean-up removed a line.
public enum BoilerplateRule: String, Sendable, Hashable, CaseIterable {
    /// Site chrome that is one fixed phrase: "Accessibility links", "Skip to content", "Breaking News", "Menu".
    case chromePhrase = "site chrome"
    /// A navigation bar or breadcrumb: three or more short items between `|`, `•`, `·`, `>` or `»`.
    case navigation = "navigation"
    /// Share and follow buttons: "Share this", "Facebook Twitter Email", "Follow us on Twitter".
    case social = "social buttons"
    /// "Advertisement", "Story continues below advertisement".
    case advertisement = "advertisement"
    /// A cookie or consent notice.
    case cookieNotice = "cookie notice"
    /// "Read more: …", "Related", "More on this story" and the list of links that follows such a heading.
    case relatedLinks = "related links"
    /// "Sign up for our newsletter", "Subscribe to …".
    case newsletter = "newsletter sign-up"
    /// "© 2024 Example News", "Copyright 1998 RFE/RL", "All rights reserved".
    case copyright = "copyright footer"
    /// "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "Image source, Getty Images".
    case photoCredit = "photo credit"
}

/// A line that clean-up removed, with its line number and the rule that removed it.
public struct RemovedLine: Hashable, Sendable {
    /// The 1-based input line number.
    public var line: Int
    /// The line's text (trimmed).
    public var text: String
    /// The rule that matched.
    public var rule: BoilerplateRule

    public init(line: Int, text: String, rule: BoilerplateRule) {
        self.line = line
        self.text = text
        self.rule = rule
    }
}
