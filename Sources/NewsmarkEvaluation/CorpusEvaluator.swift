import NewsmarkAnnotation
import NewsmarkModel

/// Compares predicted (or second-annotator) articles with gold articles and pools the counts over a corpus.
///
/// Per layer (entities, quotes, dates) and type (entity type, quote kind, TIMEX3 type) it counts gold, predicted
/// and matched annotations for exact and overlapping spans (annotations match only within their type); over the
/// matched dates it counts equal values, over matched quotes equal speakers (by the canonical name of the linked
/// entity); over tokens it pools entity labels for Cohen's kappa.
public struct CorpusEvaluator: Sendable {
    /// The number of article pairs added.
    public private(set) var articleCount = 0
    private var counts: [CountKey: Counts] = [:]
    private var typeOrder: [String: [String]] = [:]
    private var agreement = TokenAgreement()

    struct CountKey: Hashable {
        var layer: String
        var type: String
        var match: MatchMode
    }

    struct Counts {
        var gold = 0
        var predicted = 0
        var matched = 0
        var sameValue = 0
        var sameSpeaker = 0
    }

    /// One annotation reduced to what is scored.
    struct Item {
        var span: TextSpan
        var type: String
        var value: String?
        var speaker: String?
    }

    /// The layers, in report order.
    public static let layers = ["entities", "quotes", "dates"]

    public init() {}

    /// Adds one article pair. Both must have the same text.
    public mutating func add(gold: Article, predicted: Article, file: String? = nil) throws {
        if gold.text != predicted.text {
            throw NewsmarkError(.invalidInput, "article '\(gold.id)' has a different text in the two files, so spans cannot be compared"
                + Self.firstDifference(gold.text, predicted.text), location: SourceLocation(file: file))
        }
        articleCount += 1
        let goldNames = Self.names(gold)
        let predictedNames = Self.names(predicted)
        addLayer("entities", gold: gold.mentions.map { Item(span: $0.span, type: $0.type) },
                 predicted: predicted.mentions.map { Item(span: $0.span, type: $0.type) },
                 typeOrder: gold.tagSet.entityTypes + predicted.tagSet.entityTypes)
        addLayer("quotes", gold: gold.quotes.map { Item(span: $0.span, type: $0.kind.rawValue, speaker: Self.speaker($0, goldNames)) },
                 predicted: predicted.quotes.map { Item(span: $0.span, type: $0.kind.rawValue, speaker: Self.speaker($0, predictedNames)) },
                 typeOrder: QuoteKind.allCases.map(\.rawValue))
        addLayer("dates", gold: gold.temporalExpressions.map { Item(span: $0.span, type: $0.type.rawValue, value: $0.value) },
                 predicted: predicted.temporalExpressions.map { Item(span: $0.span, type: $0.type.rawValue, value: $0.value) },
                 typeOrder: TimexType.allCases.map(\.rawValue))
        agreement.add(gold: gold, predicted: predicted, analysis: TextAnalysis(article: gold))
    }

    private mutating func addLayer(_ layer: String, gold: [Item], predicted: [Item], typeOrder order: [String]) {
        var known = typeOrder[layer, default: []]
        for type in order + gold.map(\.type) + predicted.map(\.type) where !known.contains(type) { known.append(type) }
        typeOrder[layer] = known
        let goldByType = Dictionary(grouping: gold, by: \.type)
        let predictedByType = Dictionary(grouping: predicted, by: \.type)
        for type in Set(goldByType.keys).union(predictedByType.keys) {
            let g = goldByType[type] ?? []
            let p = predictedByType[type] ?? []
            for mode in MatchMode.allCases {
                let pairs = SpanMatcher.match(gold: g.map(\.span), predicted: p.map(\.span), mode: mode)
                var c = counts[CountKey(layer: layer, type: type, match: mode)] ?? Counts()
                c.gold += g.count
                c.predicted += p.count
                c.matched += pairs.count
                for (i, j) in pairs {
                    if g[i].value == p[j].value { c.sameValue += 1 }
                    if g[i].speaker == p[j].speaker { c.sameSpeaker += 1 }
                }
                counts[CountKey(layer: layer, type: type, match: mode)] = c
            }
        }
    }

    /// The scores so far: per layer, each type present on either side and `all`, exact then overlap.
    public func report() -> EvaluationReport {
        var scores: [EvaluationScore] = []
        for layer in Self.layers {
            let types = (typeOrder[layer] ?? []).filter { type in MatchMode.allCases.contains { counts[CountKey(layer: layer, type: type, match: $0)] != nil } }
            guard !types.isEmpty else { continue }
            for type in types + ["all"] {
                for mode in MatchMode.allCases {
                    let c: Counts
                    if type == "all" {
                        c = types.reduce(into: Counts()) { sum, t in
                            let part = counts[CountKey(layer: layer, type: t, match: mode)] ?? Counts()
                            sum.gold += part.gold
                            sum.predicted += part.predicted
                            sum.matched += part.matched
                            sum.sameValue += part.sameValue
                            sum.sameSpeaker += part.sameSpeaker
                        }
                    } else {
                        guard let found = counts[CountKey(layer: layer, type: type, match: mode)] else { continue }
                        c = found
                    }
                    let share = { (n: Int) -> Double? in c.matched == 0 ? nil : Double(n) / Double(c.matched) }
                    scores.append(EvaluationScore(
                        layer: layer, type: type, match: mode, gold: c.gold, predicted: c.predicted, matched: c.matched,
                        kappa: layer == "entities" ? agreement.kappa(type: type == "all" ? nil : type) : nil,
                        valueAccuracy: layer == "dates" ? share(c.sameValue) : nil,
                        speakerAccuracy: layer == "quotes" ? share(c.sameSpeaker) : nil))
                }
            }
        }
        return EvaluationReport(articles: articleCount, scores: scores)
    }

    /// Canonical entity names by id, normalized for comparison (case-folded, spaces collapsed).
    static func names(_ article: Article) -> [String: String] {
        var result: [String: String] = [:]
        for entity in article.discourseEntities {
            result[entity.id] = entity.name.lowercased().split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.isNewsmarkWhitespace) })
                .joined(separator: " ")
        }
        return result
    }

    static func speaker(_ quote: Quote, _ names: [String: String]) -> String? {
        guard let id = quote.speakerID else { return nil }
        return names[id] ?? "#" + id
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        " (first difference at text \(AnnotationDiff.firstDifference(a, b)))"
    }
}
