import Foundation
import PactoModel

/// The owner of the cluster or bloc, as the text names it: right after its
/// name ("Cụm thi đua số VIII - Bộ Tài nguyên và Môi trường", "thuộc Sở
/// ..."), in brackets, in the decision that set it up, or the province of
/// its districts.
extension OrganizerRule {
    /// Words that open the name of an owner (folded; capitalised in the text).
    static let ownerHeads: Set<String> = [
        "bo", "so", "tap", "tong", "uy", "ubnd", "ban", "hoi", "cong", "lien", "ldld", "doan", "tinh", "thanh",
        "vien", "cuc", "ngan", "dang", "mat", "ubmttq", "ubmttqvn", "mttq",
    ]
    /// Lower-case words of a label between the number and the owner
    /// ("Cụm thi đua số 1 các tỉnh Tây Bắc Hội Cựu chiến binh Việt Nam");
    /// any other (a verb) ends the name.
    static let regionLabelWords: Set<String> = [
        "cac", "tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "khu", "vuc", "mien", "vung", "dong", "bang", "duyen", "hai",
    ]
    /// Two-word owner openings for heads that alone are too common.
    static let ownerOpenings: [String] = [
        "bo ", "so ", "tap doan", "tong cong ty", "uy ban", "ubnd", "ban ", "hoi ", "cong doan", "lien doan",
        "lien hiep", "ldld", "doan ", "tinh doan", "thanh doan", "vien ", "cuc ", "tong cuc", "ngan hang",
        "dang uy", "mat tran", "ubmttq", "mttq", "tinh uy", "thanh uy", "cong an",
    ]

    /// Words before a place that make it the venue ("tại tỉnh X"), folded.
    static let venueWords: Set<String> = ["tai", "o"]

    /// Words that open a district's name ("huyện Hàm Tân", "Quận 1", "thị xã La Gi").
    static let districtWords: Set<String> = ["huyen", "quan", "thi"]

    /// The district named from `index` on: its word, then capitalised words or a numeral, nothing
    /// but spaces between them ("quận 1", "thị xã La Gi").
    func districtName(from index: Int, in tokens: [Passage.Token], of passage: Passage) -> Range<Int>? {
        var next = index + 1
        if tokens[index].key == "thi" {
            guard next < tokens.count, tokens[next].key == "xa" else { return nil }
            next += 1
        }
        let previous = tokens[index - 1]
        guard ["thuoc", "cua"].contains(previous.key) || OrganizerRule.isNumeral(previous, in: passage) else { return nil }
        var end = tokens[next - 1].range.upperBound
        let wordEnd = end
        while next < tokens.count, passage.text(end..<tokens[next].range.lowerBound).allSatisfy(\.isWhitespace),
              tokens[next].isCapitalized || Numerals.arabic(passage.text(tokens[next].range)) != nil {
            end = tokens[next].range.upperBound
            next += 1
        }
        return end > wordEnd ? tokens[index].range.lowerBound..<end : nil
    }

