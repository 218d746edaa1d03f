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
                    // A run of ASCII: one scalar per byte, eight bytes at a time while no high bit is set.
                    if let base = utf8.baseAddress, let out = buffer.baseAddress {
                        while i + 8 <= end {
                            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                            guard word & 0x8080_8080_8080_8080 == 0 else { break }
                            for k in 0..<8 { out[n + k] = Unicode.Scalar(UInt8(truncatingIfNeeded: word >> UInt64(8 * k))) }
                            n += 8
                            i += 8
                        }
                    }
                    while i < end, utf8[i] < 0x80 {
                        buffer[n] = Unicode.Scalar(utf8[i])
                        n += 1
                        i += 1
                    }
                    guard i < end else { break }
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
