import Foundation
import PactoModel

/// The header of a plain-text capture: which line is the headline, which the
/// page's stamp, who wrote it, and which lines under the headline belong to
/// the article (a photo's line, a subtitle) rather than to the page.
extension PlainTextReader {
    struct Header {
        var titleIndex: Int?
        var stampIndex: Int?
        /// Lines under the headline kept for the article, in order: a photo's line (a caption) or a subtitle.
        var kept: [(index: Int, kind: Block.Kind)] = []
    }

    /// Reads the lines before `bodyStart`; sets the article's stamp and header
    /// writers, and rewrites a headline line that carried its stamp.
    static func readHeader(_ lines: inout [String], bodyStart: Int, into article: inout Article) -> Header {
        var header = Header()
        var stampAboveTitle = false
        var stampIsUpdate = false
        var followsWriter = false
        for index in 0..<bodyStart {
            let line = strippingCMSLeftovers(lines[index])
            // "Trần Thị Thu Hà" then "Phó Trưởng phòng Tổ chức - Hành chính": the writer's post, the page's.
            if followsWriter, letterWords(line) <= 10, stamp(in: line) == nil {
                followsWriter = false
                continue
            }
            followsWriter = false
            // "Viết bởi Andy - Th9 21, 2017": the writer named in the header, before the stamp.
            let headerAuthors = BylineRule.headerAuthors(in: line)
            if article.authors.isEmpty, let headerAuthors { article.authors = headerAuthors }
            if headerAuthors != nil, article.published != nil || stamp(in: line) == nil { continue }
            let replacesUpdate = stampIsUpdate && StampRule.isPostingLine(line)
            if article.published == nil || stampAboveTitle && header.titleIndex != nil || replacesUpdate, let stamp = stamp(in: line) {
                // A portal prints today's date above the headline, the page's stamp under it: the one under it.
                // "Cập nhật: …" then "Ngày đăng: …": the day it was put out.
                stampAboveTitle = article.published == nil && header.titleIndex == nil
                stampIsUpdate = StampRule.isUpdateLine(line)
                article.published = stamp
                header.stampIndex = index
                continue
            }
            if article.published == nil, let (title, stamp) = titleAndStamp(in: line) {
                // "TP.HCM: Các TAND … tổng kết phong trào thi đua 07/10/2025 15:57"
                article.published = stamp
                lines[index] = title
                header.stampIndex = nil
                header.titleIndex = index
                continue
            }
            // "Đinh Thị Mai Yên", "Bài, ảnh: Minh Anh" under the headline: the writer, not a headline.
            if header.titleIndex != nil, let names = BylineRule.namesUnderHeadline(line) {
                if article.authors.isEmpty { article.authors = names }
                followsWriter = !BylineRule.hasLabel(line)
                continue
            }
            guard isTitleLike(line) else { continue }
            // A photo's line that names who is in it first ("Trung tướng Nguyễn Song Phi, Phó Chủ tịch … dự hội nghị"):
            // the article's caption, not its headline.
            if CaptionRule.namesPersonFirst(line) {
                header.kept.append((index, .caption))
                continue
            }
            guard let current = header.titleIndex else {
                header.titleIndex = index
                continue
            }
            let title = strippingCMSLeftovers(lines[current])
            // A headline printed twice (above and under the stamp or byline), or again over two lines: the first one.
            if sameWords(title, line) || repeatsPart(of: title, line) { continue }
            // A headline in capitals wrapped onto the next line, which opens on a word that carries on a phrase
            // ("LANZAMIENTO Y FIRMA DEL PACTO DEL MOVIMIENTO" then "DE EMULACIÓN PATRIÓTICA …"): one headline.
            if current == index - 1, header.stampIndex.map({ $0 < current }) ?? true, continuesInCapitals(title, line) {
                lines[current] = title + " " + line
                continue
            }
            // A photo's line under the headline ("Toàn cảnh hội nghị …", two sentences run together) keeps
            // it, and is read as the caption it is.
            if readsAsPhotoLine(line) {
                header.kept.append((index, .caption))
                continue
            }
            // A site's name, a banner, a menu or a kicker above the headline gives way to it; so does any line
            // above a headline, unless the later line comes after the headline's stamp, describes a photo, or
            // runs twice as long as the headline (a subtitle: a kicker is the shorter), or names an office.
            let afterStamp = header.stampIndex.map { $0 > current } ?? false
            let isSubtitle = letterWords(line) >= max(15, 2 * letterWords(title))
            let readsAsOther = isSubtitle || CaptionRule.describesPicture(line) || BylineRule.isOfficeLine(line)
            // The line the page's stamp stands under is its headline, however long, when the earlier one has none
            // under it (a site's name: "Liên hiệp hội … Ninh Bình", then the headline and "Thứ Hai, 18/12/2023").
            let headsStamp = !afterStamp && isSubtitle && stampFollows(index, in: lines, before: bodyStart)
                && !stampFollows(current, in: lines, before: bodyStart) && !CaptionRule.describesPicture(line)
            if givesWay(title, to: line) || !afterStamp && !readsAsOther || headsStamp {
                header.titleIndex = index
                header.kept.removeAll()
                continue
            }
            // Under the headline, a subtitle or a photo's line ("Đại diện các đơn vị ký giao ước thi đua"):
            // the article's, not the page's. A short line (the writer's post) is the page's.
            if letterWords(line) >= 6 {
                header.kept.append((index, CaptionRule.describesPicture(line) ? .caption : .paragraph))
            }
        }
        return header
    }

