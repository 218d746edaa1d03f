import NewsmarkModel

/// The inline style sheet of Newsmark's HTML pages.
enum HTMLStyle {
    static func css(entityTypes: [String]) -> String {
        var css = """
            body { font: 17px/1.7 Georgia, "Times New Roman", serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"; color: #222; max-width: 46em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.7em; line-height: 1.3; }
            h2 { font-size: 1.2em; }
            .byline, .dateline { color: #555; font-style: italic; }
            header.meta dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1em; font: 13px/1.5 sans-serif; color: #555; margin: 0 0 1.5em; }
            header.meta dt { font-weight: bold; }
            header.meta dd { margin: 0; word-break: break-all; }
            .ann { border-radius: 3px; }
            .ent { padding: 0 2px; box-shadow: inset 0 -2px 0 rgba(0, 0, 0, 0.2); }
            .timex { border-bottom: 2px dotted #8a6d00; cursor: help; }
            .quote { background: rgba(120, 120, 160, 0.10); box-shadow: inset 3px 0 0 #6a5acd; padding-left: 3px; }
            .quote.fragment { box-shadow: none; padding-left: 0; }
            .quote-partial { box-shadow: inset 3px 0 0 #2a9d8f; }
            .quote-scare { background: none; box-shadow: none; border-bottom: 1px dashed #888; }
            .quote[data-speaker]::after { content: "\\2014\\00a0" attr(data-speaker); font: bold 11px/1 sans-serif; color: #4b3f9e; background: #ecebff; border-radius: 3px; padding: 1px 4px; margin-left: 3px; vertical-align: super; }
            .ann.manual { outline: 2px dashed #c0392b; outline-offset: 0; }
            .legend, .entities { font: 14px/1.5 sans-serif; border-top: 1px solid #ddd; margin-top: 2em; padding-top: 0.5em; }
            .legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
            .legend .hint { color: #666; }
            .entities table { border-collapse: collapse; width: 100%; }
            .entities th, .entities td { text-align: left; border-bottom: 1px solid #eee; padding: 2px 6px; }
            table.index { border-collapse: collapse; width: 100%; font: 14px/1.5 sans-serif; }
            table.index th, table.index td { text-align: left; border-bottom: 1px solid #eee; padding: 3px 8px; }
            table.index .n { text-align: right; }
            body.index { max-width: 72em; }

            """
        var labels: [String] = []
        for label in TagSet.standard.entityTypes + entityTypes where !labels.contains(label) { labels.append(label) }
        for label in labels {
            css += ".ent-\(HTMLEscaping.className(label)) { background: \(LabelPalette.color(for: label)); }\n"
        }
        for type in TimexType.allCases {
            css += ".timex-\(type.rawValue) { background: \(LabelPalette.color(for: type.rawValue)); }\n"
        }
        return css
    }
}
