import Foundation
import PactoModel

/// Tells a photo caption from the article's text: the one rule both readers
/// apply to the blocks they keep, so that every later stage (extraction,
/// checks, the record) reads the caption as decided here.
///
/// A caption credits a photo ("… Ảnh: Thanh Mỹ", "Foto: VPCTN") or
/// describes one ("Quang cảnh hội nghị", "Đồng chí … phát biểu tại hội
/// nghị."). In a plain-text capture, where no markup says what a line is, a
/// short line without closing punctuation between two paragraphs is one too.
enum CaptionRule {
    /// How a line describing a photo opens (folded).
    static let sceneOpenings = [
        "quang canh", "toan canh", "mot so hinh anh", "canh ", "cac dai bieu chup anh",
        // Spanish: "Vista general de la conferencia", "Panorámica del acto", "Aspecto de la sesión"
        "vista general", "vista de la", "vista del", "panoramica de", "panoramica del", "panorama de la", "aspecto de la",
        "aspecto del", "algunas imagenes", "los delegados posan", "foto de familia",
    ]
    /// Verbs of a photo description, in lower case with their diacritics
    /// ("trao", not the "trào" of "phong trào"): a line without a final
    /// stop that holds one describes a photo.
    static let pictureVerbs = [
        "phát biểu", "ký kết", "kí kết", "trao ", "tặng hoa", "chụp ảnh", "tham quan", "ký giao ước", "kí giao ước",
        "chủ trì", "báo cáo",
        // Spanish captions tell in the present ("Siete unidades firman el convenio", "El coronel … entrega la bandera")
        "firman ", "entrega ", "entregan ", "otorga ", "otorgan ", "preside ", "presiden ", "se toman una foto",
        "se toman foto", "posan ", "ofrece flores", "ofrecen flores", "obsequia flores", "felicita ", "felicitan ",
        "visitan ", "recorren ",
    ]
    /// A speaker's verb (folded) that ends a caption, a final stop allowed ("… phát biểu tại hội nghị.",
    /// "… interviene en la Conferencia", "… pronuncia un discurso de orientación en la conferencia").
    static let speechVerbs = ["phat bieu", "interviene", "pronuncia un discurso", "toma la palabra"]
    /// How a report of the meeting opens, by its time or place, or by the
    /// speech before its speaker ("Phát biểu chỉ đạo hội nghị, đồng chí …")
    /// (folded): not a caption.
    static let reportOpenings = [
        "sang ", "chieu ", "toi ", "trua ", "ngay ", "hom nay", "vua qua", "tai ", "moi day", "(", "phat bieu ",
        "la manana", "la tarde", "la noche", "el dia ", "en la ", "en el ", "al intervenir", "en su intervencion", "en su discurso",
        "interviniendo",
    ]
    /// Verbs of reported speech (folded): a line that goes on after
    /// "phát biểu" to report what was said is not a caption.
    static let reportingVerbs = [
        "cho biet", "nhan manh", "de nghi", "khang dinh", "yeu cau",
        "dijo", "afirmo", "subrayo", "destaco", "senalo", "pidio", "propuso", "indico", "enfatizo", "expreso",
    ]
    /// What credits a photo, anywhere in a line (lower case).
    static let creditLabels = ["ảnh:", "foto:", "(ảnh", "photo:", "fotografía:"]

    /// How a line naming a person first opens (folded): a rank or a form of address before the name.
    static let personOpenings = [
        "dong chi ", "d/c ", "ong ", "ba ", "dai tuong ", "thuong tuong ", "trung tuong ", "thieu tuong ", "dai ta ",
        "thuong ta ", "trung ta ", "thieu ta ", "chuan do doc ", "pho do doc ", "el camarada ", "la camarada ",
        "los camaradas ", "el general de division ", "el general de brigada ", "el general ", "el teniente general ", "el coronel ", "el teniente coronel ", "el mayor general ",
        "el contraalmirante ", "el senor ", "la senora ",
    ]