    func parentPhrase(in mention: Mention, of passage: Passage, context: Context) -> Found<String>? {
        let tokens = Array(passage.tokens(in: mention.window))
        guard !tokens.isEmpty else { return nil }
        var numberSeen = false
        var allowed = false
        var sector = false
        for (index, token) in tokens.enumerated() {
            let text = passage.text(token.range)
            if Numerals.arabic(text) != nil || (text == text.uppercased() && Numerals.roman(text) != nil) {
                numberSeen = true
                allowed = true
                continue
            }
            if token.key == "thuoc" || token.key == "cua" { allowed = true; sector = false; continue }
            // "Cụm thi đua số 3 ngành Ngân hàng": a sector, not its owner (a province after it still is).
            if token.key == "nganh" && !token.isCapitalized { sector = true; continue }
            if index == 0 || numberSeen && index > 0 && Numerals.arabic(passage.text(tokens[index - 1].range)) != nil
                || numberSeen && index > 0 && Numerals.roman(passage.text(tokens[index - 1].range)) != nil {
                // "Cụm thi đua số VIII-Bộ ...", "số 5, Bộ Công an": the owner right after.
                let from = index == 0 ? mention.range.upperBound : tokens[index - 1].range.upperBound
                let gap = passage.text(from..<token.range.lowerBound)
                // "Thay mặt Khối Thi đua, Sở X (Khối trưởng)": a comma right after a bare "Khối thi đua" opens
                // another phrase; after a number or a name it opens the owner.
                if gap.contains("-") || gap.contains("–") || gap.contains(",") && index > 0 { allowed = true }
            } else if !["thuoc", "cua"].contains(tokens[index - 1].key) && !token.isCapitalized
                        && !(numberSeen && Self.regionLabelWords.contains(token.key)) {
                // "Cụm thi đua số 5 quyên góp … cho CBCS Công an": a verb after the number ends the name.
                allowed = false
            }
            // "tỉnh Thanh Hóa": the province owns the cluster wherever it stands.
            // "… tổng kết năm 2024 tại tỉnh Đồng Nai": a venue, not an owner.
            if token.key == "tinh" || token.key == "thanh", index > 0, Self.venueWords.contains(tokens[index - 1].key),
               !tokens[index - 1].isCapitalized {
                continue
            }
            // "Thay mặt Cụm thi đua 4, Luật gia A, Phó Chủ tịch Hội Luật gia tỉnh X": a province in a
            // person's title names that person's body, not the cluster's owner.
            if token.key == "tinh" || token.key == "thanh", Self.titleBefore(token, in: mention, of: passage) { return nil }
            if token.key == "tinh" || token.key == "thanh" {
                let start = token.range.lowerBound
                let rest = passage.foldedText(start..<mention.window.upperBound)
                let offset = token.key == "thanh" ? (rest.hasPrefix("thanh pho ") ? 2 : 0) : 1
                if offset > 0, index + offset < tokens.count {
                    let placeStart = tokens[index + offset].range.lowerBound
                    if let place = context.places.first(where: { $0.range.lowerBound == placeStart && !$0.isCity })
                        ?? (passage.characters.count == context.title.characters.count
                            ? context.titlePlaces.first(where: { $0.range.lowerBound == placeStart }) : nil) {
                        let range = start..<place.range.upperBound
                        return Found(passage.text(range), range)
                    }
                }
                if token.isCapitalized == false { continue }
            }
            // "Khối thi đua 5 – Quận 1", "Cụm thi đua số 1 của huyện Hàm Tân": the district right after the
            // number or "của" / "thuộc" owns it.
            if allowed, !sector, index > 0, Self.districtWords.contains(token.key),
               let range = districtName(from: index, in: tokens, of: passage) {
                return Found(passage.text(range), range)
            }
            guard allowed, token.isCapitalized, !sector else { continue }
            let rest = passage.foldedText(token.range.lowerBound..<mention.window.upperBound) + " "
            let phrase = passage.text(token.range.lowerBound..<min(passage.count, token.range.lowerBound + 120))
            let opensOwner = Self.ownerOpenings.contains(where: { rest.hasPrefix($0) })
            // After "thuộc" / "của" or the number, any body the gazetteer knows ("thuộc Kho bạc Nhà nước",
            // "thuộc VKSND tỉnh X", "Cụm thi đua số 1 Kiểm toán Nhà nước").
            let previous = index > 0 ? passage.text(tokens[index - 1].range) : ""
            let afterOf = !opensOwner && index > 0 && (["thuoc", "cua"].contains(tokens[index - 1].key)
                || Numerals.arabic(previous) != nil || previous == previous.uppercased() && Numerals.roman(previous) != nil)
            let known = opensOwner || afterOf ? context.gazetteer.body(opening: phrase, on: context.published?.date) : nil
            guard opensOwner || afterOf
                && ((known ?? context.gazetteer.body(opening: context.abbreviations.expanded(phrase), on: context.published?.date)) != nil
                    || context.abbreviations.expansion(of: passage.text(token.range)) != nil)
            else { continue }
            // "các tỉnh Nam Trung Bộ": a lone head word ending a name is no owner.
            var range = passage.trimmed(token.range.lowerBound..<mention.window.upperBound)
            // A body the gazetteer knows ends where its name (and place) ends: "thuộc Cục Thuế đều đạt".
            if let known {
                let printed = String(phrase.prefix(known.length)).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;"))
                let end = token.range.lowerBound + printed.count
                // Only where a plain word follows (a verb: "đều", "được"); a place or a
                // capitalised word goes on with the name ("Công đoàn Viên chức tỉnh", "Ban Tuyên giáo Thành ủy").
                let next = passage.tokenIndex(atOrAfter: end)
                if end < range.upperBound, next < passage.tokens.count, !passage.tokens[next].isCapitalized,
                   !["tinh", "thanh", "huyen", "xa", "phuong", "quan", "thi", "tp", "khu"].contains(passage.tokens[next].key) {
                    // "Tòa án nhân dân các tỉnh miền Trung", "Hội Cựu chiến binh 5 tỉnh": what the members are, not an owner.
                    if passage.tokens[next].key == "cac" || Numerals.arabic(passage.text(passage.tokens[next].range)) != nil { return nil }
                    range = token.range.lowerBound..<end
                }
                // "thuộc Viện kiểm sát nhân dân tối cao đã": a known name runs on past a word that ends
                // the window ("tối" of "buổi tối").
                if end > range.upperBound, passage.text(range.upperBound..<end).allSatisfy({ $0.isLetter || $0 == " " }) {
                    range = token.range.lowerBound..<end
                }
            }
            // "Cụm thi đua Liên đoàn Lao động thành phố trực thuộc Trung ương": what the members are
            // (the centrally run cities), no one body.
            // "Khối thi đua 6 Công đoàn ngành Trung ương": the central sector unions it groups, no owner.
            if Self.namesMembers(range, in: passage) { return nil }
            // "…số II, Ban Thường trực Ủy ban MTTQ huyện X - Cụm trưởng": a member named with its role, no owner.
            if passage.firstMatch(HeadRule.role, in: range) != nil { return nil }
            let printed = passage.text(range)
            guard passage.tokens(in: range).count >= 2 else {
                // A body known by one word ("TKV", "Agribank") is named in full.
                if let known, known.length >= Folding.fold(printed).count { return Found(known.vietnamese, range) }
                if let full = context.abbreviations.expansion(of: printed),
                   let body = context.gazetteer.body(opening: full, on: context.published?.date) {
                    return Found(body.vietnamese, range)
                }
                continue
            }
            // A bare "tỉnh" / "UBND tỉnh" without the province's name is no owner.
            if Self.cues.bareOwners.contains(Folding.fold(printed)) { return nil }
            if let across = nameAcross(bracketAfter: range, in: passage, context: context) { return across }
            return Found(Self.fullName(printed, context: context), range)
        }
        return nil
    }

