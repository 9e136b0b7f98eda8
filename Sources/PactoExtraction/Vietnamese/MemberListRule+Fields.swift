import Foundation
import PactoModel

/// A list that prints a department's head word once and its fields after
/// it: "Sở Tư pháp, Nội vụ và Ngoại vụ", "gồm các Sở: Y tế, Giáo dục và Đào
/// tạo, Văn hóa, Thể thao và Du lịch" (``DepartmentFieldCues``). Each field
/// is read whole, the longest first, so that the "và" and the comma inside
/// a field's name do not part it.
extension MemberListRule {
    /// A list's item, and the head word it takes when the list printed that word only once.
    struct Item {
        var range: Range<Int>
        var head: String?
    }

    /// "các Sở:", "5 sở:" before the names: the head word every field takes.
    static let fieldHead = TextPattern(#"(?<![a-z])(?:cac|\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (so|phong)(?: ban nganh)?\s*:?\s*$"#)

    /// The items of `range`: runs of fields under one head word read field by
    /// field, the rest left whole (`nil` head) for ``split(_:in:scope:)``.
    /// `descriptor` is the folded text before the list.
    static func fieldRuns(in range: Range<Int>, of body: Passage, descriptor: String) -> [(range: Range<Int>, fields: [Item]?)] {
        let tokens = Array(body.tokens(in: range))
        var pieces: [(range: Range<Int>, fields: [Item]?)] = []
        var plainStart = range.lowerBound
        var index = 0
        // The head word the descriptor gives the first names.
        var given: String? = fieldHead.firstRange(in: descriptor).map { descriptor[$0].contains("phong") ? "Phòng" : "Sở" }
        while index < tokens.count {
            let opensItem = index == 0 || separates(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound, after: tokens[index - 1], in: body)
            var first = index
            var head: String?
            if opensItem, tokens[index].isCapitalized, DepartmentFieldCues.heads.contains(tokens[index].key), index + 1 < tokens.count {
                head = body.text(tokens[index].range)
                first = index + 1
            } else if index == 0, let given {
                head = given
            }
            given = nil
            guard let shared = head, let run = fields(from: first, in: tokens, body: body), run.count + (first > index ? 0 : 1) >= 2 else {
                index += 1
                continue
            }
            if plainStart < tokens[index].range.lowerBound {
                let before = body.trimmed(plainStart..<tokens[index].range.lowerBound, also: [",", ";"])
                if !before.isEmpty { pieces.append((before, nil)) }
            }
            var items = run.map { Item(range: $0, head: shared) }
            // "Sở Tư pháp, …": the first keeps its printed head.
            if first > index { items[0] = Item(range: tokens[index].range.lowerBound..<run[0].upperBound, head: nil) }
            pieces.append((items[0].range.lowerBound..<run[run.count - 1].upperBound, items))
            plainStart = run[run.count - 1].upperBound
            index = tokens.firstIndex { $0.range.lowerBound >= plainStart } ?? tokens.count
        }
        if pieces.isEmpty { return [(range, nil)] }
        let rest = body.trimmed(plainStart..<range.upperBound, also: [",", ";"])
        var tail = rest
        // "… và Thanh tra tỉnh": the joining word before what is left.
        if let word = body.tokens(in: rest).first, word.key == "va", !word.isCapitalized { tail = body.trimmed(word.range.upperBound..<rest.upperBound) }
        if !tail.isEmpty { pieces.append((tail, nil)) }
        return pieces
    }

    /// The fields read one after another from `start`, joined by commas,
    /// semicolons or "và"; nil when none opens there.
    static func fields(from start: Int, in tokens: [Passage.Token], body: Passage) -> [Range<Int>]? {
        var found: [Range<Int>] = []
        var index = start
        while index < tokens.count, tokens[index].isCapitalized {
            guard let length = DepartmentFieldCues.fields.first(where: { field in
                index + field.words.count <= tokens.count && field.words.indices.allSatisfy { offset in
                    tokens[index + offset].key == field.words[offset]
                        && (offset == 0 || isJoint(tokens[index + offset - 1].range.upperBound..<tokens[index + offset].range.lowerBound,
                                                   comma: field.commas.contains(offset), in: body))
                }
            })?.words.count else { break }
            let last = tokens[index + length - 1]
            found.append(tokens[index].range.lowerBound..<last.range.upperBound)
            index += length
            guard index < tokens.count else { break }
            let gap = last.range.upperBound..<tokens[index].range.lowerBound
            if tokens[index].key == "va", !tokens[index].isCapitalized, isJoint(gap, comma: true, in: body) {
                index += 1
            } else if !separates(gap, after: last, in: body) {
                // "Sở Tư pháp tỉnh Hà Tĩnh": a field followed by more of its name is no run.
                if found.count == 1 { return nil }
                break
            }
        }
        return found.isEmpty ? nil : found
    }

    /// Between two words of one field: spaces or a dash, and a comma where the field has one.
    static func isJoint(_ gap: Range<Int>, comma: Bool, in body: Passage) -> Bool {
        body.characters[gap].allSatisfy { " -–".contains($0) || comma && $0 == "," }
    }

    /// A comma or semicolon between two items, or "và" just before.
    static func separates(_ gap: Range<Int>, after token: Passage.Token, in body: Passage) -> Bool {
        let characters = body.characters[gap]
        return characters.contains { ",;".contains($0) } && characters.allSatisfy { " ,;".contains($0) }
            || token.key == "va" && !token.isCapitalized && characters.allSatisfy { $0 == " " }
    }
}
