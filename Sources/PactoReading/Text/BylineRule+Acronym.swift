import Foundation
import PactoModel

extension BylineRule {
    /// How a Vietnamese syllable may open before its vowels (folded): a name's syllable opens with one of these or a vowel.
    static let syllableOnsets: Set<String> = [
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
        "ch", "gh", "gi", "kh", "ng", "ngh", "nh", "ph", "qu", "th", "tr",
    ]
    /// How it may close after its vowels (folded).
    static let syllableCodas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// An office's or a firm's initials signing a text ("TĐKT", "MBEC", "VPTT"): one word of four capitals or more
    /// without a stop that no Vietnamese syllable spells. A writer's name ("HÀ", "T.VĂN") is spelt by syllables.
    static func isAcronym(_ text: String) -> Bool {
        let word = text.trimming(" ")
        guard word.count >= 4, word.count <= 8, word.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return false }
        let folded = Folding.fold(word)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        let onset = folded.prefix { !vowels.contains($0) }
        let nucleus = folded.dropFirst(onset.count).prefix { vowels.contains($0) }
        let coda = folded.dropFirst(onset.count + nucleus.count)
        guard !nucleus.isEmpty, nucleus.count <= 3 else { return true }
        return !(onset.isEmpty || syllableOnsets.contains(String(onset))) || !syllableCodas.contains(String(coda))
    }
}
