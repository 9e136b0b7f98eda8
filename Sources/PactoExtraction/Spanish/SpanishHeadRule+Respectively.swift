import Foundation
import PactoModel

/// "La Policía de A y la Policía de B fueron elegidas jefa y subjefa del
/// Clúster, respectivamente": two units named before a pair of roles take
/// them in order.
extension SpanishHeadRule {
    static let respectivelyCue = "respectivamente"
    /// What joins the two units, the longest first: the article after "y" opens the second.
    static let pairSeparators = [" y a la ", " y la ", " y el ", " y los ", " y las ", " y al ", " y "]

    /// The unit a role of a pair goes to, or nil when the sentence pairs no roles.
    /// The caller checks that the sentence holds ``respectivelyCue``.
    func unitRespectively(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let roles = body.matches(Self.role, in: sentence).compactMap { $0[1] }
        guard roles.count >= 2, roles[1].lowerBound - roles[0].upperBound <= 6,
              let order = roles.firstIndex(of: role), order <= 1,
              let pair = unitBefore(roles[0], in: body, sentence: sentence) else { return nil }
        let units = body.alignedText(pair)
        for separator in Self.pairSeparators {
            guard let found = units.range(of: separator, options: .backwards) else { continue }
            let at = pair.lowerBound + units.distance(from: units.startIndex, to: found.lowerBound)
            let next = pair.lowerBound + units.distance(from: units.startIndex, to: found.upperBound)
            var range = order == 0 ? body.trimmed(pair.lowerBound..<at) : body.trimmed(next..<pair.upperBound)
            // "el Departamento de Educación de Nghe An y el de Ha Tinh": the second named by its place.
            if order == 1, body.alignedText(range).hasPrefix("de "), range.count > 3, body.characters[range.lowerBound + 3].isUppercase {
                range = body.trimmed((range.lowerBound + 3)..<range.upperBound)
            }
            return range.isEmpty ? nil : range
        }
        return nil
    }
}