    static let cues = OwnerCues.vietnamese

    /// An owner's name that says what the members are (``OwnerCues/membersInside``), or is
    /// followed so (``OwnerCues/membersFollowing``: the phrase opens inside the name or one
    /// character past its end).
    static func namesMembers(_ range: Range<Int>, in passage: Passage) -> Bool {
        let inside = passage.foldedText(range)
        if cues.membersInside.contains(where: { ByteSearch.contains(" " + $0, in: inside) }) { return true }
        return cues.membersFollowing.contains { cue in
            let limit = min(passage.count, range.upperBound + cue.count + 2)
            return ByteSearch.contains(" " + cue, in: passage.foldedText(range.lowerBound..<limit))
        }
    }

    /// A person's title (``Lexicon/titles``) between the cluster's name and `token`.
    static func titleBefore(_ token: Passage.Token, in mention: Mention, of passage: Passage) -> Bool {
        guard token.range.lowerBound > mention.window.lowerBound else { return false }
        let before = " " + passage.foldedText(mention.window.lowerBound..<token.range.lowerBound) + " "
        return Lexicon.titles.contains { ByteSearch.contains(" " + $0 + " ", in: before) }
    }

    /// "Cụm thi đua số 2 Hội Cựu chiến binh (CCB) Việt Nam": an abbreviation printed inside the
    /// owner's name, the name going on after it to a longer body the gazetteer knows.
    func nameAcross(bracketAfter range: Range<Int>, in passage: Passage, context: Context) -> Found<String>? {
        var open = range.upperBound
        while open < passage.count, passage.characters[open] == " " { open += 1 }
        guard open < passage.count, passage.characters[open] == "(",
              let close = passage.characters[open..<min(passage.count, open + 12)].firstIndex(of: ")") else { return nil }
        let inner = passage.text((open + 1)..<close)
        guard inner.count >= 2, inner.allSatisfy({ $0.isUppercase || $0 == "&" }) else { return nil }
        let printed = passage.text(range)
        let after = passage.text((close + 1)..<min(passage.count, close + 61))
        guard let known = context.gazetteer.body(opening: printed + after, on: context.published?.date),
              known.length > printed.count else { return nil }
        return Found(known.vietnamese, range.lowerBound..<min(passage.count, close + 1 + known.length - printed.count))
    }

