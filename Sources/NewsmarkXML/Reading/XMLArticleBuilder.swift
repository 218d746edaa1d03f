import NewsmarkModel

/// Turns the events of a Newsmark XML document into an ``Article``, checking the structure the
/// model relies on. Used by ``XMLArticleReader``.
struct XMLArticleBuilder {
    private struct OpenElement {
        let element: NewsmarkElement
        let location: SourceLocation
        let textStart: Int
        /// The index of the annotation the element created in its list, if any.
        var index: Int = -1
        /// The id, for error messages.
        var id: String?
        /// Character data of a `meta` field.
        var fieldText = ""
    }

    private let fileName: String?
    private var stack: [OpenElement] = []
    private var article = Article(id: "", tagSet: TagSet(entityTypes: []))
    private var text = ""
    private var locations: [String: SourceLocation] = [:]
    private var datelineLocation: SourceLocation?
    private var sawRoot = false
    private var sawHeader = false
    private var sawBody = false
    private var sawTagset = false
    private var headerChildOrder = -1
    private var metaChildOrder = -1
    private var datelinePlace: TextSpan?
    private var datelineAgency: TextSpan?
    private var datelineDepth = 0

    init(fileName: String?) { self.fileName = fileName }

    mutating func consume(_ event: NewsmarkXMLEvent) throws {
        switch event {
        case .startElement(let start): try startElement(start)
        case .text(let run): try characters(run)
        case .endElement(let end): try endElement(end)
        }
    }

    mutating func finish() throws -> (Article, [String: SourceLocation], SourceLocation?) {
        let end = SourceLocation(file: fileName)
        guard sawRoot else { throw error("the document has no root element", at: end) }
        article.text = text
        return (article, locations, datelineLocation)
    }

    // MARK: - Start tags

