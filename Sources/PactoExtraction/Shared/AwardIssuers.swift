import Foundation
import PactoModel

/// The issuers of awards compared and parted: "UBND tỉnh" and "Chủ tịch UBND tỉnh" may tell one award,
/// "Chính phủ" and "UBND tỉnh" two; "Thủ tướng Chính phủ, UBND tỉnh" names two issuers.
enum AwardIssuers {
    /// Words that open an issuer's name (folded): a body or an official.
    static let openings: [String] = Lexicon.unitHeadWords + Lexicon.titles.map { $0 + " " }
        + ["chinh phu ", "thu tuong ", "chu tich nuoc ", "gobierno ", "primer ministro ", "comite popular "]

    /// Two issuers that may name one award: either missing, or one's folded name (UBND written
    /// out) within the other's ("Chủ tịch UBND tỉnh" and "UBND tỉnh", "Thủ tướng Chính phủ" and "Chính phủ").
    static func same(_ left: String?, _ right: String?) -> Bool {
        guard let left, let right else { return true }
        let a = key(left), b = key(right)
        return a.contains(b) || b.contains(a)
    }

    static func key(_ issuer: String) -> String {
        Folding.key(issuer).replacingOccurrences(of: "uy ban nhan dan", with: "ubnd")
    }

    /// One award for each issuer of a list whose every part opens with a body or an official
    /// ("Thủ tướng Chính phủ, UBND tỉnh"); "Bộ Văn hóa, Thể thao và Du lịch" stays one.
    static func split(_ award: Award) -> [Award] {
        guard let issuer = award.issuer, issuer.contains(",") else { return [award] }
        let parts = issuer.components(separatedBy: ",").flatMap { $0.components(separatedBy: " và ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1, parts.allSatisfy({ part in
            part.first?.isUppercase == true && Lexicon.opens(Folding.fold(part) + " ", withOneOf: openings)
        }) else { return [award] }
        return parts.map { part in
            var one = award
            one.issuer = part
            return one
        }
    }
}
