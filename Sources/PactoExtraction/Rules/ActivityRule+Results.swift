import Foundation
import PactoModel

/// A review told by its results: a sentence that opens on the period under
/// review and says what the members did in it ("Năm 2023, các đơn vị trong
/// Cụm đã …", "Theo báo cáo, năm 2019 các cơ quan …", "6 tháng đầu năm 2017,
/// Công an các tỉnh … đã …", "Según el informe, en 2019 los organismos …",
/// "En 2024, las unidades del clúster desplegaron …"). Such an account is
/// the meeting's review when the text names no review, no signing and no launch
/// of its own: a meeting that opens a year often recalls last year's results too.
extension ActivityRule {
    struct ResultsOpening: Sendable {
        var activity: Activity
        /// The sentence's opening, on the folded text from the sentence's first character.
        var opening: TextPattern
        /// A word of the clause that tells it in the past ("đã", "-aron"); nil when the opening says so itself
        /// ("Theo báo cáo, …").
        var past: TextPattern?
    }

    static let vietnamesePast = TextPattern(#"(?<![a-z])(?:da|deu da|deu)(?![a-z])"#)
    static let spanishPast = TextPattern(#"[a-z]{2,}(?:aron|ieron)(?![a-z])|(?<![a-z])(?:han|habian|habia|ha) [a-z]+(?:ado|ido)(?![a-z])"#)

    static let vietnameseResults: [ResultsOpening] = [
        ResultsOpening(activity: .annualReview,
                       opening: TextPattern(#"^(?:theo|qua) (?:bao cao(?: tong ket)?(?: tai hoi nghi)?|do),? (?:trong |qua )?nam (?:20\d\d|qua|vua qua)(?![\d-])"#)),
        ResultsOpening(activity: .midyearReview,
                       opening: TextPattern(#"^(?:theo bao cao,? )?(?:trong |qua )?0?6 thang dau nam(?: 20\d\d)?,? "#),
                       past: vietnamesePast),
        ResultsOpening(activity: .annualReview,
                       opening: TextPattern(#"^(?:trong |qua )?nam (?:20\d\d|qua|vua qua)(?![\d-]),? "#), past: vietnamesePast),
        // "Nhiệm kỳ vừa qua, Cụm đã …": the term under review.
        ResultsOpening(activity: .annualReview,
                       opening: TextPattern(#"^(?:trong |qua )?nhiem ky (?:qua|vua qua)(?: \(?20\d\d ?[-–] ?20\d\d\)?)?,? "#), past: vietnamesePast),
    ]

    static let spanishResults: [ResultsOpening] = [
        ResultsOpening(activity: .annualReview,
                       opening: TextPattern(#"^segun (?:el|su|los) informes?(?: de balance| presentado)?,? (?:en|durante) (?:el ano )?(?:20\d\d|el ano pasado)(?![\d-])"#)),
        ResultsOpening(activity: .midyearReview,
                       opening: TextPattern(#"^(?:en|durante) (?:el )?primer semestre(?: de(?:l ano)? 20\d\d)?,? "#), past: spanishPast),
        ResultsOpening(activity: .annualReview,
                       opening: TextPattern(#"^(?:en|durante) (?:el ano )?20\d\d(?![\d-]),? "#), past: spanishPast),
        ResultsOpening(activity: .annualReview,
                       opening: TextPattern(#"^(?:en|durante) el (?:ultimo|pasado) mandato(?: 20\d\d ?[-–] ?20\d\d)?,? |^(?:en|durante) el mandato (?:anterior|pasado|saliente)(?: 20\d\d ?[-–] ?20\d\d)?,? "#)),
    ]

    /// The first sentence of the body (captions left out) that tells a
    /// period's results, and the review it shows.
    func resultsReview(in passage: Passage) -> (activity: Activity, range: Range<Int>)? {
        for sentence in passage.sentences where sentence.lowerBound < passage.bodyCount {
            guard !passage.isCaption(sentence.lowerBound) else { continue }
            let head = passage.foldedText(sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 180))
            for told in results {
                guard let opening = told.opening.firstRange(in: head) else { continue }
                if let past = told.past {
                    var clause = head[opening.upperBound...]
                    if let stop = clause.firstIndex(where: { $0 == ";" || $0 == ":" }) { clause = clause[..<stop] }
                    guard past.isFound(in: clause) else { continue }
                }
                let length = head.utf16.distance(from: head.startIndex, to: opening.upperBound)
                return (told.activity, sentence.lowerBound..<(sentence.lowerBound + length))
            }
        }
        return nil
    }
}
