/// Precision, recall and F1 for one layer, type and match mode, with the agreement figures that apply to it.
public struct EvaluationScore: Sendable, Hashable, Codable {
    /// `entities`, `quotes` or `dates`.
    public var layer: String
    /// The entity type, quote kind or TIMEX3 type; `all` for the whole layer (micro-averaged).
    public var type: String
    /// `exact` or `overlap`.
    public var match: MatchMode
    /// Gold annotations of this type.
    public var gold: Int
    /// Predicted annotations of this type.
    public var predicted: Int
    /// Matched pairs.
    public var matched: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Entities only: Cohen's kappa over tokens (BIO labels of this type, or of every type for `all`).
    public var kappa: Double?
    /// Dates only: the share of matched pairs with the same normalized value.
    public var valueAccuracy: Double?
    /// Quotes only: the share of matched pairs whose speakers have the same canonical name (or both none).
    public var speakerAccuracy: Double?

    public init(layer: String, type: String, match: MatchMode, gold: Int, predicted: Int, matched: Int,
                kappa: Double? = nil, valueAccuracy: Double? = nil, speakerAccuracy: Double? = nil) {
        self.layer = layer
        self.type = type
        self.match = match
        self.gold = gold
        self.predicted = predicted
        self.matched = matched
        precision = predicted == 0 ? 0 : Double(matched) / Double(predicted)
        recall = gold == 0 ? 0 : Double(matched) / Double(gold)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        self.kappa = kappa
        self.valueAccuracy = valueAccuracy
        self.speakerAccuracy = speakerAccuracy
    }

    enum CodingKeys: String, CodingKey {
        case layer, type, match, gold, predicted, matched, precision, recall, f1, kappa, valueAccuracy, speakerAccuracy
    }
}

/// The result of comparing two sets of articles.
public struct EvaluationReport: Sendable, Hashable, Codable {
    /// The number of articles compared (present on both sides).
    public var articles: Int
    /// One score per layer, type and match mode; types absent from both sides are left out.
    public var scores: [EvaluationScore]

    public init(articles: Int, scores: [EvaluationScore]) {
        self.articles = articles
        self.scores = scores
    }
}
