import Foundation
import PactoModel

/// A unit of a text that alignment pairs with units of the other text: the
/// title, a paragraph, a heading, a caption, or a sentence of one of them.
struct Segment: Sendable {
    enum Kind: String, Sendable, Hashable, Codable {
        case title, paragraph, heading, caption, sentence
    }

    /// Position among the document's segments.
    var index: Int
    var kind: Kind
    var text: String
    /// Index of the article block it comes from (nil for the title).
    var block: Int?
    /// Character range inside ``Article/body`` (nil for the title and captions).
    var bodyRange: Range<Int>?
    var anchors: Anchors
    /// Characters that abbreviations stand for beyond their own ("TN&MT"
    /// is "Tài nguyên và Môi trường" in a translation).
    var expansion = 0

    /// Length used to compare segments across languages: abbreviations count
    /// as the words they stand for.
    var length: Int { text.count + expansion }

    /// Words, for deciding whether a segment is substantial.
    var wordCount: Int { text.split(whereSeparator: \.isWhitespace).count }
}

/// Cuts articles into segments and finds their anchors.
struct Segmenter: Sendable {
    let finder: AnchorFinder

    /// The title, then every block of the article in order (captions included).
    func segments(of article: Article, language: Language) -> [Segment] {
        var segments: [Segment] = []
        if let title = article.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty {
            segments.append(make(index: 0, kind: .title, text: title, block: nil, bodyRange: nil, language: language))
        }
        let ranges = article.bodyRanges
        for (number, block) in article.blocks.enumerated() {
            let text = block.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let kind: Segment.Kind = switch block.kind {
            case .paragraph, .byline: .paragraph
            case .heading: .heading
            case .caption: .caption
            }
            segments.append(make(
                index: segments.count, kind: kind, text: text, block: number,
                bodyRange: number < ranges.count ? ranges[number] : nil, language: language))
        }
        return segments
    }

    /// The sentences of one segment, as segments of their own.
    func sentences(of segment: Segment, language: Language) -> [Segment] {
        Self.sentenceRanges(in: segment.text).enumerated().map { index, range in
            let characters = Array(segment.text)
            let text = String(characters[range])
            return Segment(
                index: index, kind: .sentence, text: text, block: segment.block,
                bodyRange: segment.bodyRange.map { ($0.lowerBound + range.lowerBound)..<($0.lowerBound + range.upperBound) },
                anchors: segment.anchors.anchors(in: range).shifted(by: -range.lowerBound))
        }
    }

    func make(index: Int, kind: Segment.Kind, text: String, block: Int?, bodyRange: Range<Int>?, language: Language) -> Segment {
        let scanned = ScannedText(text)
        let anchors = finder.anchors(of: scanned, language: language)
        var expansion = 0
        for anchor in anchors.anchors(.field) where anchor.range.count < 9 {
            expansion += max(0, anchor.key.count - 3 - anchor.range.count)
        }
        for token in scanned.tokens where token.key.count >= 3 && token.key.count <= 6 {
            if let full = Self.bodies[token.key], scanned.string(token.range).allSatisfy({ !$0.isLowercase }) {
                expansion += full - token.key.count
            }
        }
        return Segment(index: index, kind: kind, text: text, block: block, bodyRange: bodyRange, anchors: anchors, expansion: expansion)
    }

    /// Common abbreviations of bodies (folded) and the length of what they stand for.
    static let bodies: [String: Int] = [
        "ubnd": 15, "hdnd": 17, "mttq": 16, "hdtdkt": 30, "ldld": 18, "cand": 16, "tp": 9, "hcm": 11, "tphcm": 20,
        "btv": 20, "bch": 20, "cnvc": 22, "cbcc": 20, "ccvc": 20, "nld": 14,
    ]

    /// Sentence ranges: cut after ".", "!" or "?" followed by a space
    /// and a capital letter, a digit or a quote; never inside "TP.", "n.º", "No.".
    static func sentenceRanges(in text: String) -> [Range<Int>] {
        let characters = Array(text)
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " " {
                let next = characters[index + 2]
                let word = Self.wordBefore(index, in: characters)
                let abbreviation = character == "." && ((!word.isEmpty && word.count <= 2) || ["tp", "no", "nro", "sr", "sra", "dr", "ts", "ths"].contains(word.lowercased()))
                if !abbreviation, next.isUppercase || next.isNumber || next == "\u{201C}" || next == "\"" {
                    ranges.append(start..<(index + 1))
                    start = index + 2
                }
            }
            index += 1
        }
        if start < characters.count { ranges.append(start..<characters.count) }
        return ranges.filter { range in characters[range].contains { $0.isLetter || $0.isNumber } }
    }

    static func wordBefore(_ index: Int, in characters: [Character]) -> String {
        var start = index
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        return String(characters[start..<index])
    }
}
