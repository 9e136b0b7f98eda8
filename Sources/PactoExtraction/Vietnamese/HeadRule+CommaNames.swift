import Foundation
import PactoModel

/// Units whose names hold commas ("Sở Văn hóa, Thể thao và Du lịch", "Cục
/// Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo
/// dưỡng"): a comma inside such a name ends no clause and no unit.
extension HeadRule {
    /// Names with commas beyond the gazetteer's ministries, as printed.
    static let namesWithCommas = [
        "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
        "Trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
    ]

    /// Every name with a comma, folded, without its first word ("Sở", "Bộ",
    /// "Cục"), so that a ministry's field names its department as well.
    static let commaFields: [String] = {
        let ministries = Gazetteer.standard.ministries.flatMap { [$0.name] + ($0.department.map { [$0] } ?? []) }
        let fields = (ministries + namesWithCommas).filter { $0.contains(",") }.map { name in
            Folding.fold(name).split(separator: " ").dropFirst().joined(separator: " ")
        }
        return Array(Set(fields)).sorted()
    }()

    /// The comma at `offset` stands inside a name of ``commaFields``.
    static func commaInsideName(at offset: Int, in body: Passage, sentence: Range<Int>) -> Bool {
        let text = body.alignedText(sentence)
        for field in commaFields {
            var from = text.startIndex
            while let found = ByteSearch.range(of: field, in: text, from: from) {
                let lower = sentence.lowerBound + text.distance(from: text.startIndex, to: found.lowerBound)
                let upper = sentence.lowerBound + text.distance(from: text.startIndex, to: found.upperBound)
                if lower < offset && offset < upper { return true }
                from = found.upperBound
            }
        }
        return false
    }
}
