import NewsmarkModel

/// The inline elements of an article, in the order they open in the XML, checked to nest.
///
/// Standoff annotations become nested elements: sorted by start, longer first, and for equal spans
/// in a fixed layer order (dateline, place, agency, quote, mention, timex), then in list order. Two spans
/// that overlap without one containing the other cannot nest, and a span cannot cross a paragraph
/// boundary: both are refused with an error naming the ids involved.
struct InlineSpanPlan {
    /// The inline layers, in the order that decides nesting for equal spans.
    enum Layer: Int, Comparable {
        case dateline, place, agency, quote, mention, timex

        var element: NewsmarkElement {
            switch self {
            case .dateline: .dateline
            case .place: .place
            case .agency: .agency
            case .quote: .quote
            case .mention: .mention
            case .timex: .timex
            }
        }

        /// The element's name, for ``MarkupBuffer``.
        var elementName: StaticString {
            switch self {
            case .dateline: "dateline"
            case .place: "place"
            case .agency: "agency"
            case .quote: "quote"
            case .mention: "mention"
            case .timex: "timex"
            }
        }

        static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One inline element to write.
    struct Item {
        let layer: Layer
        let span: TextSpan
        /// The id (or a description for the id-less dateline parts), for messages and ordering.
        let id: String
        /// The index in the article's list for the layer.
        let index: Int

        var label: String {
            switch layer {
            case .dateline, .place, .agency: "<\(layer.element.rawValue)> \(span)"
            default: "<\(layer.element.rawValue) id=\"\(id)\"> \(span)"
            }
        }
    }

    /// The items in opening order.
    let items: [Item]

    /// Collects and checks the inline spans of `article`, whose blocks are known to partition the
    /// text (checked by the writer beforehand).
    init(article: Article, textLength: Int) throws {
        var items: [Item] = []
        items.reserveCapacity(article.mentions.count + article.quotes.count + article.temporalExpressions.count + 3)
        if let dateline = article.dateline {
            items.append(Item(layer: .dateline, span: dateline.span, id: "", index: 0))
            if let place = dateline.place {
                guard dateline.span.contains(place) else {
                    throw InlineSpanPlan.error("the dateline's place \(place) lies outside the dateline \(dateline.span)")
                }
                items.append(Item(layer: .place, span: place, id: "", index: 0))
            }
            if let agency = dateline.source {
                guard dateline.span.contains(agency) else {
                    throw InlineSpanPlan.error("the dateline's agency \(agency) lies outside the dateline \(dateline.span)")
                }
                items.append(Item(layer: .agency, span: agency, id: "", index: 0))
            }
        }
        for (index, quote) in article.quotes.enumerated() {
            items.append(Item(layer: .quote, span: quote.span, id: quote.id, index: index))
        }
        for (index, mention) in article.mentions.enumerated() {
            items.append(Item(layer: .mention, span: mention.span, id: mention.id, index: index))
        }
        for (index, timex) in article.temporalExpressions.enumerated() {
            items.append(Item(layer: .timex, span: timex.span, id: timex.id, index: index))
        }
        for item in items {
            if item.span.isEmpty { throw InlineSpanPlan.error("\(item.label) is empty; an annotation covers at least one character") }
            if item.span.start < 0 || item.span.end > textLength {
                throw InlineSpanPlan.error("\(item.label) lies outside the text (\(textLength) code points)")
            }
        }
        // Ties (the same span in the same layer) keep the order of the article's lists, so that reading
        // a file and writing it again reproduces it whatever order such elements were nested in.
        items.sort { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.span.end != b.span.end { return a.span.end > b.span.end }
            if a.layer != b.layer { return a.layer < b.layer }
            return a.index < b.index
        }
        try InlineSpanPlan.checkBlocks(items, blocks: article.blocks)
        try InlineSpanPlan.checkNesting(items)
        if let dateline = article.dateline?.span,
           let outer = items.first(where: { $0.layer > .agency && $0.span != dateline && $0.span.contains(dateline) }) {
            throw InlineSpanPlan.error("\(outer.label) contains the dateline \(dateline); a <dateline> sits directly in its <p>, so no other annotation may enclose it")
        }
        self.items = items
    }

    /// Every item lies inside one block.
    private static func checkBlocks(_ items: [Item], blocks: [Block]) throws {
        var blockIndex = 0
        for item in items {
            while blockIndex < blocks.count, blocks[blockIndex].span.end <= item.span.start { blockIndex += 1 }
            guard blockIndex < blocks.count, blocks[blockIndex].span.start <= item.span.start else {
                throw error("\(item.label) starts between two paragraphs")
            }
            let block = blocks[blockIndex]
            if item.span.end > block.span.end {
                let next = blockIndex + 1 < blocks.count ? " and \(blocks[blockIndex + 1].id)" : ""
                throw error("\(item.label) crosses the boundary of paragraph \(block.id)\(next); an inline element stays within one <p> (split a quote over paragraphs into parts linked by 'continues')")
            }
        }
    }

    /// No two items cross.
    private static func checkNesting(_ items: [Item]) throws {
        var open: [Item] = []
        for item in items {
            while let top = open.last, top.span.end <= item.span.start { open.removeLast() }
            if let top = open.last, top.span.end < item.span.end {
                throw error("\(top.label) and \(item.label) overlap without one containing the other, so they cannot be nested as XML elements")
            }
            open.append(item)
        }
    }

    private static func error(_ message: String) -> NewsmarkError { NewsmarkError(.invalidInput, message) }
}
