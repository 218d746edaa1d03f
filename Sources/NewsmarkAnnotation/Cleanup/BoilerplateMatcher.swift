/// Decides whether one line, on its own, is site chrome or boilerplate.
///
/// The rules are conservative: a line is boilerplate only when it is *short* and matches a known
/// pattern — a whole-line phrase, a prefix followed by a few words, or a structural shape (a navigation
/// bar, a row of share buttons). A line that reads like a sentence of six words or more is never
/// removed by a prefix rule, so article sentences that mention "cookies", "advertisement" or
/// "read more" survive.
public enum BoilerplateMatcher {
    /// The longest line (in words) a phrase or prefix rule may remove.
    static let shortLineWords = 12
    /// The longest line (in words) a cookie or copyright notice may be.
    static let noticeWords = 60

    /// Whole-line phrases of site chrome (lower case, trailing `:` `.` `…` `»` removed).
    static let chromePhrases: Set<String> = [
        "accessibility links", "accessibility help", "skip to content", "skip to main content", "skip to navigation",
        "skip to main navigation", "skip navigation", "jump to navigation", "jump to content", "skip to footer",
        "breaking news", "breaking", "live", "menu", "main menu", "open menu", "close menu", "close", "search",
        "open search", "search this site", "home", "homepage", "sign in", "log in", "login", "register", "my account",
        "account", "subscribe", "subscribe now", "log out", "back to top", "top", "next article", "previous article",
        "next story", "previous story", "print", "print this article", "comments", "show comments", "view comments",
        "leave a comment", "loading", "please wait", "image caption", "media caption", "video caption",
        "play video", "watch video", "watch", "listen", "listen to this article", "play", "pause", "enlarge this image",
        "toggle caption", "hide caption", "expand", "collapse", "continue reading", "continue reading the main story",
        "click here", "click to expand", "latest", "topics", "tags", "news", "world news",
        "opens in new window", "external link", "all topics", "language", "english", "edition",
        "view all", "see all", "show more", "load more", "featured", "sections", "navigation", "site navigation",
        "content", "newsletters", "cookie settings", "manage cookies", "privacy policy", "terms of use",
        "terms of service", "terms and conditions", "contact us", "about us", "help", "faq", "sitemap",
    ]

    /// Whole-line phrases of share and follow buttons.
    static let socialPhrases: Set<String> = [
        "share", "share this", "share this article", "share this story", "share this page", "share this post",
        "share article", "share story", "share on facebook", "share on twitter", "share on linkedin",
        "share on whatsapp", "share via email", "share by email", "share using email", "email this article",
        "copy link", "copy link to clipboard", "link copied", "tweet", "tweet this", "follow us", "save article",
        "save", "gift this article", "gift article", "share page", "sharing options",
    ]

    /// Single words a row of share buttons is made of.
    static let socialWords: Set<String> = [
        "share", "facebook", "twitter", "x", "email", "e-mail", "mail", "print", "linkedin", "whatsapp", "pinterest",
        "reddit", "messenger", "telegram", "tweet", "copy", "link", "save", "sms", "flipboard", "tumblr",
        "instagram", "youtube", "tiktok", "threads", "bluesky", "comments", "comment", "gift", "more",
    ]

    /// Whole-line phrases of advertising.
    static let advertisementPhrases: Set<String> = [
        "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "paid post", "promoted", "promoted content", "partner content", "story continues below advertisement",
        "article continues below advertisement", "article continues below", "story continues below",
        "advertisement - scroll to continue", "scroll to continue with content", "remove ads",
        "report this ad", "ad feedback", "advertisement · scroll to continue", "content continues below",
    ]

    /// Whole-line headings of related-link lists; the short lines right after them go too.
    static let relatedHeadings: Set<String> = [
        "related", "related articles", "related stories", "related content", "related coverage", "related topics",
        "related news", "related links", "related posts", "related reading", "more on this story", "more on this",
        "more on this topic", "read more", "read next", "also read", "see also", "you might also like",
        "you may also be interested in", "more from", "more like this", "further reading", "other stories",
        "also on", "what to read next", "up next", "more coverage", "in other news", "top stories", "most popular",
        "most read", "most viewed", "trending", "trending now", "latest news", "editor's picks", "editors' picks",
        "you may also like", "recommended", "recommended for you", "more stories", "more news",
    ]

