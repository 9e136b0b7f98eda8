import Foundation
import PactoModel

/// A meeting told by what is said there of the cluster's results: a guest
/// or the head praises or affirms them ("Phó Chủ tịch … đánh giá cao những
/// kết quả mà các đơn vị trong Cụm đạt được", "thay mặt Cụm khẳng định các
/// hoạt động của Cụm …", "valoró altamente los resultados logrados por el
/// grupo", "afirmó que las actividades del Clúster …"), or tells they were
/// won ("Cụm thi đua số 1 đạt nhiều kết quả đáng ghi nhận", "el Clúster n.º 1
/// logra muchos resultados notables", in the body or the headline). Such a sentence is
/// the meeting's review when the text shows no other business at all, and
/// only when it names the cluster or the meeting: a praise of a sector or a
/// province says nothing of a cluster's meeting. A half year named in the
/// sentence or the title ("6 tháng hoạt động", "seis meses") makes it the
/// mid-year review.
extension ActivityRule {
    /// What a guest or the head says of the results.
    static let vietnameseAppraisal = Pattern(#"(?<![a-z])(?:danh gia cao|ghi nhan|bieu duong|hoan nghenh|khang dinh)(?:,? (?:va )?(?:ghi nhan|bieu duong|danh gia cao))? (?:nhung |cac )?(?:ket qua|thanh tich|thanh qua|hoat dong|no luc)(?![a-z])|(?<![a-z])dat(?: duoc)? (?:nhieu |nhung )?ket qua (?:dang ghi nhan|noi bat|toan dien|quan trong|tich cuc|an tuong|dang khich le)"#)
    static let spanishAppraisal = Pattern(#"(?<![a-z])(?:valoro|valoraron|elogio|elogiaron|reconocio|reconocieron|destaco|destacaron|encomio|aprecio|felicito)(?: altamente| positivamente| mucho| en alto grado| muy positivamente)? (?:los |las )?(?:resultados|logros|actividades|esfuerzos)(?![a-z])|(?<![a-z])(?:afirmo|afirmaron|subrayo|aseguro) que (?:los resultados|las actividades|los logros)(?![a-z])|(?<![a-z])(?:logra|logran|logro|lograron|alcanza|alcanzan|alcanzo|alcanzaron|obtiene|obtienen|obtuvo|obtuvieron) (?:muchos |numerosos |importantes |notables )?(?:resultados|logros) (?:notables|destacables|integrales|importantes|positivos|sobresalientes|dignos de reconocimiento)"#)

    /// Words of the sentence that make the praise the cluster's or the meeting's.
    static let appraisalSubjects: Set<String> = ["cum", "khoi", "cluster", "bloque", "grupo", "conferencia", "reunion"]
    static let appraisalMeetings: [[String]] = [["hoi", "nghi"], ["cuoc", "hop"], ["buoi", "hop"]]
    /// A half year named with the praise or in the title: the mid-year review.
    static let halfYearWords = ["6 thang", "sau thang", "seis meses", "6 meses", "semestre", "semestral"]

    /// The review a praise of the results shows, and where.
    func appraisedReview(in context: Context) -> (activity: Activity, range: Range<Int>?)? {
        guard let pattern = appraisal else { return nil }
        for passage in [context.body, context.title] {
            for match in passage.matchSequence(pattern) {
                guard let whole = match[0] else { continue }
                if isPlannedLater(whole, in: passage) || isPassingMention(whole, in: passage) { continue }
                let sentence = passage.sentence(containing: whole.lowerBound)
                guard namesClusterOrMeeting(sentence, in: passage) else { continue }
                let around = passage.foldedText(sentence) + " " + context.title.foldedText(0..<context.title.count)
                let half = Self.halfYearWords.contains { ByteSearch.contains($0, in: around) }
                return (half ? .midyearReview : .annualReview, passage === context.body ? whole : nil)
            }
        }
        return nil
    }

    func namesClusterOrMeeting(_ sentence: Range<Int>, in passage: Passage) -> Bool {
        let tokens = passage.tokens
        var index = passage.tokenIndex(atOrAfter: sentence.lowerBound)
        while index < tokens.count, tokens[index].range.upperBound <= sentence.upperBound {
            if Self.appraisalSubjects.contains(tokens[index].key) { return true }
            if Self.appraisalMeetings.contains(where: { words($0, at: index, in: tokens) }) { return true }
            index += 1
        }
        return false
    }
}
