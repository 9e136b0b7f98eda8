import Foundation

/// What searching around a set of anchors is expected to cost, per
/// character of text, for ``PatternAnchors`` to choose between the
/// literals of a pattern: finding the anchors' occurrences, then running
/// the pattern over a window around each.
///
/// An occurrence is estimated from how often each character stands in the
/// articles (folded Vietnamese and Spanish). The literals of the rules are
/// words and phrases of the field, far more frequent than independent
/// characters would make them: the product of the characters' shares is
/// raised to 1/√length, which fits the articles' counts of "o", "de",
/// "cac", "tinh", "giao uoc" and "phat dong" within a factor of 3 or so.
enum AnchorCost {
    /// Running the pattern over the whole text costs about 1 a character;
    /// anchors expected to cost as much are not used.
    static let wholeScan = 1.0
    /// Starting the regular-expression engine on a window, in characters searched.
    static let windowStart = 100.0

    static func of(_ cover: [PatternAnchors.Candidate]) -> Double {
        cover.reduce(0) { $0 + of($1) }
    }

    static func of(_ candidate: PatternAnchors.Candidate) -> Double {
        let occurrences: Double
        let lookup: Double
        if candidate.text.isEmpty {
            // Runs of digits are listed once per passage.
            occurrences = digitRun
            lookup = digitRun / 10
        } else {
            occurrences = frequency(of: candidate.text)
            // Found through the positions of its rarest letter, or by a scan of every character.
            let letters = candidate.text.filter { $0 >= 97 && $0 <= 122 }.map(frequency(of:))
            lookup = letters.min().map { $0 / 5 } ?? 1 / 20
        }
        let window = windowStart + Double(candidate.before + candidate.after + candidate.text.count)
        return lookup + occurrences * selectivity(candidate.followers) * selectivity(candidate.predecessors) * window
    }

    /// The share of an anchor's occurrences that one of `words` follows
    /// (or precedes): words that go together are some ten times likelier
    /// beside each other than anywhere. 1 for no words.
    static func selectivity(_ words: [[UInt16]]) -> Double {
        words.isEmpty ? 1 : min(1, 10 * words.reduce(0) { $0 + frequency(of: $1) })
    }

    static func frequency(of text: [UInt16]) -> Double {
        guard !text.isEmpty else { return 1 }
        let independent = text.reduce(1) { $0 * frequency(of: $1) }
        return pow(independent, 1 / Double(text.count).squareRoot())
    }

    static func frequency(of unit: UInt16) -> Double {
        if unit >= 97 && unit <= 122 { return letters[Int(unit - 97)] }
        if unit >= 48 && unit <= 57 { return 0.004 }
        switch unit {
        case 32: return 0.2
        case 44: return 0.013  // ","
        case 10, 46: return 0.006  // line break, "."
        default: return 0.001
        }
    }

    /// The share of characters that start a run of digits.
    static let digitRun = 0.01

    /// How often each letter, a to z, stands in the folded articles.
    static let letters: [Double] = [
        0.082, 0.008, 0.048, 0.037, 0.048, 0.002, 0.030, 0.058, 0.058, 0.001, 0.008, 0.021, 0.018,
        0.077, 0.065, 0.015, 0.004, 0.021, 0.017, 0.052, 0.047, 0.011, 0.001, 0.002, 0.010, 0.001,
    ]
}
