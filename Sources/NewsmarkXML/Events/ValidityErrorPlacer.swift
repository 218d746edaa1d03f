import Foundation
import NewsmarkModel

/// Gives schema validity errors the positions ``NewsmarkXMLEventStream`` gives them, for a parse that
/// has no reader nodes to walk (``NewsmarkSAXParser``).
///
/// libxml2 raises a validity error while its parser is inside (or just past) the markup at fault and
/// reports the parser's position then. Each error is placed against the first markup (tag, comment,
/// processing instruction, CDATA section) that ends after that position: inside it, the error gets the
/// position of its `<`; before it, the reported position stands. The markup is walked only once there
/// is an error, from the last start tag before it, and only as far as the errors reach, in step with the
/// parse, so the pages of a mapped file behind the parser are not read again.
struct ValidityErrorPlacer {
    private typealias Position = (line: Int, column: Int)

    private let data: Data
    private let fileName: String?
    private let maximum: Int
    private var tracker: SourcePositionTracker?
    /// The first markup not yet known to end before the errors placed so far.
    private var markup: (start: Position, end: Position)?
    private var markupExhausted = false
    /// How many errors have been placed.
    private(set) var placedCount = 0
    private(set) var kept: [NewsmarkError] = []

    /// A placer for errors in `data` (UTF-8), keeping at most `maximum`.
    init(data: Data, fileName: String?, maximum: Int) {
        self.data = data
        self.fileName = fileName
        self.maximum = maximum
    }

    /// Places `reported`, the errors found since the last call, in document order.
    mutating func place(_ reported: [LibXML2ErrorCollector.Reported]) {
        for error in reported {
            let position: Position = (error.line, error.column)
            var line = error.line
            var column = error.column
            if let anchor = error.anchor { skip(to: anchor) }
            if let markup = nextMarkup(endingAfter: position),
               position >= markup.start || (error.column == 0 && error.line == markup.start.line) {
                line = markup.start.line
                column = markup.start.column
            }
            placedCount += 1
            if kept.count < maximum {
                kept.append(NewsmarkError(.invalidInput, error.message, location: SourceLocation(file: fileName, line: line, column: column)))
            }
        }
    }

    /// Starts the walk at `anchor` (a start tag at or before the error) when the walk is behind it: every
    /// markup before a start tag ends before it, so none that matters is skipped, and the pages before it
    /// are not read again.
    private mutating func skip(to anchor: LibXML2ErrorCollector.MarkupAnchor) {
        if tracker == nil { tracker = SourcePositionTracker(data: data) }
        guard let offset = tracker?.offset, anchor.offset > offset else { return }
        if let current = markup, (current.end.line, current.end.column) > (anchor.line, anchor.column) { return }
        markup = nil
        tracker?.jump(toMarkupAt: anchor.offset, line: anchor.line, column: anchor.column)
    }

    private mutating func nextMarkup(endingAfter position: Position) -> (start: Position, end: Position)? {
        if tracker == nil { tracker = SourcePositionTracker(data: data) }
        while true {
            if let current = markup {
                if position >= current.end {
                    markup = nil
                    continue
                }
                return current
            }
            guard !markupExhausted, let next = tracker?.nextMarkup() else {
                markupExhausted = true
                return nil
            }
            markup = next
        }
    }
}