    private mutating func startElement(_ start: XMLStartElement) throws {
        let location = start.location
        let parent = stack.last
        if parent == nil { try checkRoot(start) }
        guard start.namespaceURI == NewsmarkVocabulary.namespace else {
            let name = start.namespaceURI.map { "{\($0)}\(start.localName)" } ?? start.localName
            throw error("unknown element <\(name)>: Newsmark 1.0 elements are in the namespace \(NewsmarkVocabulary.namespace)", at: location)
        }
        guard let element = NewsmarkElement(rawValue: start.localName) else {
            throw error("unknown element <\(start.localName)>\(parent.map { " in <\($0.element.rawValue)>" } ?? "")\(expectedChildren(of: parent?.element))", at: location)
        }
        try checkPlacement(element, parent: parent?.element, at: location)
        let values = try attributes(of: start, element: element)
        var open = OpenElement(element: element, location: location, textStart: start.textOffset)
        open.id = values["id"]
        if let id = values["id"] { try register(id: id, at: location) }
        let offset = start.textOffset
        let emptySpan = TextSpan(start: offset, end: offset)
        switch element {
        case .article:
            article.id = values["id"] ?? ""
        case .header:
            if sawHeader { throw error("<article> has more than one <header>", at: location) }
            if sawBody { throw error("<header> must come before <body>", at: location) }
            sawHeader = true
        case .body:
            if sawBody { throw error("<article> has more than one <body>", at: location) }
            if !sawHeader { throw error("<body> must come after <header>", at: location) }
            sawBody = true
        case .meta, .annotators, .tagset, .entities:
            let order = element.headerOrder ?? 0
            if order == headerChildOrder { throw error("<header> has more than one <\(element.rawValue)>", at: location) }
            if order < headerChildOrder {
                throw error("<\(element.rawValue)> is out of order: <header> holds meta, annotators, tagset, entities in that order", at: location)
            }
            headerChildOrder = order
            if element == .tagset { sawTagset = true }
        case .published, .source, .url, .rights:
            let order = element.metaOrder ?? 0
            if order == metaChildOrder { throw error("<meta> has more than one <\(element.rawValue)>", at: location) }
            if order < metaChildOrder {
                throw error("<\(element.rawValue)> is out of order: <meta> holds published, source, url, rights in that order", at: location)
            }
            metaChildOrder = order
        case .annotator:
            article.annotators.append(Annotator(
                id: values["id"] ?? "", kind: try enumerated(values["kind"], AnnotatorKind.self, attribute: "kind", of: element, at: location),
                name: values["name"] ?? "", version: values["version"],
                mode: try enumerated(values["mode"], AnnotationMode.self, attribute: "mode", of: element, at: location)))
        case .entityType:
            let name = values["name"] ?? ""
            if article.tagSet.entityTypes.contains(name) {
                throw error("the entity type '\(name)' is declared twice in <tagset>", at: location)
            }
            article.tagSet.entityTypes.append(name)
        case .entity:
            article.discourseEntities.append(DiscourseEntity(
                id: values["id"] ?? "", type: values["type"] ?? "", name: values["name"] ?? "", knowledgeBaseID: values["kb"],
                provenance: try provenance(values, of: element, at: location)))
        case .p:
            let role: BlockRole
            if let value = values["role"] {
                guard let parsed = BlockRole(rawValue: value), parsed != .body else {
                    throw error("<p role=\"\(value)\">: role is one of headline, subheadline, byline, dateline (omit it for a body paragraph)", at: location)
                }
                role = parsed
            } else {
                role = .body
            }
            article.blocks.append(Block(id: values["id"] ?? "", role: role, span: emptySpan))
            if article.blocks.count > 1 { text += Article.blockSeparator }
            open.index = article.blocks.count - 1
        case .dateline:
            if article.dateline != nil || datelineLocation != nil {
                throw error("an article has at most one <dateline>", at: location)
            }
            datelineLocation = location
            datelineDepth += 1
        case .place, .agency:
            guard datelineDepth > 0 else {
                throw error("<\(element.rawValue)> is only allowed inside <dateline>", at: location)
            }
            if (element == .place ? datelinePlace : datelineAgency) != nil {
                throw error("a <dateline> has at most one <\(element.rawValue)>", at: location)
            }
            if element == .place { datelinePlace = emptySpan } else { datelineAgency = emptySpan }
        case .mention:
            article.mentions.append(EntityMention(
                id: values["id"] ?? "", type: values["type"] ?? "", span: emptySpan, entityID: values["entity"],
                provenance: try provenance(values, of: element, at: location)))
            open.index = article.mentions.count - 1
        case .quote:
            article.quotes.append(Quote(
                id: values["id"] ?? "", span: emptySpan,
                kind: try enumerated(values["kind"], QuoteKind.self, attribute: "kind", of: element, at: location),
                speakerID: values["speaker"], cue: values["cue"], continues: values["continues"],
                provenance: try provenance(values, of: element, at: location)))
            open.index = article.quotes.count - 1
        case .timex:
            article.temporalExpressions.append(TemporalExpression(
                id: values["id"] ?? "", span: emptySpan,
                type: try enumerated(values["type"], TimexType.self, attribute: "type", of: element, at: location),
                value: values["value"] ?? "", mod: values["mod"], anchorID: values["anchor"], quant: values["quant"],
                freq: values["freq"], provenance: try provenance(values, of: element, at: location)))
            open.index = article.temporalExpressions.count - 1
        }
        stack.append(open)
    }

    private mutating func checkRoot(_ start: XMLStartElement) throws {
        let location = start.location
        guard start.localName == NewsmarkElement.article.rawValue else {
            throw error("not a Newsmark article: the root element is <\(start.localName)>, expected <article xmlns=\"\(NewsmarkVocabulary.namespace)\">", at: location)
        }
        let version = start.attribute("version")
        guard let namespace = start.namespaceURI else {
            throw error("<article> has no namespace: add xmlns=\"\(NewsmarkVocabulary.namespace)\"", at: location)
        }
        if namespace != NewsmarkVocabulary.namespace {
            guard namespace.hasPrefix(NewsmarkVocabulary.namespacePrefix) else {
                throw error("not a Newsmark article: <article> is in the namespace \(namespace), expected \(NewsmarkVocabulary.namespace)", at: location)
            }
            throw versionError(String(namespace.dropFirst(NewsmarkVocabulary.namespacePrefix.count)), at: location)
        }
        guard let version else { throw error("<article> needs version=\"\(NewsmarkVocabulary.version)\"", at: location) }
        if version != NewsmarkVocabulary.version { throw versionError(version, at: location) }
        guard start.attribute("lang", namespaceURI: NewsmarkVocabulary.xmlNamespace) != nil else {
            throw error("<article> needs xml:lang (the article's language as a BCP 47 tag, such as \"en\")", at: location)
        }
        article.language = start.attribute("lang", namespaceURI: NewsmarkVocabulary.xmlNamespace) ?? ""
        sawRoot = true
    }

