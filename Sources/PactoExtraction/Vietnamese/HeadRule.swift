import Foundation
import PactoModel

/// The head (Cụm trưởng, Trưởng khối) and deputy (Cụm phó, Phó khối) of
/// the cluster for the year: "X là / làm Cụm trưởng", "do X làm Cụm trưởng",
/// "X (Trưởng khối)", "X-Khối trưởng", "Giám đốc Sở X, Trưởng Khối", "Cụm
/// phó là X". When the role is handed over (bầu, luân phiên, bàn giao), the
/// new holder.
struct HeadRule: Sendable {
    struct Holder: Sendable {
        var member: Found<Member>
        var isDeputy: Bool
        /// The sentence hands the role over or names it for a later year.
        var isHandover: Bool
        /// The year written next to the role ("Cụm trưởng năm 2023").
        var year: Int? = nil
        /// Handed the role over to another: a member, not the holder.
        var isFormer = false
    }

    static let role = Pattern(#"(?<![a-z])(pho truong khoi|pho truong cum|truong khoi|truong cum|khoi truong|cum truong|khoi pho|cum pho|pho khoi|pho cum|truong khu vuc)(?![a-z])"#)
    static let handoverWords = ["bau", "ban giao", "chuyen giao", "luan phien", "nhan nhiem vu", "gioi thieu", "tiep nhan", "suy ton"]
    /// Phrases that hold a handover word but hand nothing over: "bản giao ước" is the pact's document.
    static let notHandover = ["ban giao uoc"]

    /// The folded text names a handover ("bàn giao nhiệm vụ", "bầu"), not only the pact's "bản giao ước".
    static func handsOver(_ text: String) -> Bool {
        var text = text
        for phrase in notHandover where ByteSearch.contains(phrase, in: text) {
            text = text.replacingOccurrences(of: phrase, with: " ")
        }
        return handoverWords.contains { ByteSearch.contains($0, in: text) }
    }
    /// Verbs that end the unit's name before its role.
    static let verbs: Set<String> = [
        "được", "là", "làm", "luân", "nhận", "đại", "đăng", "đã", "sẽ", "tiếp", "giữ", "chủ", "phát", "tổ", "với",
        "đơn", "vừa", "tham", "tặng", "trao", "cùng", "chuyển", "bàn", "giao", "tiếp", "đảm",
        "đề", "trở", "vinh",
        // "Công an tỉnh X cũng đã bàn giao …": an adverb, never inside a name.
        "cũng",
        // "Chủ tịch Hội CCB tỉnh X kiêm Cụm trưởng": the title held together with the role.
        "kiêm",
    ]
    /// Words right before a role that make it plural, a role in general ("các đơn vị Cụm trưởng").
    static let pluralLeads = ["cac don vi", "cac", "nhung don vi", "cac dong chi"]
    /// Nouns in lower case inside a unit's name that open with one of ``verbs``.
    static let nounsInNames: Set<String> = ["giao thông", "phát triển", "đại học"]
    /// Verbs whose object is the unit given the role ("bầu X làm Cụm trưởng", "công nhận X giữ vai trò").
    /// ("công nhận", "giới thiệu" by their last word: "công" and "giới" open names too, "Tổng công ty").
    /// ("giao": "UBND tỉnh giao Sở X làm Trưởng khối"; "phân công" by its first word.)
    static let choosingVerbs: Set<String> = ["bầu", "chọn", "cử", "nhận", "thiệu", "giao", "phân"]
    /// Verbs in the gap between a role and "là" that show the "là" belongs elsewhere.
    /// Spelled with their tones: "có" is a verb, "cơ quan" is not.
    static let gapVerbs: Set<String> = ["gồm", "có", "được", "đã", "tổ", "ký", "kí", "tham", "cùng", "với", "đang", "làm", "và"]
    /// Verbs of speech after a role or its unit ("Trưởng khối nhấn mạnh: …", "Cụm trưởng UBND huyện Y
    /// cho biết"): what follows is what the holder says, not who holds the role. Two words each: a first
    /// word alone also lies inside names ("Quỹ Đầu tư phát triển tỉnh", "Trung tâm … và phát triển du lịch").
    static let speechVerbs: Set<String> = [
        "nhấn mạnh", "khẳng định", "phát biểu", "nêu rõ", "nêu lên", "cho biết", "chia sẻ", "trình bày", "báo cáo",
        "yêu cầu", "kết luận", "lưu ý", "mong muốn",
    ]
    /// Whether `word` then `next` (lower case) is one of ``speechVerbs``.
    static func speaks(_ word: String, then next: String?) -> Bool {
        next.map { speechVerbs.contains(word + " " + $0) } ?? false
    }
    /// Words right before a role that make it the object of a decision or a verb, held by no unit
    /// before it ("Quyết định … về việc thay đổi Trưởng khối", "kiện toàn Cụm trưởng").
    static let roleObjectLeads = ["ve viec", "thay doi", "kien toan", "phe duyet", "cong nhan", "phan cong", "chi dinh", "bo nhiem"]
    /// "vai trò Cụm trưởng được giao cho X": the role handed to the unit after "cho".
    static let passiveHandover = TextPattern(#"^(?:chuyen giao|ban giao|giao|trao)(?: lai)? cho "#)

    /// Words that hand a role over.
    static let handingOver = TextPattern(#"(chuyen giao|ban giao|giao|luan phien|trao|chuyen)( lai)?( nhiem vu| vi tri| vai tro)?"#)
    /// "từng (hai lần) giữ vai trò": the role held before, ending the text before it.
    static let usedTo = TextPattern(#"(?<![a-z])tung (?:(?:hai|ba|nhieu|\d+) lan )?(?:giu|la|lam|dam nhiem|dam nhan)(?: vai tro| vi tri| nhiem vu)?(?: la)?(?: don vi)?$"#)
    /// "Khối trưởng vẫn do X đảm nhiệm": the verb that ends X.
    static let takingVerbs: [String] = ["dam nhiem", "dam nhan", "giu", "lam", "phu trach"]
    /// A year right after a role ("Trưởng cụm năm 2023", "Trưởng khối năm học 2023-2024": its first year).
    static let yearAfterRole = TextPattern(#"^[^,;.]{0,25}?nam (?:hoc )?(20\d\d)"#)

    /// The holders named in the body; when the body names no head, those of
    /// the title too ("Hội Nông dân tỉnh được bầu làm Trưởng Cụm thi đua số 7"),
    /// and a head the title hands over when the body hands none over (the
    /// body's caption shows the outgoing head).
    func holders(in context: Context, date: Stamp?) -> [Holder] {
        var found = holders(in: context, passage: context.body, date: date)
        let heads = found.filter { !$0.isDeputy }
        if heads.isEmpty || !heads.contains(where: \.isHandover) {
            for var holder in holders(in: context, passage: context.title, date: date) where heads.isEmpty || holder.isHandover {
                holder.member.range = nil
                found.append(holder)
            }
        }
        return found
    }

    /// "tại Hội trường Khối …": "trường" of a hall folds as "trưởng" does, and names no role.
    static func namesHall(_ role: Range<Int>, in body: Passage) -> Bool {
        let index = body.tokenIndex(atOrAfter: role.lowerBound)
        return index > 0 && body.tokens[index - 1].key == "hoi" && TonePlacement.normalized(body.text(role)).hasPrefix("trường")
    }

    func holders(in context: Context, passage body: Passage, date: Stamp?) -> [Holder] {
        let reader = UnitReader(context: context, date: date)
        var holders: [Holder] = []
        for match in body.matches(Self.role) {
            guard let whole = match[0], !Self.namesHall(whole, in: body) else { continue }
            let word = body.folded.slice(whole)
            let isDeputy = word.hasPrefix("pho") || word.hasSuffix("pho")
            let sentence = body.sentence(containing: whole.lowerBound)
            let sentenceText = body.foldedText(sentence)
            let handover = Self.handsOver(sentenceText)
            let year = Self.year(near: whole, in: body, sentence: sentence)
            // "Với vai trò là Khối trưởng Khối thi đua, Trường X thời gian qua đã ...": the subject after the comma.
            if let subject = frontedSubject(whole, in: body, sentence: sentence), let member = reader.member(subject, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
                continue
            }
            // "Thay mặt đơn vị Cụm trưởng, đồng chí A, Giám đốc Sở X": the unit of the speaker.
            if Self.speakerOpeners.contains(where: { sentenceText.hasPrefix($0) }),
               let unit = unitOfSpeaker(whole, in: body, sentence: sentence), let member = reader.member(unit, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
                continue
            }
            // "A và B lần lượt là Cụm trưởng và Cụm phó": the pair in order.
            if ByteSearch.contains(Self.respectivelyCue, in: sentenceText),
               let unit = unitRespectively(whole, in: body, sentence: sentence), let member = reader.member(unit, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
                continue
            }
            if let after = unitAfter(whole, in: body, sentence: sentence), let member = reader.member(after, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
                // The one who hands the role over ("X chuyển giao ... cho Y") is a
                // member, no longer its holder; one who only assigns it ("Bộ X giao") is neither.
                let lead = body.foldedText(sentence.lowerBound..<whole.lowerBound)
                if ByteSearch.contains("chuyen giao", in: lead) || ByteSearch.contains("ban giao", in: lead),
                   let before = unitBefore(whole, in: body, sentence: sentence), let previous = reader.member(before, in: body) {
                    holders.append(Holder(member: cleaned(previous, context: context, date: date), isDeputy: isDeputy,
                                          isHandover: false, year: nil, isFormer: true))
                }
                continue
            }
            if let before = unitBefore(whole, in: body, sentence: sentence), let member = reader.member(before, in: body) {
                // "X từng hai lần giữ vai trò Cụm trưởng": held it before, no holder now.
                let lead = body.foldedText(max(sentence.lowerBound, whole.lowerBound - 45)..<whole.lowerBound)
                // "X (Cụm trưởng) bàn giao nhiệm vụ cho Y": X held it, Y takes it.
                if let next = unitHandedOn(after: whole, in: body, sentence: sentence), let taker = reader.member(next, in: body) {
                    holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                          isHandover: false, isFormer: true))
                    holders.append(Holder(member: cleaned(taker, context: context, date: date), isDeputy: isDeputy,
                                          isHandover: true, year: year))
                    continue
                }
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year, isFormer: Self.usedTo.isFound(in: lead)))
            } else if let unit = unitOfPerson(whole, in: body, sentence: sentence),
                      let member = self.member(capitalizing: unit, in: body, context: context, date: date) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
            } else if let subject = droppedSubject(whole, in: body, sentence: sentence), let member = reader.member(subject, in: body) {
                holders.append(Holder(member: cleaned(member, context: context, date: date), isDeputy: isDeputy,
                                      isHandover: handover, year: year))
            }
        }
        return holders
    }

