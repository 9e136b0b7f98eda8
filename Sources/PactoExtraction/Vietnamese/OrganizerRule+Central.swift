import Foundation
import PactoModel

/// Owners the text names beside the cluster rather than after its number: a national body that
/// holds the cluster's meeting as the sentence's subject ("Trung ương Hội Nông dân Việt Nam tổ
/// chức hội nghị … Cụm thi đua số 5"), and a national body after the comma that closes a
/// cluster's description ("Cụm Các cơ quan thường trú khu vực phía Nam, Đài Tiếng nói Việt Nam").
/// A province's body in either place is a host or a member, not an owner.
extension OrganizerRule {
    /// "Trung ương Đoàn tổ chức hội nghị giao ban … của Cụm hoạt động số 4": the subject opens the
    /// sentence (after a time and its comma), the cluster with its number follows in the sentence.
    static let centralSubject = Pattern(#"(?:^|[.;!?]\s+|,\s+)((?:trung uong|t\.u|tw)\s[^.;,:()]{2,60}?|bo\s[^.;,:()]{2,40}?) (?:to chuc|chu tri|trien khai)(?: [^.;]{0,100}?)? (?:cum|khoi)(?: thi dua| hoat dong)? so (?:\d{1,2}|[ivx]{1,4})(?![a-z0-9])"#)

    func centralSubject(in passage: Passage, context: Context) -> Found<String>? {
        for match in passage.matches(Self.centralSubject) {
            guard let range = match[1], let first = passage.tokens(in: range).first, first.isCapitalized else { continue }
            var printed = passage.text(range)
            // "T.Ư Đoàn", "TW Hội": the abbreviation of "Trung ương" written out.
            if let space = printed.firstIndex(of: " "), Self.cues.centralAbbreviations.contains(Folding.fold(String(printed[..<space]))) {
                printed = "Trung ương" + printed[space...]
            }
            let date = context.published?.date
            func national(_ name: String) -> String? {
                let expanded = context.abbreviations.expanded(name)
                guard let known = context.gazetteer.body(opening: expanded, on: date), known.length >= Folding.fold(expanded).count,
                      Self.isNational(known.vietnamese, context: context) else { return nil }
                return known.vietnamese
            }
            if let known = national(printed) { return Found(known, range) }
            // "Trung ương Hội Nông dân Việt Nam": the central committee of a national body.
            if Folding.fold(printed).hasPrefix("trung uong "), let known = national(String(printed.dropFirst("Trung ương ".count))) {
                return Found("Trung ương " + known, range)
            }
        }
        return nil
    }

    /// A body of the whole country: a ministry, or a body whose name ends in "Việt Nam" or that the
    /// gazetteer knows as a central one ("Trung ương Đoàn").
    static func isNational(_ name: String, context: Context) -> Bool {
        let key = Folding.fold(name)
        return key.hasSuffix(" viet nam") || key.hasPrefix("trung uong ")
            || context.gazetteer.ministries.contains { $0.name == name }
    }

    /// "Cụm Các cơ quan thường trú khu vực phía Nam, Đài Tiếng nói Việt Nam": the name's last comma
    /// opens a national body the gazetteer knows, which runs to the end of the name.
    func nationalAfterComma(_ mentions: [Mention], in context: Context) -> Found<String>? {
        let body = context.body
        for mention in mentions where !mention.window.isEmpty {
            let window = body.text(mention.window)
            guard let comma = window.lastIndex(of: ",") else { continue }
            let offset = window.distance(from: window.startIndex, to: comma) + 1
            var start = mention.window.lowerBound + offset
            while start < mention.window.upperBound, body.characters[start] == " " { start += 1 }
            let printed = body.text(start..<mention.window.upperBound)
            guard printed.first?.isUppercase == true,
                  let known = context.gazetteer.body(opening: printed, on: context.published?.date),
                  known.length >= Folding.fold(printed).count, Self.isNational(known.vietnamese, context: context)
            else { continue }
            return Found(known.vietnamese, start..<mention.window.upperBound)
        }
        return nil
    }
}
