import Foundation
import PactoModel

/// "A và B lần lượt là Cụm trưởng và Cụm phó", "bầu A, B lần lượt làm
/// Trưởng khối, Phó khối": two units named before "lần lượt" take the two
/// roles after it in order.
extension HeadRule {
    /// The cue, folded; and how far after it the second role may stand.
    static let respectivelyCue = "lan luot"
    static let respectivelyReach = 60

    /// The unit a role after "lần lượt" goes to, or nil when the role has no such pair.
    func unitRespectively(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        let lead = body.alignedText(sentence.lowerBound..<role.lowerBound)
        guard let found = lead.range(of: Self.respectivelyCue, options: .backwards) else { return nil }
        let cue = sentence.lowerBound + lead.distance(from: lead.startIndex, to: found.lowerBound)
        guard role.lowerBound - cue <= Self.respectivelyReach else { return nil }
        let order = body.matches(Self.role, in: cue..<role.lowerBound).count
        guard order <= 1 else { return nil }
        // The two units: split the clause before the cue at its last "và" or comma.
        let units = body.alignedText(sentence.lowerBound..<cue)
        var split: Range<String.Index>?
        for separator in [" va ", ", "] {
            if let last = units.range(of: separator, options: .backwards), split.map({ last.lowerBound > $0.lowerBound }) ?? true {
                split = last
            }
        }
        guard let split else { return nil }
        let separator = sentence.lowerBound + units.distance(from: units.startIndex, to: split.lowerBound)
        if order == 0 { return unitBefore(separator..<separator, in: body, sentence: sentence) }
        let second = body.trimmed((sentence.lowerBound + units.distance(from: units.startIndex, to: split.upperBound))..<cue)
        return second.isEmpty ? nil : second
    }
}
