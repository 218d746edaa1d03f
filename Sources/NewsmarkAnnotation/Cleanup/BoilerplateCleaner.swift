/// Clean-up, the first stage of raw-text conversion: removes site chrome and boilerplate *lines*.
///
/// Each line is judged on its own by ``BoilerplateMatcher``, with one rule of context: after a
/// related-links heading ("Related", "More on this story", "Read more"), the short title-like lines that
/// follow it directly (no blank line between) are the list it heads and go too; the list ends at the first
/// blank line or line that reads like a sentence. After the last such heading, when nothing but short
/// title lines follows to the end of the text, those go too (a list set with blank lines between its
/// items, at the foot of a page). Removed lines become blank lines so
/// that the paragraphs around them stay apart. The text of the lines that stay is never changed.
public struct BoilerplateCleaner: Sendable {
    /// The result of clean-up.
    public struct Result: Sendable {
        /// The input lines, with removed lines replaced by blank lines (same count, same numbers).
        public var lines: [RawLine]
        /// The removed lines, in input order.
        public var removed: [RemovedLine]
    }

    /// The longest list line (in words) that is taken as part of a related-links list.
    static let listItemWords = 16

    public init() {}

    /// Removes boilerplate lines from `lines`.
    public func clean(_ lines: [RawLine]) -> Result {
        var kept = lines
        var removed: [RemovedLine] = []
        var inRelatedList = false
        for index in lines.indices {
            let line = lines[index]
            if line.isBlank {
                inRelatedList = false
                continue
            }
            guard BoilerplateMatcher.mayMatch(line.text) else {
                inRelatedList = false
                continue
            }
            let features = LineFeatures(line.text)
            if let rule = BoilerplateMatcher.rule(for: features) {
                removed.append(RemovedLine(line: line.number, text: line.text, rule: rule))
                kept[index].text = ""
                inRelatedList = rule == .relatedLinks && BoilerplateMatcher.relatedHeadings.contains(features.phrase)
                continue
            }
            if inRelatedList, isListItem(features) {
                removed.append(RemovedLine(line: line.number, text: line.text, rule: .relatedLinks))
                kept[index].text = ""
                continue
            }
            inRelatedList = false
        }
        removeTrailingList(lines, kept: &kept, removed: &removed)
        return Result(lines: kept, removed: removed)
    }

    /// The most list items taken after a related-links heading at the end of a page.
    static let trailingListItems = 20

    /// After the last related-links heading, when everything left to the end of the text is short title
    /// lines (blank lines between them allowed), those lines are the list the heading introduced.
    private func removeTrailingList(_ lines: [RawLine], kept: inout [RawLine], removed: inout [RemovedLine]) {
        guard let heading = removed.last(where: {
            $0.rule == .relatedLinks && BoilerplateMatcher.relatedHeadings.contains(LineFeatures($0.text).phrase)
        }), let headingIndex = lines.firstIndex(where: { $0.number == heading.line }) else { return }
        var items: [Int] = []
        for index in (headingIndex + 1)..<lines.count where !kept[index].isBlank {
            let text = kept[index].text
            guard text.utf8.count <= 320, isListItem(LineFeatures(text)), items.count < Self.trailingListItems else { return }
            items.append(index)
        }
        var taken: [RemovedLine] = []
        for index in items {
            taken.append(RemovedLine(line: lines[index].number, text: lines[index].text, rule: .relatedLinks))
            kept[index].text = ""
        }
        removed.append(contentsOf: taken)
        removed.sort { $0.line < $1.line }
    }

    /// A related-links list item: a short title that does not read like a sentence.
    private func isListItem(_ line: LineFeatures) -> Bool {
        line.wordCount <= Self.listItemWords && !line.endsLikeSentence && line.length <= 160
    }
}