    /// A role fronted before its clause ("Với vai trò là Khối trưởng Khối thi đua,").
    /// "Là đơn vị Trưởng cụm năm 2024, đại diện lãnh đạo UBND huyện X đã ...": "là" fronts it too,
    /// also right after an ellipsis the sentence does not end at ("nhiệm vụ…Là đơn vị").
    static let frontedRole = TextPattern(#"(?:^|[….]\s*)(?:(?:voi )?(?:vai tro|cuong vi)(?: la)?|la)(?: don vi)?\s*$"#)
    /// Words before a fronted subject that say who speaks for it ("đại diện lãnh đạo UBND huyện X").
    static let representing: Set<String> = ["đại diện", "lãnh đạo", "tập thể"]
    /// Words after a fronted subject's name: its verb or a time ("thời gian qua").
    static let subjectEnds: Set<String> = ["thời", "đã", "đang", "luôn", "tiếp", "năm", "trong", "vừa", "sẽ", "thường", "cũng", "được", "tổ", "là"]

    /// The subject named after the comma that closes a fronted role.
    func frontedSubject(_ role: Range<Int>, in body: Passage, sentence: Range<Int>) -> Range<Int>? {
        guard Self.frontedRole.isFound(in: body.foldedText(sentence.lowerBound..<role.lowerBound)) else { return nil }
        guard let comma = body.characters[role.upperBound..<sentence.upperBound].firstIndex(of: ",") else { return nil }
        var start = comma + 1
        let following = Array(body.tokens(in: (comma + 1)..<sentence.upperBound))
        var skipped = 0
        while skipped + 1 < following.count,
              Self.representing.contains(TonePlacement.normalized(following[skipped].lower + " " + following[skipped + 1].lower)) {
            start = following[skipped + 1].range.upperBound
            skipped += 2
        }
        var end = start
        for token in following.dropFirst(skipped) {
            if !token.isCapitalized, Self.subjectEnds.contains(token.lower) { break }
            if ByteSearch.contains(",", in: body.text(end..<token.range.lowerBound)) { break }
            end = token.range.upperBound
        }
        let range = body.trimmed(start..<end)
        guard let first = body.tokens(in: range).first, first.isCapitalized else { return nil }
        return range
    }

    /// The most common Vietnamese family names (folded): a name opens with one more surely.
    static let commonSurnames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
    ]

