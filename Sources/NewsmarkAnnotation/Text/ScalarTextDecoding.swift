import NewsmarkModel

extension ScalarText {
    /// The scalars of `string`, decoded straight from its UTF-8 bytes: the same array as
    /// ``ScalarText/init(_:)`` gives, without going through the string's scalar view one scalar at a
    /// time (a Swift string always holds valid UTF-8, so each lead byte says how many bytes follow).
    static func decoding(_ string: String) -> ScalarText {
        var string = string
        let scalars = string.withUTF8 { utf8 -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
                var i = 0
                var n = 0
                let end = utf8.count
                while i < end {
                    let lead = utf8[i]
                    var value = UInt32(lead)
                    if lead < 0x80 {
                        i += 1
                    } else if lead < 0xE0, i + 1 < end {
                        value = (UInt32(lead & 0x1F) << 6) | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0, i + 2 < end {
                        value = (UInt32(lead & 0x0F) << 12) | (UInt32(utf8[i + 1] & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else if i + 3 < end {
                        value = (UInt32(lead & 0x07) << 18) | (UInt32(utf8[i + 1] & 0x3F) << 12)
                            | (UInt32(utf8[i + 2] & 0x3F) << 6) | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    } else {
                        value = 0xFFFD
                        i += 1
                    }
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                }
                initialized = n
            }
        }
        return ScalarText(scalars: scalars)
    }
}