    /// "Hội CCB Việt Nam cụm số 11": a national body or a ministry printed right before the
    /// cluster's name owns it (a province's branch there is a member, not an owner).
    func ownerBefore(_ mentions: [Mention], in context: Context) -> Found<String>? {
        let body = context.body
        for mention in mentions {
            let index = body.tokenIndex(atOrAfter: mention.range.lowerBound)
            guard index > 0, OrganizerRule.number(in: mention.window, of: body) != nil else { continue }
            for start in max(0, index - 8)..<index where body.tokens[start].isCapitalized {
                let from = body.tokens[start].range.lowerBound
                let printed = body.text(from..<mention.range.lowerBound).trimmingCharacters(in: .whitespaces)
                guard !printed.contains(where: { ",.;:()\n".contains($0) }) else { continue }
                let expanded = context.abbreviations.expanded(printed)
                guard let known = context.gazetteer.body(opening: expanded, on: context.published?.date),
                      known.length >= Folding.fold(expanded).count,
                      Folding.fold(known.vietnamese).hasSuffix(" viet nam")
                        || context.gazetteer.ministries.contains(where: { $0.name == known.vietnamese }) else { continue }
                return Found(known.vietnamese, from..<(from + printed.count))
            }
        }
        return nil
    }

    /// "Khối thi đua số 7 (Bộ Tài chính)": a body the gazetteer knows, in
    /// brackets right after the organizer's name.
    func bracketedOwner(after mentions: [Mention], in context: Context) -> Found<String>? {
        let body = context.body
        for mention in mentions {
            var open = mention.window.upperBound
            while open < body.count, body.characters[open] == " " { open += 1 }
            guard open < body.count, body.characters[open] == "(" else { continue }
            guard let close = body.characters[open...].prefix(80).firstIndex(of: ")") else { continue }
            var inside = body.text((open + 1)..<close).trimmingCharacters(in: .whitespaces)
            // "(thuộc Sở Giáo dục và Đào tạo)": an owner said outright needs no gazetteer.
            if let link = ["trực thuộc ", "thuộc "].first(where: { inside.lowercased().hasPrefix($0) }) {
                inside = String(inside.dropFirst(link.count))
                let key = Folding.fold(inside) + " "
                guard inside.first?.isUppercase == true, inside.split(separator: " ").count >= 2,
                      Self.ownerOpenings.contains(where: { key.hasPrefix($0) }) else { continue }
                // Where the name stands in the text, spaces before the bracket left out.
                var end = close
                while end > open + 1, body.characters[end - 1] == " " { end -= 1 }
                return Found(Self.fullName(inside, context: context), (end - inside.count)..<end)
            }
            guard let known = context.gazetteer.body(opening: inside, on: context.published?.date),
                  known.length >= Folding.fold(inside).count else { continue }
            return Found(Self.fullName(inside, context: context), (open + 1)..<close)
        }
        return nil
    }

