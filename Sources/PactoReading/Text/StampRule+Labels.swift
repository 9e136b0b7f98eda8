import Foundation
import PactoModel

/// What the words beside a stamp say it is: a portal's date of today (not the
/// page's), or the time the page was changed rather than put out.
extension StampRule {
    /// How a portal's line of today's date opens (folded): "Hôm nay: Thứ Sáu, 06/12/2024",
    /// "Hôm nay là ngày 6/12/2024", "Hoy es viernes, 6 de diciembre de 2024", a banner's picture "Banner Ngày 9/5/2025".
    static let todayOpenings = ["hom nay", "bay gio la", "hoy es", "hoy:", "hoy,", "hoy ", "today", "banner"]

    /// Words (folded) that mark a stamp as the page's last change ("Cập nhật: …", "Actualizado: …").
    static let updateLabels = ["cap nhat", "sua doi", "chinh sua", "actualizado", "actualizada", "actualizacion", "modificado", "updated"]
    /// Words (folded) that mark a stamp as the time the page was put out ("Ngày đăng: …", "Publicado: …").
    static let postingLabels = ["ngay dang", "dang luc", "dang ngay", "thoi gian dang", "xuat ban", "publicado", "publicada",
                                "fecha de publicacion", "published", "posted"]

    /// A stamp line that prints today's date for a portal, not the page's stamp.
    static func isTodayLine(_ line: String) -> Bool {
        guard Folding.hasAtMost(90, charactersIn: line), hasFourDigits(line) else { return false }
        let folded = Folding.fold(String(line.prefix(20)))
        guard todayOpenings.contains(where: { folded.hasPrefix($0) }) else { return false }
        return isStampLine(line) || line.split(separator: " ").count <= 8
    }

    /// The line names its stamp the page's last change, and says nothing of when it was put out.
    static func isUpdateLine(_ line: String) -> Bool {
        let folded = Folding.fold(String(line.prefix(120)))
        return updateLabels.contains { ByteSearch.contains($0, in: folded) } && !postingLabels.contains { ByteSearch.contains($0, in: folded) }
    }

    /// The line names its stamp the time the page was put out.
    static func isPostingLine(_ line: String) -> Bool {
        let folded = Folding.fold(String(line.prefix(120)))
        return postingLabels.contains { ByteSearch.contains($0, in: folded) }
    }

    /// "Cập nhật: 12/03/2023 - Ngày đăng: 10/03/2023" on one line: the stamp after the posting label.
    static func postedStamp(in line: String) -> Stamp? {
        guard isPostingLine(line), !isUpdateLine(line) else { return nil }
        let folded = Folding.fold(line)
        // Folding keeps one character for one (a Vietnamese letter folds to one Latin letter).
        guard folded.count == line.count,
              let label = postingLabels.compactMap({ ByteSearch.range(of: $0, in: folded) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: label.lowerBound)
        return firstStamp(in: String(line.dropFirst(offset)))?.stamp
    }
}
