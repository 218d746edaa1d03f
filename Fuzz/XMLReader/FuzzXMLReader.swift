import Foundation
import NewsmarkModel
import NewsmarkXML

/// libFuzzer entry point: any bytes given to the XML reader must give an article or a `NewsmarkError`,
/// never a crash; an article that was read must write and read back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let article = try? XMLArticleReader().read(data, fileName: "fuzz.xml") else { return 0 }
    let written: Data
    do {
        written = try XMLArticleWriter().write(article)
    } catch {
        fatalError("an article the reader accepted could not be written: \(error)")
    }
    guard let again = try? XMLArticleReader().read(written, fileName: "rewritten.xml"), again == article else {
        fatalError("write → read changed the article")
    }
    return 0
}