    /// Lower-case words that end a unit's name before a person's ("tỉnh", "Tỉnh ủy").
    static let wordsBeforeNames: Set<String> = ["tỉnh", "phố", "ủy"]

    /// The first word of the run of capitalised family names that ends at `index` ("Lê Văn": "Lê").
    static func nameStart(_ index: Int, in words: [String]) -> Int {
        var start = index
        while start > 1, Lexicon.surnames.contains(Folding.fold(words[start - 1])), words[start - 1].first?.isUppercase == true {
            start -= 1
        }
        return start
    }

    /// Drops a person's name after the unit ("xã Kim Tân Quách Thị Tươi"); writes out an abbreviation
    /// the text defined for a unit (``DefinedUnits``).
    func cleaned(_ printed: Found<Member>, context: Context, date: Stamp?) -> Found<Member> {
        let found = DefinedUnits.expanded(printed, context: context, date: date)
        var member = found.value
        let words = member.text.split(separator: " ").map(String.init)
        if words.count >= 4 {
            for index in 1..<(words.count - 1) where Lexicon.surnames.contains(Folding.fold(words[index]))
                && words[index...].allSatisfy({ $0.first?.isUppercase ?? false })
                && (2...4).contains(words.count - index)
                && (words[(index - 1)].first?.isUppercase == true && words[index - 1] != words[index - 1].uppercased()
                    || Self.wordsBeforeNames.contains(TonePlacement.normalized(words[index - 1])))
                // "Trường Tiểu học Lê Văn Tám": a name after a school's or a street's word names the unit.
                && !Lexicon.namedAfterPeople.contains(TonePlacement.normalized(words[Self.nameStart(index, in: words) - 1]))
                && context.gazetteer.places[Folding.key(words[index...].joined(separator: " "))] == nil
                // "Trường Cao đẳng Nông Lâm Thanh Hóa": a name that ends in a place is no person's.
                && context.gazetteer.places[Folding.key(words.suffix(2).joined(separator: " "))] == nil
                // "Kho bạc Nhà nước tỉnh Bắc Ninh Trần Văn Hải": "Ninh" ends a place, not opens a name.
                && !(2...3).contains(where: { length in
                    index + 1 >= length && context.gazetteer.places[Folding.key(words[(index + 1 - length)...index].joined(separator: " "))] != nil
                }) {
                // "huyện Thạch Hà Trần Văn Tuấn": a rarer family name ("Hà") ends a place when a
                // common one ("Trần") follows.
                if !Self.commonSurnames.contains(Folding.fold(words[index])), words.count - index > 3,
                   Self.commonSurnames.contains(Folding.fold(words[index + 1])) { continue }
                let unit = words[..<index].joined(separator: " ")
                member.text = UnitReader.localityName(folded: Folding.fold(unit), text: unit) ?? unit
                break
            }
        }
        return Found(member, found.range)
    }
}
