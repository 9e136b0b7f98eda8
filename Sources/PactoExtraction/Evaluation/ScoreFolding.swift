import Foundation

/// The folding the corpus scorer (`../shared/corpus/fold.py`) compares
/// with, reproduced exactly so that `pacto eval` and `score.py` agree:
/// diacritics (đ too) and case dropped, quotes removed, dashes spaced.
public enum ScoreFolding {
    public static func fold(_ text: String?) -> String? {
        guard let text else { return nil }
        var out = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "đ": out.append("d")
            case "Đ": out.append("D")
            case "“", "”", "\"", "'", "‘", "’", "«", "»": continue
            case "–", "—", "-": out.append(" - ")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let prefixes = ["thanh pho ", "tinh ", "tp. ", "tp.", "tp ", "provincia de ", "ciudad de ", "ciudad "]

    /// A province name folded, its administrative prefix dropped.
    public static func place(_ text: String?) -> String? {
        guard var folded = fold(text) else { return nil }
        for prefix in prefixes where folded.hasPrefix(prefix) {
            folded = String(folded.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return folded.replacingOccurrences(of: " - ", with: " ")
            .replacingOccurrences(of: "thua thien hue", with: "hue")
            .replacingOccurrences(of: "ho chi minh city", with: "ho chi minh")
    }

    /// A theme: composed, quotes removed, spaces collapsed, final dot dropped, lower case.
    public static func theme(_ text: String?) -> String? {
        guard let text else { return nil }
        let composed = text.precomposedStringWithCanonicalMapping
            .filter { !"“”\"«»".contains($0) }
        var collapsed = composed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while collapsed.hasSuffix(".") { collapsed.removeLast() }
        return collapsed.lowercased()
    }
}