    /// "Trung tướng Nguyễn Song Phi, Ủy viên Thường vụ … đến dự hội nghị", "El camarada Nguyen Van An, jefe del …":
    /// a rank or form of address, a name of two to five capitalised words, then a comma: a photo's line that
    /// names who is in it, never a headline.
    static func namesPersonFirst(_ line: String) -> Bool {
        guard Folding.hasAtMost(300, charactersIn: line), let comma = line.firstIndex(of: ",") else { return false }
        let head = String(line[..<comma])
        let folded = Folding.fold(head) + ","
        guard let opening = personOpenings.first(where: { folded.hasPrefix($0) }) else { return false }
        let name = head.split(separator: " ").dropFirst(opening.split(separator: " ").count)
        return (2...5).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Where a line stands in a plain-text capture's body.
    struct Placement: Sendable {
        var isFirst: Bool
        var isLast: Bool
    }

    /// `line` is a caption. `placement` is given for the lines of a
    /// plain-text capture; the HTML reader, whose markup marks captions,
    /// gives none.
    static func isCaption(_ line: String, placement: Placement? = nil) -> Bool {
        if isPhotoCredit(line) || describesPicture(line) { return true }
        guard let placement, !placement.isFirst, !placement.isLast else { return false }
        return standsBetweenParagraphs(line)
    }

    /// A line that credits a photo ("… Ảnh: Thanh Mỹ", "Foto: VPCTN", "Ảnh tư liệu").
    static func isPhotoCredit(_ line: String) -> Bool {
        // At most 300 characters (counted no further than that).
        guard Folding.hasAtMost(300, charactersIn: line) else { return false }
        let lower = line.lowercasedLatin()
        if creditLabels.contains(where: { ByteSearch.contains($0, in: lower) }) || lower.hasPrefix("ảnh ") { return true }
        // The label written without its diacritics ("Anh: Thanh My").
        guard ByteSearch.contains("anh", in: lower), Folding.hasAtMost(219, charactersIn: line) else { return false }
        let folded = Folding.fold(line.trimmingWhitespace())
        return ByteSearch.contains("anh:", in: folded) || folded.hasPrefix("anh ")
    }

    /// A short line that describes a picture: a scene ("Quang cảnh hội
    /// nghị"), one sentence that ends on a speaker ("Đồng chí … phát biểu
    /// tại hội nghị."), or a line that closes no sentence and names what
    /// the picture shows ("… ký kết giao ước thi đua").
    static func describesPicture(_ line: String) -> Bool {
        guard line.utf8.count < 1000 else { return false }
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty, Folding.hasAtMost(219, charactersIn: trimmed) else { return false }
        let folded = Folding.fold(trimmed)
        if sceneOpenings.contains(where: { folded.hasPrefix($0) }) { return true }
        // One sentence only, not the opening of a report.
        guard !ByteSearch.contains(". ", in: String(trimmed.dropLast())) else { return false }
        if reportOpenings.contains(where: { folded.hasPrefix($0) }) { return false }
        // "<Title> <Name> phát biểu tại hội nghị.": the verb near the end, nothing reported after it.
        // Only the line's end can hold it: searched there.
        let end = String(folded.suffix(70))
        for speech in speechVerbs {
            guard let verb = ByteSearch.range(of: speech, in: end, backwards: true),
                  end.distance(from: verb.upperBound, to: end.endIndex) < 45 else { continue }
            if !reportingVerbs.contains(where: { ByteSearch.contains($0, in: folded) }) { return true }
        }
        // A line that closes no sentence names what the picture shows.
        guard let last = trimmed.last, !".!?…;:".contains(last) else { return false }
        let lower = TonePlacement.normalized(trimmed)
        return pictureVerbs.contains { ByteSearch.contains($0, in: lower) }
    }

    /// A line of a text capture between paragraphs that closes no sentence
    /// (a caption keeps no final stop), at most 250 characters.
    static func standsBetweenParagraphs(_ line: String) -> Bool {
        guard let last = line.last, Folding.hasAtMost(250, charactersIn: line) else { return false }
        return !".!?…;:\"”)»".contains(last) && !line.hasSuffix("./.")
    }
}

private extension String {
    /// The text without white space at either end (Unicode's White_Space
    /// property: the set of Foundation's whitespacesAndNewlines), without a
    /// round trip through NSString.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, scalars[lower].properties.isWhitespace { lower = scalars.index(after: lower) }
        while upper > lower, scalars[scalars.index(before: upper)].properties.isWhitespace { upper = scalars.index(before: upper) }
        return String(scalars[lower..<upper])
    }
}