    /// Prefixes of a related link: "Read more: …", "Related: …". Must be followed by `:` or a dash.
    static let relatedPrefixes: [String] = [
        "read more", "related", "see also", "also read", "read also", "more", "read next", "watch", "listen",
        "more on this story", "more from", "recommended", "related link", "related story", "related article",
    ]

    /// Prefixes of newsletter and subscription prompts (the rest of the line is free).
    static let newsletterPrefixes: [String] = [
        "sign up for", "sign up to", "sign up now", "subscribe to", "subscribe for", "get our", "get the",
        "join our", "want more", "don't miss", "never miss", "receive our", "register for", "enter your email",
        "sign up here", "newsletter",
    ]

    /// Prefixes of follow prompts.
    static let socialPrefixes: [String] = [
        "follow us on", "follow us", "follow @", "like us on", "find us on", "share this with",
        "share on", "click here to", "tap here to", "click to share", "connect with us",
    ]

    /// Prefixes of photo credits.
    static let photoPrefixes: [String] = [
        "photo:", "photo by", "photos:", "photograph:", "photographs:", "photo credit", "image:", "image credit",
        "images:", "picture:", "pictures:", "picture credit", "credit:", "credits:", "image source", "image copyright",
        "photo source", "illustration:", "graphic:", "video:", "(photo:", "(photo by", "(image:", "(credit:",
        "file photo", "(file photo",
    ]

    /// Agencies and picture libraries whose name ends a photo credit ("… / Getty Images").
    static let pictureSources: [String] = [
        "getty images", "reuters", "ap", "afp", "afp via getty images", "epa", "epa-efe", "shutterstock",
        "alamy", "pa", "pa wire", "pa media", "ap photo", "bloomberg", "xinhua", "anadolu", "sipa", "dpa",
        "tass", "ria novosti", "istock", "corbis", "rex", "rex features", "nurphoto", "sopa images",
    ]

    /// Picture libraries whose name can stand alone on a credit line.
    static let pictureLibraries: Set<String> = [
        "getty images", "afp via getty images", "shutterstock", "alamy", "istock", "ap photo", "alamy stock photo",
        "getty images/istockphoto", "file photo",
    ]

    /// The whole-line phrase lists in one table, each phrase with the rule of the first list that has it
    /// (site chrome, then social, advertisement and related-links headings): one look-up per line.
    static let wholeLinePhrases: [String: BoilerplateRule] = {
        var table: [String: BoilerplateRule] = [:]
        for (phrases, rule) in [(chromePhrases, BoilerplateRule.chromePhrase), (socialPhrases, .social),
                                (advertisementPhrases, .advertisement), (relatedHeadings, .relatedLinks)] {
            for phrase in phrases where table[phrase] == nil { table[phrase] = rule }
        }
        return table
    }()

    /// Lines longer than this (UTF-8 bytes) are never boilerplate: no rule matches anything this long.
    static let maximumBoilerplateBytes = 800
    /// Lines up to this long (UTF-8 bytes) may be short enough for the phrase and prefix rules.
    static let shortLineBytes = 480

