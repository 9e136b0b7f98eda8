import Foundation
import PactoModel

/// A province the text names ("tỉnh X", "provincia de X") that the
/// gazetteer does not know: a typo, a new unit, or a gap in the data.
struct UnknownPlaceRule: Sendable {
    static let introduced = Pattern(#"(?<!cac )(?<![a-z])(tinh|provincia de)\s+(?=\S)"#)
    /// Capitalised words after "tỉnh" that are not a province's name.
    static let notNames: Set<String> = ["uy", "doan", "hoi", "ban", "mien", "thanh", "cac", "trung", "phia", "cum", "khoi"]
    /// Regions, not provinces ("các tỉnh Tây Nguyên").
    static let regions: Set<String> = [
        "tay nguyen", "tay bac", "dong bac", "nam bo", "tay nam bo", "dong nam bo", "bac bo", "trung bo", "nam trung bo",
        "bac trung bo", "tay nam", "dong nam", "dong bang song hong", "dong bang song cuu long",
    ]

    func warnings(in context: Context) -> [String] {
        var unknown: [String] = []
        let body = context.body
        for match in body.matches(Self.introduced) {
            guard let whole = match[0], let keyword = match[1] else { continue }
            // "tỉnh" itself, not the "Tĩnh" of Hà Tĩnh.
            let word = TonePlacement.normalized(body.text(keyword))
            guard word == "tỉnh" || word == "provincia de", body.text(keyword).first?.isLowercase == true else { continue }
            var index = body.tokenIndex(atOrAfter: whole.upperBound)
            var words: [Passage.Token] = []
            while index < body.tokens.count, body.tokens[index].isCapitalized, words.count < 4,
                  words.isEmpty || PlaceFinder.isContiguous([words[words.count - 1], body.tokens[index]][...], in: body) {
                words.append(body.tokens[index])
                index += 1
            }
            guard let first = words.first, let last = words.last, !Self.notNames.contains(first.key),
                  first.range.lowerBound == whole.upperBound, !first.isAllCaps else { continue }
            if context.places.contains(where: { $0.range.lowerBound == first.range.lowerBound }) { continue }
            // "UBND tỉnh Trần Đình Khang ...": a person named after the title.
            if words.count >= 3, Lexicon.surnames.contains(first.key) { continue }
            let name = body.text(first.range.lowerBound..<last.range.upperBound)
            if Self.regions.contains(Folding.key(name)) || words.count == 1 && ["tay", "nam", "bac", "dong"].contains(first.key) { continue }
            if !unknown.contains(name) { unknown.append(name) }
        }
        return unknown.map { "unknown place: \($0)" }
    }
}