    /// Words (folded) a line cannot open with unless it carries on the line before ("của", "và", "de", "del", "y").
    static let continuingWords: Set<String> = ["cua", "va", "tai", "cho", "voi", "trong", "ve", "de", "del", "y", "e", "en", "para", "con", "al"]

    /// Two headline lines in capitals, the second carrying on the first's phrase.
    static func continuesInCapitals(_ title: String, _ line: String) -> Bool {
        guard isInCapitals(title), isInCapitals(line), letterWords(title) >= 4, let last = title.last,
              !".:;!?…".contains(last), let first = line.split(separator: " ").first else { return false }
        return continuingWords.contains(Folding.fold(String(first)))
    }

    /// The line after `index`, in the header, is the page's stamp.
    static func stampFollows(_ index: Int, in lines: [String], before bodyStart: Int) -> Bool {
        let next = index + 1
        guard next < bodyStart, next < lines.count, !StampRule.isTodayLine(lines[next]) else { return false }
        return stamp(in: lines[next]) != nil
    }

    /// How a site's name or greeting banner opens (folded): printed above the headline, never the headline.
    static let bannerOpenings = [
        "cong thong tin", "trang thong tin", "trang tin dien tu", "bao dien tu", "chao mung", "welcome", "bienvenid",
        "portal de informacion", "portal oficial", "sitio web", "pagina web", "saludamos",
    ]

    /// The current headline reads as page furniture beside a later line that
    /// reads as a headline: a short line (a paper's name, "Skip to main
    /// content"), a line in lower case (tags), a bar of links, a banner, or
    /// a kicker in capitals above a headline in sentence case that describes
    /// no photo.
    static func givesWay(_ current: String, to later: String) -> Bool {
        let laterWords = letterWords(later)
        guard laterWords >= 4, later.first?.isLowercase != true else { return false }
        if letterWords(current) <= 5 || current.first?.isLowercase == true || current.contains("|") { return true }
        if current.hasSuffix("!") || current.hasPrefix("¡") { return true }
        let folded = Folding.fold(String(current.prefix(40)))
        if bannerOpenings.contains(where: { folded.hasPrefix($0) }) { return true }
        return isInCapitals(current) && !isInCapitals(later) && laterWords >= 6 && !CaptionRule.describesPicture(later)
    }

    /// A line whose letters are all capitals ("CỤM THI ĐUA 5 THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG").
    static func isInCapitals(_ line: String) -> Bool {
        line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// Words holding a letter.
    static func letterWords(_ line: String) -> Int {
        line.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count
    }

    /// A piece of the headline printed again on its own line ("HỘI NGHỊ TỔNG KẾT … NĂM 2020" then
    /// "VÀ TỔNG KẾT 5 NĂM …" under the headline in one line): its words, three or more, run inside the headline's.
    static func repeatsPart(of title: String, _ line: String) -> Bool {
        let words = { (text: String) in text.lowercasedLatin().split { !$0.isLetter && !$0.isNumber } }
        let piece = words(line)
        let whole = words(title)
        guard piece.count >= 3, piece.count < whole.count else { return false }
        return (0...(whole.count - piece.count)).contains { whole[$0..<($0 + piece.count)].elementsEqual(piece) }
    }
}
