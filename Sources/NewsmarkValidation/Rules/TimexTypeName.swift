import NewsmarkModel

extension TimexType {
    /// The type named `name`, as `init(rawValue:)` reads it, by direct comparisons: the generated
    /// initializer searches a table of names, several hundred instructions per call, for every date.
    static func named(_ name: String) -> TimexType? {
        if name == "date" { return .date }
        if name == "time" { return .time }
        if name == "duration" { return .duration }
        if name == "set" { return .set }
        return nil
    }
}
