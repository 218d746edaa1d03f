/// The entities of a gazetteer, in list order, as a collection: each ``GazetteerEntity`` (with its
/// strings) is made when it is read, since the gazetteer keeps its entities as bytes and numbers
/// (``GazetteerEntityStore``). Reading one is O(1).
public struct GazetteerEntities: RandomAccessCollection, Equatable, Sendable {
    let store: GazetteerEntityStore

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }

    public subscript(position: Int) -> GazetteerEntity { store.entity(position) }

    /// Two gazetteers' entities are equal when they list equal entities in the same order.
    public static func == (a: GazetteerEntities, b: GazetteerEntities) -> Bool { a.elementsEqual(b) }
}
