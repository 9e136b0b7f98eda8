import Foundation
import PactoModel

extension HeadRule {
    /// "Cụm phó là X", "Cụm trưởng Cụm thi đua số 5, Bộ Công an năm 2018 là X".
    func unitAfter(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        if let unit = unitInApposition(role, in: body, sentence: sentence) { return unit }
        var index = body.tokenIndex(atOrAfter: role.upperBound)
        let limit = min(sentence.upperBound, role.upperBound + 75)
        // "X chuyển giao nhiệm vụ Cụm trưởng cho Y": Y takes the role.
        let handsOver = Self.handingOver.isFound(in: body.foldedText(sentence.lowerBound..<role.lowerBound))
        var handedOn = false
        while index < body.tokens.count, body.tokens[index].range.lowerBound < limit {
            let token = body.tokens[index]
            // "Cụm trưởng năm 2024: Sở Y tế": a colon works as "là".
            let previousEnd = index > 0 ? body.tokens[index - 1].range.upperBound : role.upperBound
            let colon = previousEnd >= role.upperBound && ByteSearch.contains(":", in: body.text(previousEnd..<token.range.lowerBound))
            // "Khối trưởng (vẫn) do X đảm nhiệm": X up to the verb that takes the role.
            if !token.isCapitalized && token.lower == "do" {
                return unitTakingRole(from: token.range.upperBound, in: body, sentence: sentence)
            }
            // "Cụm trưởng năm 2025 (Sở Tư pháp tỉnh Hà Tĩnh)": a unit in brackets right after the role.
            if previousEnd >= role.upperBound, ByteSearch.contains("(", in: body.text(previousEnd..<token.range.lowerBound)),
               token.isCapitalized, Lexicon.isHeadSpelling(token, rest: body.foldedText(token.range.lowerBound..<limit) + " "),
               Lexicon.opens(body.foldedText(token.range.lowerBound..<limit) + " ", withOneOf: Lexicon.unitHeadWords),
               let close = body.characters[token.range.lowerBound..<sentence.upperBound].firstIndex(of: ")") {
                let range = body.trimmed(token.range.lowerBound..<close)
                return range.isEmpty || body.firstMatch(Self.role, in: range) != nil ? nil : range
            }
            // "bàn giao nhiệm vụ Cụm trưởng cho Y", "… từ X sang Y": Y takes the role.
            // "Cụm trưởng năm 2026 thuộc về X": a link of two words.
            let belongs = !token.isCapitalized && token.key == "thuoc" && index + 1 < body.tokens.count && body.tokens[index + 1].key == "ve"
            if colon || belongs || !token.isCapitalized && (token.key == "la" || (handsOver || handedOn) && ["cho", "sang"].contains(token.lower)) {
                let start = colon ? token.range.lowerBound : belongs ? body.tokens[index + 1].range.upperBound : token.range.upperBound
                var end = start
                var depth = 0
                while end < sentence.upperBound {
                    let character = body.characters[end]
                    if character == "(" { depth += 1 }
                    if character == ")" { depth -= 1 }
                    if depth <= 0 && character == ",", Self.continuesName(start..<end, in: body, sentence: sentence)
                        || Self.commaInsideName(at: end, in: body, sentence: sentence) {
                        end += 1
                        continue
                    }
                    if depth <= 0 && (character == "," || character == ";" || character == "." && end + 1 < body.count
                        && body.characters[end + 1] == " ") { break }
                    end += 1
                }
                var range = body.trimmed(start..<end)
                // "là đồng chí A, Giám đốc Sở X": the person's unit, in the clause after the name.
                let opening = TonePlacement.normalized(body.text(range))
                if ["đồng chí ", "ông ", "bà "].contains(where: { opening.hasPrefix($0) }), end < sentence.upperBound {
                    var next = end + 1
                    while next < sentence.upperBound, !",;.".contains(body.characters[next]) { next += 1 }
                    let clause = body.trimmed((end + 1)..<next)
                    guard let head = body.tokens(in: clause).first(where: { token in
                        guard token.isCapitalized else { return false }
                        let rest = body.foldedText(token.range.lowerBound..<clause.upperBound) + " "
                        return Lexicon.isHeadSpelling(token, rest: rest) && Lexicon.opens(rest, withOneOf: Lexicon.unitHeadWords)
                    }) else { return nil }
                    range = body.trimmed(head.range.lowerBound..<clause.upperBound)
                }
                // "là X và Phó khối là Y": X stops before the next role.
                if let next = body.firstMatch(Self.role, in: range)?[0] {
                    let before = body.foldedText(range.lowerBound..<next.lowerBound)
                    guard before.hasSuffix(" va") || before.hasSuffix(" va don vi") else { return nil }
                    let cut = body.folded.slice(range.lowerBound..<next.lowerBound)
                    guard let va = cut.range(of: " va ", options: .backwards) else { return nil }
                    range = body.trimmed(range.lowerBound..<(range.lowerBound + cut.distance(from: cut.startIndex, to: va.lowerBound)))
                }
                return range.isEmpty ? nil : range
            }
            if !token.isCapitalized && token.lower == "được",
               Self.passiveHandover.isFound(in: body.foldedText(token.range.upperBound..<min(limit, token.range.upperBound + 25)) + " ") {
                handedOn = true
                index += 1
                continue
            }
            if !token.isCapitalized && (Self.gapVerbs.contains(token.lower)
                || Self.speaks(token.lower, then: index + 1 < body.tokens.count ? body.tokens[index + 1].lower : nil)) { return nil }
            if body.firstMatch(Self.role, in: clampedRange(token.range.lowerBound, min(body.count, token.range.upperBound + 10)))?
                .first??.lowerBound == token.range.lowerBound { return nil }
            index += 1
        }
        return nil
    }

    /// The unit after "do", ended by a verb of taking the role in its clause.
    func unitTakingRole(from start: Int, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, !",;".contains(body.characters[end]),
              !(body.characters[end] == "." && end + 1 < body.count && body.characters[end + 1] == " ") { end += 1 }
        let tokens = Array(body.tokens(in: start..<end))
        guard let first = tokens.first, first.isCapitalized,
              Lexicon.isHeadSpelling(first, rest: body.foldedText(first.range.lowerBound..<end) + " "),
              Lexicon.opens(body.foldedText(first.range.lowerBound..<end) + " ", withOneOf: Lexicon.unitHeadWords)
                || ["tinh", "huyen", "xa", "phuong", "quan"].contains(first.key) else { return nil }
        for (index, token) in tokens.enumerated().dropFirst() where !token.isCapitalized {
            let words = tokens[index..<min(tokens.count, index + 2)].map(\.key).joined(separator: " ") + " "
            if Self.takingVerbs.contains(where: { words.hasPrefix($0 + " ") }) {
                let range = body.trimmed(first.range.lowerBound..<token.range.lowerBound)
                return range.isEmpty ? nil : range
            }
        }
        return nil
    }

    /// "Sở Văn hóa, Thể thao và Du lịch": the comma at the end of `range` is
    /// inside a name the gazetteer knows.
    static func continuesName(_ range: Range<Int>, in body: Passage, sentence: Range<Int>) -> Bool {
        var next = range.upperBound + 1
        while next < sentence.upperBound, !",;.".contains(body.characters[next]) { next += 1 }
        return MemberListRule.mergingSplitNames([range, (range.upperBound + 1)..<next], in: body).count == 1
    }
}
