/// The colours Newsmark uses for each label, shared by the HTML view and brat's `visual.conf`.
public enum LabelPalette {
    /// A light background colour (`#rrggbb`) for `label`; labels outside the standard set get a stable colour
    /// derived from their name.
    public static func color(for label: String) -> String {
        switch label {
        case "person": return "#ffd6a5"
        case "organization": return "#a0c4ff"
        case "location": return "#caffbf"
        case "misc": return "#e4c1f9"
        case "date": return "#fdffb6"
        case "time": return "#ffe5a0"
        case "duration": return "#d0f4de"
        case "set": return "#f1e3d3"
        case "quote": return "#e8e8e8"
        default:
            let extra = ["#ffadad", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#d9ed92", "#f4d8cd"]
            var hash: UInt32 = 2_166_136_261
            for byte in label.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return extra[Int(hash % UInt32(extra.count))]
        }
    }
}
