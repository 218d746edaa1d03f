import Foundation

/// The `cert` attribute: a confidence from 0 to 1 written as a plain decimal (`0`, `0.85`, `1`).
enum CertaintyValue {
    /// The value of `text`, or `nil` unless it is a plain decimal between 0 and 1.
    static func parse(_ text: String) -> Double? {
        var sawDigit = false
        var sawDot = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: ".") where !sawDot && sawDigit: sawDot = true
            default: return nil
            }
        }
        guard sawDigit, text.utf8.last != UInt8(ascii: "."), let value = Double(text), value >= 0, value <= 1 else { return nil }
        return value
    }

    /// The canonical spelling of `value`: the shortest decimal that reads back as the same number,
    /// without exponent or trailing zeros (`0`, `0.85`, `1`, `0.00001`).
    static func format(_ value: Double) -> String? {
        guard value.isFinite, value >= 0, value <= 1 else { return nil }
        if value == 0 { return "0" }
        if value == 1 { return "1" }
        let shortest = "\(value)"
        guard let exponentIndex = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
        }
        // Small values print as 1e-05: move the decimal point by hand.
        let mantissa = shortest[..<exponentIndex].replacingOccurrences(of: ".", with: "")
        guard let exponent = Int(shortest[shortest.index(after: exponentIndex)...]), exponent < 0 else { return nil }
        var digits = String(mantissa)
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return "0." + String(repeating: "0", count: -exponent - 1) + digits
    }
}
