import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML

/// libFuzzer entry point: any bytes given to the JSON reader must give an article or a `NewsmarkError`,
/// never a crash; an accepted article must survive JSON and XML round trips unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let codec = JSONArticleCodec()
    guard let article = try? codec.decode(data, fileName: "fuzz.json") else { return 0 }
    do {
        let json = try codec.encode(article)
        let fromJSON = try codec.decode(json, fileName: "reencoded.json")
        guard fromJSON == article else { fatalError("JSON encode → decode changed the article") }
        let xml = try XMLArticleWriter().write(article)
        let fromXML = try XMLArticleReader().read(xml, fileName: "written.xml")
        guard fromXML == article else { fatalError("XML write → read changed the article") }
    } catch {
        fatalError("an article the JSON reader accepted failed a round trip: \(error)")
    }
    return 0
}
