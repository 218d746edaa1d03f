import NewsmarkModel

/// One article in brat standoff form: the text file and the annotation file.
public struct BratDocument: Sendable, Hashable {
    /// The `.txt` file: the article text and a final line break. Offsets count code points in it.
    public var text: String
    /// The `.ann` file.
    public var annotations: String

    public init(text: String, annotations: String) {
        self.text = text
        self.annotations = annotations
    }
}

/// Writes an article as brat standoff.
///
/// - Every mention, date and quote is a `T` line labelled with its entity type, TIMEX3 type or `quote`, in text order.
/// - Every `T` has an `AnnotatorNotes` line (`#`) with its Newsmark id and the fields brat has no place for:
///   `id=m1; entity=e1` for mentions, `id=t1; value=1998-05-20; mod=…; anchor=…; quant=…; freq=…` for dates,
///   `id=q1; cue=said` for quotes (and `speaker=e3` when the speaker has no mention to point at).
/// - A quote's kind is the `Kind` attribute (`A` line); its speaker a `Speaker` relation to the speaker entity's
///   mention nearest the quote; a continued quote a `Continues` relation to the part it continues.
public struct BratExporter: Sendable {
    public init() {}

    /// The fields brat carries (all of them: what has no native place travels in notes).
    public static let fields: ToolFields = .all

    /// The brat files for `article`.
    public func export(_ article: Article) -> BratDocument {
        let text = ScalarText(article.text)
        let items = ToolProjection.project(article, fields: Self.fields)
        var bratID: [String: String] = [:]
        for (index, item) in items.enumerated() { bratID[item.key] = "T\(index + 1)" }

        var mentionsByEntity: [String: [ToolAnnotation]] = [:]
        for item in items where item.layer == .entity {
            if let entity = item.entityID { mentionsByEntity[entity, default: []].append(item) }
        }

        var lines: [String] = []
        var relations: [String] = []
        var attributeCount = 0
        var noteCount = 0
        for item in items {
            let tid = bratID[item.key] ?? ""
            lines.append("\(tid)\t\(item.label) \(item.span.start) \(item.span.end)\t\(Self.spanText(text, item.span))")
            var note: [(String, String?)] = [("id", item.id)]
            switch item.layer {
            case .entity:
                note.append(("entity", item.entityID))
            case .date:
                note += [("value", item.value), ("mod", item.mod), ("anchor", item.anchorID), ("quant", item.quant), ("freq", item.freq)]
            case .quote:
                if let kind = item.kind {
                    attributeCount += 1
                    lines.append("A\(attributeCount)\tKind \(tid) \(kind.rawValue)")
                }
                if case .newsmark(let entity)? = item.speaker {
                    if let mention = ToolProjection.nearest(mentionsByEntity[entity] ?? [], to: item.span), let target = bratID[mention.key] {
                        relations.append("Speaker Arg1:\(tid) Arg2:\(target)")
                    } else {
                        note.append(("speaker", entity))
                    }
                }
                note.append(("cue", item.cue))
                if case .newsmark(let previous)? = item.continues {
                    if let target = bratID[previous] {
                        relations.append("Continues Arg1:\(tid) Arg2:\(target)")
                    } else {
                        note.append(("continues", previous))
                    }
                }
            }
            noteCount += 1
            lines.append("#\(noteCount)\tAnnotatorNotes \(tid)\t\(BratNotes.encode(note))")
        }
        for (index, relation) in relations.enumerated() { lines.append("R\(index + 1)\t\(relation)") }
        let ann = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        return BratDocument(text: article.text.isEmpty ? "" : article.text + "\n", annotations: ann)
    }

    /// The covered text as brat shows it in the third column (line breaks as spaces).
    static func spanText(_ text: ScalarText, _ span: TextSpan) -> String {
        String(String.UnicodeScalarView(text.string(span).unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }
}
