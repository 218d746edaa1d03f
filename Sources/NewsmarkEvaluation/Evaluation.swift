import NewsmarkModel

/// Scores and compares annotated articles: precision, recall and F1 per layer and type, annotator
/// agreement, and annotation diffs.
public enum Evaluation {}