    /// A cheap test before ``rule(for:)``: whether any rule could match `text`. Article paragraphs fail it
    /// at once — too long for a short-line rule, and without the words a notice needs.
    public static func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.count > maximumBoilerplateBytes { return false }
            if bytes.count <= shortLineBytes {
                var words = 0
                var previousIsSpace = true
                for b in bytes {
                    let isSpace = b == 0x20 || b == 0x09
                    if previousIsSpace && !isSpace {
                        words += 1
                        if words > shortLineWords { break }
                    }
                    previousIsSpace = isSpace
                }
                if words <= shortLineWords { return true }
            }
            return noticeKeywordSearch.occurs(in: bytes)
        }
    }

    /// Words without which a long line cannot be a cookie notice or a copyright footer.
    static let noticeKeywords: [[UInt8]] = ["cookie", "copyright", "rights reserved", "©", "(c) "].map { Array($0.utf8) }

    /// ``noticeKeywords`` prepared for searching long lines.
    static let noticeKeywordSearch = KeywordSearch(noticeKeywords)

    /// The rule that removes `text` as a line of its own, or `nil` to keep it.
    public static func rule(for text: String) -> BoilerplateRule? {
        let line = LineFeatures(text)
        return rule(for: line)
    }

    static func rule(for line: LineFeatures) -> BoilerplateRule? {
        if line.phrase.isEmpty { return nil }
        let short = line.wordCount <= shortLineWords && line.length <= 120
        let phrase = line.phrase

        if short, let rule = wholeLinePhrases[phrase] { return rule }
        if let rule = noticeRule(line) { return rule }
        guard short else { return nil }
        if isSocialRow(phrase) { return .social }
        if isNavigationBar(phrase) { return .navigation }
        // Prefix rules never remove what reads as a sentence of six words or more.
        let sentenceLike = line.endsLikeSentence && line.wordCount >= 6
        if hasPrefix(phrase, relatedPrefixes, followedBy: ":–—|") { return .relatedLinks }
        if hasPrefix(phrase, photoPrefixes, followedBy: nil) || isPictureCredit(phrase) { return .photoCredit }
        if !sentenceLike {
            if hasPrefix(phrase, newsletterPrefixes, followedBy: nil), mentionsSubscription(phrase) { return .newsletter }
            if hasPrefix(phrase, socialPrefixes, followedBy: nil) { return .social }
        }
        return nil
    }

    /// Cookie notices and copyright footers, which may be long.
    private static func noticeRule(_ line: LineFeatures) -> BoilerplateRule? {
        guard line.wordCount <= noticeWords else { return nil }
        var text = line.normalized
        return text.withUTF8 { bytes -> BoilerplateRule? in
            func has(_ needle: StaticString) -> Bool {
                UTF8Scanning.containsIgnoringASCIICase(bytes, UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
            }
            func starts(_ prefix: StaticString) -> Bool {
                let count = prefix.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                for index in 0..<count where bytes[index] != prefix.utf8Start[index] { return false }
                return true
            }
            if starts("©") || starts("(c) ") || has("all rights reserved") { return .copyright }
            if starts("copyright") {
                var i = 9
                while i < bytes.count, bytes[i] == 0x20 { i += 1 }
                if i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 || bytes[i] == 0xC2 || bytes[i] == 0x28 {
                    return .copyright  // a year, "©" or "(c)"
                }
            }
            guard has("cookie") else { return nil }
            let addressesReader = has("you") || has("we use") || has("our ") || has("this site") || has("this website")
            let asks = has("accept") || has("consent") || has("we use") || has("uses cookies") || has("cookie policy")
                || has("cookie settings") || has("privacy")
            return addressesReader && asks ? .cookieNotice : nil
        }
    }

    /// A row of share buttons: two or more words, every one a social-network or button word.
    private static func isSocialRow(_ phrase: String) -> Bool {
        if firstWordCannotBeSocial(phrase) { return false }
        guard let firstWord = phrase.split(separator: " ", maxSplits: 1).first,
              socialWords.contains(String(firstWord)) else { return false }
        let items = phrase.split(whereSeparator: { " |•·/,".contains($0) })
        guard items.count >= 2, items.count <= 12 else { return false }
        return items.allSatisfy { socialWords.contains(String($0)) }
    }

    /// Whether the phrase's first word is surely not one of ``socialWords`` (all of them at most nine
    /// letters or hyphens): decided on bytes when the word is ASCII and a plain space or the end follows
    /// it, so that it is the word `split(separator: " ")` gives; otherwise `false` (not decided).
    private static func firstWordCannotBeSocial(_ phrase: String) -> Bool {
        var index = phrase.utf8.startIndex
        var length = 0
        var plain = true
        while index < phrase.utf8.endIndex {
            let byte = phrase.utf8[index]
            if byte == 0x20 { break }
            if byte >= 0x80 { return false }
            if !(byte >= 0x61 && byte <= 0x7A || byte == 0x2D) { plain = false }
            length += 1
            index = phrase.utf8.index(after: index)
        }
        if index < phrase.utf8.endIndex {
            let after = phrase.utf8.index(after: index)
            if after < phrase.utf8.endIndex, phrase.utf8[after] >= 0x80 { return false }
        }
        return length == 0 ? false : !plain || length > 9
    }

    /// A navigation bar or breadcrumb: three or more items of at most three words (and at least two letters)
    /// between separators, none ending like a sentence.
    private static func isNavigationBar(_ phrase: String) -> Bool {
        guard containsNavigationSeparator(phrase) else { return false }
        let separators: [String] = [" | ", " • ", " · ", " > ", " » ", " › ", " / "]
        for separator in separators where phrase.contains(separator) {
            let items = phrase.splitting(separator)
            guard items.count >= 3 else { continue }
            let itemsAreShort = items.allSatisfy { item in
                let words = item.split(separator: " ").count
                let letters = item.unicodeScalars.filter { Tokenizer.isLetter($0) }.count
                // Each item a word or two of text ("N / A N / A" in a table is not a menu).
                return words >= 1 && words <= 3 && letters >= 2 && !LineFeatures.endsLikeSentence(item)
            }
            if itemsAreShort { return true }
        }
        return false
    }

    /// Whether `phrase` has one of `|` `•` `·` `>` `»` `›` `/`, found on its UTF-8 bytes.
    private static func containsNavigationSeparator(_ phrase: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in phrase.utf8 {
            switch byte {
            case 0x7C, 0x3E, 0x2F: return true  // | > /
            case 0xB7, 0xBB: if previous == 0xC2 { return true }  // · U+00B7, » U+00BB
            case 0xA2, 0xBA: if previous == 0x80, beforePrevious == 0xE2 { return true }  // • U+2022, › U+203A
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// "Jane Doe/Getty Images", "(AP Photo/Evan Vucci)": a short credit ending in a picture source.
    private static func isPictureCredit(_ phrase: String) -> Bool {
        // Without a slash, only a picture library's name alone (in parentheses or not) is a credit.
        if !phrase.utf8.contains(0x2F) {
            var body = Substring(phrase)
            if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
            return pictureLibraries.contains(String(body))
        }
        var body = Substring(phrase)
        if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
        if body.hasPrefix("ap photo/") || body.hasPrefix("ap photo /") { return true }
        if pictureLibraries.contains(String(body)) { return true }
        guard let slash = body.firstIndex(of: "/") else { return false }
        let before = body[..<slash].trimmingNewsmarkWhitespace()
        let after = body[body.index(after: slash)...].trimmingNewsmarkWhitespace()
        let beforeWords = before.split(separator: " ").count
        let afterWords = after.split(separator: " ").count
        // "Jane Doe/Getty Images" or "REUTERS/Jane Doe".
        if pictureSources.contains(after) && beforeWords <= 5 { return true }
        if pictureSources.contains(before) && afterWords <= 4 { return true }
        return false
    }

    private static func mentionsSubscription(_ phrase: String) -> Bool {
        phrase.contains("newsletter") || phrase.contains("email") || phrase.contains("inbox")
            || phrase.contains("subscri") || phrase.contains("sign up") || phrase.contains("alerts")
            || phrase.contains("briefing") || phrase.contains("digest") || phrase.contains("updates")
    }

    /// Whether `phrase` starts with one of `prefixes` at a word boundary, optionally followed by one of the
    /// characters in `followers` (after optional spaces).
    static func hasPrefix(_ phrase: String, _ prefixes: [String], followedBy followers: String?) -> Bool {
        // A prefix whose first byte differs from the phrase's (both ASCII) cannot match: an ASCII
        // character is canonically equivalent only to itself.
        let lead = phrase.utf8.first ?? 0
        for prefix in prefixes where (lead >= 0x80 || prefix.utf8.first == lead) && phrase.hasPrefix(prefix) {
            let rest = phrase.dropFirst(prefix.count)
            if let followers {
                let next = rest.drop { $0 == " " }.first
                if let next, followers.contains(next) { return true }
                continue
            }
            if prefix.last == ":" || prefix.last == "@" || prefix.last == "(" { return true }
            if rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "," { return true }
        }
        return false
    }
}

extension String {
    /// The parts of the string between occurrences of `separator` (empty parts kept).
    func splitting(_ separator: String) -> [String] {
        let text = Array(unicodeScalars)
        let pattern = Array(separator.unicodeScalars)
        guard !pattern.isEmpty, text.count >= pattern.count else { return [self] }
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + pattern.count <= text.count {
            if text[i] == pattern[0], Array(text[i..<(i + pattern.count)]) == pattern {
                parts.append(String(String.UnicodeScalarView(text[start..<i])))
                i += pattern.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(String.UnicodeScalarView(text[start...])))
        return parts
    }
}