    /// "Quyết định ... của Bộ Tài chính về việc thành lập các Cụm thi đua".
    /// The head of the body may sign it: "của Bộ trưởng Bộ Tư pháp về thành lập các cụm thi đua".
    /// A decision that reorganises the clusters or names their heads is the owner's too: "của Sở Lao
    /// động - Thương binh và Xã hội về việc phê duyệt Trưởng cụm, Phó trưởng cụm các cụm thi đua thuộc Sở".
    static let establishing = Pattern(#"cua\s+(?:(?:bo truong|chu tich|thu truong|giam doc|truong ban|vien truong|tong giam doc)\s+)?((?:bo|uy ban|ubnd|ban|hoi dong|tong cuc|tap doan|hoc vien|tong lien doan|lien doan|dai hoc|vien|so|cuc)\s[^.;,]{2,60}?)\s+ve (?:viec )?(?:thanh lap\s+(?:cac\s+)?(?:cum|khoi)|(?:kien toan|phe duyet)[^.;]{0,50}?(?:cac (?:cum|khoi) thi dua|(?:truong|pho) (?:cum|khoi)))"#)

    /// "Cụm thi đua số 2 được thành lập theo Quyết định số 737/QĐ-LĐLĐ ngày
    /// 10/7/2025 của Liên đoàn Lao động Thanh Hóa": the body that set it up.
    static let establishedBy = Pattern(#"(?:cum|khoi)(?: thi dua)?[^.;]{0,25}? duoc thanh lap theo quyet dinh[^.;]{0,60}? cua\s+((?:bo|uy ban|ubnd|ban|hoi dong|tong cuc|tap doan|lien doan|ldld|hoi|cong an|so|cuc|tinh uy|thanh uy|dang uy)\s[^.;,()]{2,60}?)(?=\s*[,.;(]|\s+(?:ve|gom|voi|nham)\s)"#)

    /// "Liên đoàn Lao động Thanh Hóa" for "Liên đoàn Lao động tỉnh": the same body, its place named.
    static func namesItsPlace(_ full: String, for bare: String) -> Bool {
        let bareKey = Folding.fold(bare)
        for suffix in [" tinh", " thanh pho"] where bareKey.hasSuffix(suffix) {
            let stem = String(bareKey.dropLast(suffix.count))
            return Folding.fold(full).hasPrefix(stem + " ") && Folding.fold(full) != bareKey
        }
        return false
    }

    /// "Cụm thi đua số 2 gồm các huyện Đức Linh, …, Hàm Thuận Nam thuộc Liên đoàn Lao
    /// động tỉnh Bình Thuận": a body after the members' list owns the cluster (a place there
    /// is the members' province, not an owner).
    static let ownerAfterMembers = Pattern(#"(?:cum|khoi) thi dua[^.;:]{0,40}? gom [^.;:]{3,160}? thuoc ((?:lien doan|ldld|cong doan|hoi|so|bo|tap doan|tong cong ty|cuc|ban|dang uy|tinh doan|thanh doan|uy ban mat tran|ubmttq|mat tran|ngan hang|kho bac|bao hiem)\s[^.;,()]{2,60}?)(?=\s*[,.;(]|\s+(?:to chuc|da|duoc|ve|nham|voi|tai|vua|chinh thuc|cung|ky|hop)\s)"#)

    func ownerAfterMembers(in context: Context) -> Found<String>? {
        for match in context.body.matches(Self.ownerAfterMembers) {
            guard let range = match[1] else { continue }
            // A name, capitalised as printed ("thuộc Sở Giáo dục", not "thuộc sở hữu").
            guard let first = context.body.tokens(in: range).first, first.isCapitalized,
                  context.body.tokens(in: range).count >= 2 else { continue }
            return Found(Self.fullName(context.body.text(range), context: context), range)
        }
        return nil
    }

    /// "Ủy ban MTTQ Việt Nam huyện Đông Anh tổ chức đánh giá thi đua tại 3 cụm thi đua số 1, 2 và 3
    /// của mặt trận huyện": the clusters of a bare "huyện" / "tỉnh" belong to the body of that
    /// district or province that the sentence's subject names.
    static let subjectOwner = Pattern(#"(?<![a-z])((?:uy ban|ubnd|ubmttq|hoi|lien doan|ldld|cong doan|so|cong an|tinh doan|thanh doan|huyen doan|huyen uy|tinh uy|thanh uy|dang uy|ban)\s[^.;,:]{2,60}?) (?:to chuc|trien khai|chi dao|tien hanh)[^.;]{0,70}? (?:cac |\d{1,2} )?(?:cum|khoi) thi dua[^.;]{0,30}? cua (?:mat tran |hoi |cong doan |doan |dang bo )?(huyen|tinh|thanh pho|quan|thi xa)(?= |$|[.,;])"#)

    func subjectOwner(in passage: Passage, context: Context) -> Found<String>? {
        for match in passage.matches(Self.subjectOwner) {
            guard let range = match[1], let level = match[2] else { continue }
            let tokens = passage.tokens(in: range)
            guard let first = tokens.first, first.isCapitalized, tokens.count >= 3 else { continue }
            // The level after "của" stands bare ("của huyện năm 2022", not "của huyện Gia Lâm").
            let next = passage.tokenIndex(atOrAfter: level.upperBound)
            if next < passage.tokens.count, passage.tokens[next].isCapitalized,
               passage.text(level.upperBound..<passage.tokens[next].range.lowerBound) == " " { continue }
            // The subject names a body of that level with its place ("… huyện Đông Anh").
            let levelKey = passage.foldedText(level)
            let subject = passage.foldedText(range)
            guard let at = subject.range(of: " " + levelKey + " ", options: .backwards) else { continue }
            let place = subject[at.upperBound...]
            guard !place.isEmpty, passage.text(range).split(separator: " ").last?.first?.isUppercase == true else { continue }
            return Found(Self.fullName(passage.text(range), context: context), range)
        }
        return nil
    }

    func establishingBody(in context: Context) -> Found<String>? {
        guard let match = context.body.firstMatch(Self.establishing) ?? context.body.firstMatch(Self.establishedBy),
              let range = match[1] else { return nil }
        return Found(Self.fullName(context.body.text(range), context: context), range)
    }

    /// A bloc of a province's districts ("Khối thi đua các huyện, thành
    /// phố") belongs to the province the text names for them ("10 huyện,
    /// thành phố của tỉnh Kon Tum").
    static let districtsOf = Pattern(#"(?:cac|\d{1,2}) huyen(?:, (?:thi xa|thanh pho))*(?:,? (?:thi xa|thanh pho))? (?:cua |thuoc |trong )?(tinh) (?=\S)"#)

    func districtsProvince(of mentions: [Mention], in context: Context) -> Found<String>? {
        let body = context.body
        guard mentions.contains(where: { body.foldedText($0.range.lowerBound..<$0.window.upperBound).contains("cac huyen") })
        else { return nil }
        for match in body.matches(Self.districtsOf) {
            guard let keyword = match[1],
                  let place = context.places.first(where: { $0.range.lowerBound == keyword.upperBound + 1 && !$0.isCity })
            else { continue }
            let range = keyword.lowerBound..<place.range.upperBound
            return Found(body.text(range), range)
        }
        return nil
    }

    /// The owner written out: abbreviations expanded, a ministry under its
    /// gazetteer name ("Bộ Tài Nguyên & Môi trường" → "Bộ Tài nguyên và Môi trường").
    static func fullName(_ printed: String, context: Context) -> String {
        let expanded = context.abbreviations.expanded(printed)
        let key = Folding.key(expanded).replacingASCII(" va ", with: " ")
        for ministry in context.gazetteer.ministries {
            if Folding.key(ministry.name).replacingASCII(" va ", with: " ") == key { return ministry.name }
        }
        return expanded
    }
}
