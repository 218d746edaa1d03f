internal import CNewsmarkLibXML2

/// One-time set-up of libxml2 and small helpers around its C types.
enum LibXML2 {
    /// Initialises libxml2 once per process. `xmlInitParser` is not safe to race, so every entry
    /// point of this module goes through this guarded, lazily initialised constant.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised and that the calling thread does not print libxml2's
    /// generic errors to standard error (structured handlers report every error instead).
    static func prepareThread() {
        _ = initialised
        newsmark_silenceGenericErrors()
    }

    /// The libxml2 version string (`20914`).
    static var version: String { String(cString: newsmark_xmlParserVersion()) }

    /// A Swift string from a libxml2 string (UTF-8), or `nil` for a null pointer.
    @inline(__always)
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// Whether two libxml2 strings are equal (byte-wise).
    @inline(__always)
    static func equal(_ a: UnsafePointer<xmlChar>?, _ b: UnsafePointer<xmlChar>?) -> Bool {
        xmlStrEqual(a, b) != 0
    }
}

extension NewsmarkXMLLibraryInfo {
    /// The version of libxml2 this build runs with (for `--version` output and bug reports).
    public static var libxml2Version: String { LibXML2.version }
}

/// Facts about the XML library Newsmark runs on.
public enum NewsmarkXMLLibraryInfo {}