    private func versionError(_ version: String, at location: SourceLocation) -> NewsmarkError {
        let current = NewsmarkVocabulary.version
        if FormatVersion(version) < FormatVersion(current) {
            return error("this file uses Newsmark format \(version), an older version; this tool reads \(current): migrate the file to \(current) (docs/FORMAT.md, \"Versions\", lists the changes)", at: location)
        }
        if FormatVersion(version) > FormatVersion(current) {
            return error("this file uses Newsmark format \(version), newer than this tool reads (\(current)): upgrade newsmark", at: location)
        }
        return error("unknown Newsmark format version '\(version)' (this tool reads \(current))", at: location)
    }

    private func checkPlacement(_ element: NewsmarkElement, parent: NewsmarkElement?, at location: SourceLocation) throws {
        guard let allowed = element.allowedParents else {
            if parent != nil { throw error("<article> can only be the root element", at: location) }
            return
        }
        guard let parent else { throw error("<\(element.rawValue)> cannot be the root element; the root is <article>", at: location) }
        guard allowed.contains(parent) else {
            let places = allowed.map { "<\($0.rawValue)>" }.sorted().joined(separator: ", ")
            throw error("<\(element.rawValue)> is not allowed in <\(parent.rawValue)>; it belongs in \(places)", at: location)
        }
    }

    private func expectedChildren(of parent: NewsmarkElement?) -> String {
        guard let parent else { return "" }
        let children = NewsmarkElement.allCases.filter { $0.allowedParents?.contains(parent) == true }.map { "<\($0.rawValue)>" }
        return children.isEmpty ? "" : "; expected \(children.joined(separator: ", "))"
    }

    // MARK: - Attributes

    private func attributes(of start: XMLStartElement, element: NewsmarkElement) throws -> [String: String] {
        let specs = element.attributeSpecs
        var values: [String: String] = [:]
        for attribute in start.attributes {
            if attribute.namespaceURI == NewsmarkVocabulary.xmlNamespace, attribute.localName == "lang", element == .article {
                continue
            }
            guard attribute.namespaceURI == nil, specs.contains(where: { $0.name == attribute.localName }) else {
                let allowed = specs.map(\.name) + (element == .article ? ["xml:lang"] : [])
                let list = allowed.isEmpty ? "it takes no attributes" : "allowed: \(allowed.joined(separator: ", "))"
                throw error("unknown attribute '\(attribute.qualifiedName)' on <\(element.rawValue)> (\(list))", at: start.location)
            }
            values[attribute.localName] = attribute.value
        }
        for spec in specs where spec.required && values[spec.name] == nil {
            throw error("<\(element.rawValue)> needs the attribute '\(spec.name)'", at: start.location)
        }
        return values
    }

    private func enumerated<Value: RawRepresentable & CaseIterable>(
        _ raw: String?, _ type: Value.Type, attribute: String, of element: NewsmarkElement, at location: SourceLocation
    ) throws -> Value where Value.RawValue == String {
        if let raw, let value = Value(rawValue: raw) { return value }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw error("<\(element.rawValue) \(attribute)=\"\(raw ?? "")\">: \(attribute) is one of \(allowed)", at: location)
    }

