import Foundation
import NewsmarkAnnotation
import NewsmarkModel
import NewsmarkXML

/// libFuzzer entry point: any text given to the raw-text converter must give an article (or a
/// `NewsmarkError`), never a crash, and every article it makes must be writable as XML and read back
/// unchanged — the annotators may never produce spans the format cannot hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextConverter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let converter = RawTextConverter(options: .init(published: "1998-05-20"))
    guard let result = try? converter.convert(text, id: "fuzz") else { return 0 }
    do {
        let xml = try XMLArticleWriter().write(result.article)
        let again = try XMLArticleReader().read(xml, fileName: "converted.xml")
        guard again == result.article else { fatalError("XML write → read changed a converted article") }
    } catch {
        fatalError("a converted article could not be written and read back: \(error)")
    }
    return 0
}