    private func provenance(_ values: [String: String], of element: NewsmarkElement, at location: SourceLocation) throws -> Provenance {
        var confidence: Double?
        if let raw = values["cert"] {
            guard let value = CertaintyValue.parse(raw) else {
                throw error("<\(element.rawValue) cert=\"\(raw)\">: cert is a decimal number from 0 to 1 (such as 0.85)", at: location)
            }
            confidence = value
        }
        return Provenance(annotatorID: values["resp"], confidence: confidence)
    }

    private mutating func register(id: String, at location: SourceLocation) throws {
        if let first = locations[id] {
            throw error("the id '\(id)' is used twice (first at line \(first.line))", at: location)
        }
        locations[id] = location
    }

    // MARK: - Text

    private mutating func characters(_ run: XMLText) throws {
        guard let open = stack.last else { return }
        switch run.context {
        case .articleText:
            if let offset = firstLineBreak(in: run.value) {
                var location = run.location
                if location.column > 0 { location.column += offset }
                throw error("\(paragraphName) contains a line break; a paragraph is one line of text: split it into two <p> elements", at: location)
            }
            text += run.value
        case .other:
            if open.element.holdsText {
                stack[stack.count - 1].fieldText += run.value
            } else if !run.isWhitespace {
                throw error("text is not allowed in <\(open.element.rawValue)>", at: run.location)
            }
        }
    }

    private var paragraphName: String {
        article.blocks.last.map { "<p id=\"\($0.id)\">" } ?? "<p>"
    }

    /// The code-point offset of the first line break (LF or CR) in `value`, if any.
    private func firstLineBreak(in value: String) -> Int? {
        var codePoints = 0
        for byte in value.utf8 {
            if byte == 0x0A || byte == 0x0D { return codePoints }
            if byte & 0xC0 != 0x80 { codePoints += 1 }
        }
        return nil
    }

    // MARK: - End tags

    private mutating func endElement(_ end: XMLEndElement) throws {
        guard let open = stack.popLast() else { return }
        let span = TextSpan(start: min(open.textStart, end.textOffset), end: end.textOffset)
        if open.element.isInline || open.element == .p, span.isEmpty {
            let name = open.id.map { "<\(open.element.rawValue) id=\"\($0)\">" } ?? "<\(open.element.rawValue)>"
            throw error("\(name) contains no text", at: open.location)
        }
        switch open.element {
        case .article:
            if !sawHeader { throw error("<article> has no <header>", at: open.location) }
            if !sawBody { throw error("<article> has no <body>", at: open.location) }
        case .header:
            if !sawTagset { throw error("<header> has no <tagset> (declare the entity types the article uses)", at: open.location) }
        case .body:
            if article.blocks.isEmpty { throw error("<body> has no paragraph", at: open.location) }
        case .published: article.metadata.published = open.fieldText
        case .source: article.metadata.source = open.fieldText
        case .url: article.metadata.url = open.fieldText
        case .rights: article.metadata.rights = open.fieldText
        case .p: article.blocks[open.index].span = span
        case .dateline:
            article.dateline = Dateline(span: span, place: datelinePlace, source: datelineAgency)
            datelineDepth -= 1
        case .place:
            datelinePlace = span
            article.dateline?.place = span
        case .agency:
            datelineAgency = span
            article.dateline?.source = span
        case .mention: article.mentions[open.index].span = span
        case .quote: article.quotes[open.index].span = span
        case .timex: article.temporalExpressions[open.index].span = span
        default: break
        }
    }

    private func error(_ message: String, at location: SourceLocation) -> NewsmarkError {
        NewsmarkError(.invalidInput, message, location: location)
    }
}

/// A format version such as `1.0`, ordered numerically.
struct FormatVersion: Comparable {
    let parts: [Int]

    init(_ text: String) { parts = text.split(separator: ".").map { Int($0) ?? 0 } }

    static func < (lhs: FormatVersion, rhs: FormatVersion) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let a = index < lhs.parts.count ? lhs.parts[index] : 0
            let b = index < rhs.parts.count ? rhs.parts[index] : 0
            if a != b { return a < b }
        }
        return false
    }
}
