import Foundation
import PactoModel

/// Puts one event together from what a language's rules find, the same way
/// for every language: organizer first (none, no event), then activities
/// (none, no meeting), then the rest, each field with its evidence, and the
/// warnings about the document.
struct EventAssembler<Rules: RuleSet>: Extractor {
    let rules: Rules
    let gazetteer: Gazetteer

    func extract(from article: Article) -> Extraction {
        let context = Context(article: article, gazetteer: gazetteer)
        guard let organizer = rules.organizer(in: context) else { return Extraction() }
        var warnings: [String] = []
        var event = Event()
        var evidence = EvidenceRecorder(passage: context.body)
        event.organizer = organizer.value
        evidence.record("organizer", organizer.range)

        let activities = rules.activities.activities(in: context)
        event.activities = activities.keys.sorted()
        for activity in event.activities { evidence.record("activities", activities[activity] ?? nil) }

        let meeting = rules.meetingDate(in: context)
        if let meeting {
            event.date = meeting.date
            event.dayPart = meeting.dayPart
            evidence.record("date", meeting.range)
            if meeting.dayPart != nil { evidence.record("dayPart", meeting.range) }
            if meeting.date == nil {
                warnings.append("undatable date: \(context.body.text(meeting.range)) (no year in the text, title or stamp)")
            }
        }
        // A cluster named beside a date but doing nothing the text reports is no meeting.
        guard !event.activities.isEmpty else { return Extraction(events: [], warnings: UnknownPlaceRule().warnings(in: context)) }
        let date = event.date ?? article.published?.date

        var locationRule = LocationRule()
        locationRule.venue = rules.venue
        if let location = locationRule.location(in: context, meetingAt: meeting?.range.lowerBound,
                                                organizer: organizer.value, date: date) {
            event.location = location.value
            evidence.record("location", location.range)
        }

        event.organizer?.identity = OrganizerIdentity(organizer.value, location: event.location?.province, gazetteer: gazetteer)

        let years = rules.pactYear.year(in: context, activities: Set(event.activities))
        event.year = years.year
        evidence.record("year", years.range)
        if years.pactYears.count > 1 {
            warnings.append("two pact years: " + years.pactYears.map(String.init).joined(separator: ", "))
        }

        let list = rules.members(in: context, date: date, organizer: organizer)
        let holders = rules.holders(in: context, date: date)
        let roles = HeadRule().headAndDeputy(holders, year: event.year)
        event.head = roles.head?.value
        event.deputyHead = roles.deputy?.value
        evidence.record("head", roles.head?.range)
        evidence.record("deputyHead", roles.deputy?.range)

        let awards = rules.awards(in: context, date: date)
        event.awards = Self.merged(awards.map(\.value))
        for award in awards { evidence.record("awards", award.range) }

        event.members = members(list: list, holders: holders, awards: awards, organizer: organizer, context: context, date: date)
        event.awards = event.awards.map { ProvinceSpellings.withProvinceNames(Self.spelledAsMembers($0, event.members), gazetteer: gazetteer, date: date) }
        event.head = event.head.map { Self.spelledAsMembers($0, event.members) }
        event.deputyHead = event.deputyHead.map { Self.spelledAsMembers($0, event.members) }
        if list?.isStated == true { evidence.record("members", list?.range) }

        if let count = rules.memberCount(in: context) {
            event.memberCount = count.value
            evidence.record("memberCount", count.range)
            if let listed = list?.isStated == true ? list?.members.count : nil, listed != count.value {
                warnings.append("stated member count \(count.value) differs from the \(listed) members listed")
            }
        }

        if let theme = rules.theme.theme(in: context.body) {
            event.theme = theme.value
            evidence.record("theme", theme.range)
        }
        let stated = list?.isStated == true ? list.map { [$0.range] } ?? [] : []
        let people = PeopleRule().people(in: context, authors: article.authors, excluding: stated)
        event.people = people.map(\.value)
        for person in people { evidence.record("people", person.range) }
        if let criteria = rules.criteria.count(in: context.body) {
            event.criteriaCount = criteria.value
            evidence.record("criteriaCount", criteria.range)
        }
        warnings += UnknownPlaceRule().warnings(in: context)
        event.evidence = evidence.spans
        return Extraction(events: [event], warnings: warnings)
    }

    /// Every unit shown to be a member, in text order, so a unit spelled two
    /// ways keeps its first spelling: the list, the role holders, the
    /// provinces in the organizer's name, then the award recipients.
    func members(list: MemberList?, holders: [HeadRule.Holder], awards: [Found<Award>], organizer: Found<Organizer>,
                 context: Context, date: Stamp?) -> [Member] {
        var named: [(Member, Int)] = []
        for member in list?.members ?? [] { named.append((member.value, member.range?.lowerBound ?? 0)) }
        for holder in holders { named.append((holder.member.value, holder.member.range?.lowerBound ?? Int.max)) }
        for member in rules.membersInName(of: organizer, in: context) { named.append((member, 0)) }
        var members = MemberSet()
        for (member, _) in named.enumerated().sorted(by: { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }).map(\.element)
        where !Self.namesCluster(member.text) && !Self.namesNoMember(member.text) {
            members.insert(member)
        }
        for award in awards {
            for recipient in award.value.recipients where !Self.namesPerson(recipient) && !Self.namesCluster(recipient)
                && !Self.namesNoMember(recipient) {
                let local = Context(article: Article(file: "", blocks: [Block(.paragraph, recipient)]), gazetteer: gazetteer)
                if let member = UnitReader(context: local, date: date).member(0..<local.body.count, in: local.body),
                   !members.members.contains(where: { Self.sameSpelling(member.value.text, as: $0.text) || Self.ends(member.value.text, with: $0.text)
                       || Self.ends($0.text, with: member.value.text) }) {
                    members.insert(member.value)
                }
            }
        }
        return members.members
    }

    /// A board that runs emulation above the cluster ("Hội đồng thi đua khen
    /// thưởng tỉnh") or a meeting ("Hội nghị tổng kết …"), named where a role
    /// holder was looked for: no member.
    static func namesNoMember(_ text: String) -> Bool {
        let key = Folding.key(text)
        return GuestCues.emulationBoards.contains(where: key.hasPrefix) || GuestCues.meetings.contains { key.hasPrefix($0 + " ") }
    }

    /// Another cluster or bloc named beside the members ("compartió
    /// experiencias con el Clúster n.º 3"): a cluster is no member of one.
    static func namesCluster(_ text: String) -> Bool {
        let key = Folding.key(text)
        return ["cum ", "khoi thi dua", "cluster", "bloque", "grupo de emulacion"].contains { key.hasPrefix($0) }
    }

    /// A recipient that is a person, not a unit: it opens with a title or a
    /// form of address ("Phó Giám đốc Sở Tư pháp", "ông Nguyễn Văn An"), or
    /// reads as a full name ("Nguyễn Văn An", "Trần Thị Bình").
    static func namesPerson(_ recipient: String) -> Bool {
        let key = Folding.key(recipient)
        if Lexicon.titles.contains(where: { key.hasPrefix($0 + " ") }) || Lexicon.honorifics.contains(where: { key.hasPrefix($0 + " ") }) {
            return true
        }
        let words = key.split(separator: " ")
        return (3...4).contains(words.count) && Lexicon.surnames.contains(String(words[0])) && ["van", "thi"].contains(words[1])
            && recipient.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
    }

    /// Each recipient as the members' first spelling of the same unit ("a unit
    /// spelled two ways in one text: its first spelling everywhere").
    static func spelledAsMembers(_ award: Award, _ members: [Member]) -> Award {
        var award = award
        award.recipients = award.recipients.map { recipient in
            let words = keyWords(recipient)
            return members.first { member in
                let memberWords = keyWords(member.text)
                return sameSpelling(words, as: memberWords) || endsSpelled(words, as: memberWords)
            }?.text ?? recipient
        }
        return award
    }

    /// A role holder as the members' first spelling of the same unit ("thị
    /// xã La Gi" after the list's "Lagi").
    static func spelledAsMembers(_ holder: Member, _ members: [Member]) -> Member {
        var holder = holder
        let words = keyWords(holder.text)
        if let first = members.first(where: { member in
            let memberWords = keyWords(member.text)
            return sameSpelling(words, as: memberWords) || endsSpelled(words, as: memberWords)
        }) {
            holder.text = first.text
        }
        return holder
    }

    /// "municipio de Huu Lung", "Liên đoàn Lao động Hàm Tân" end with a
    /// name of two words or more ("Huu Lung", "Hàm Tân"): a recipient and a
    /// member named so, one by the longer name and one by the shorter, are
    /// one unit, and the recipient adds no member of its own.
    static func ends(_ text: String, with member: String) -> Bool {
        let name = Folding.key(member)
        return name.contains(" ") && Folding.key(text).hasSuffix(" " + name)
    }

    /// "Liên đoàn Lao động thị xã La Gi" ends with the member "Lagi" spelled
    /// another way (the same letters, other spaces): the member's spelling.
    /// A name spelled alike ("... Hàm Tân", "Hàm Tân") is left as printed.
    static func endsSpelled(_ text: String, as member: String) -> Bool {
        endsSpelled(keyWords(text), as: keyWords(member))
    }

    /// ``endsSpelled(_:as:)`` of the texts' ``keyWords(_:)``.
    static func endsSpelled(_ words: [Substring], as memberWords: [Substring]) -> Bool {
        let name = memberWords.joined(separator: " ")
        let squashed = memberWords.joined()
        guard squashed.count >= 4, !words.isEmpty else { return false }
        return (1...min(3, words.count)).contains { count in
            let tail = words.suffix(count)
            return tail.joined() == squashed && tail.joined(separator: " ") != name
        }
    }

    /// The words of a name's ``Folding/key(_:)``, for comparing spellings:
    /// each text is keyed and split once, whatever it is compared with.
    static func keyWords(_ text: String) -> [Substring] {
        Folding.key(text).split(separator: " ")
    }

    /// `text` is `first` spelled another way: the same letters but for spaces,
    /// dashes and "và" ("Công nghiệp Xây dựng" for "Công nghiệp và Xây dựng",
    /// "La Gi" for "Lagi"), or its first three words or more ("Ngân hàng
    /// Sacombank" for "Ngân hàng Sacombank Đồng Nai").
    static func sameSpelling(_ text: String, as first: String) -> Bool {
        sameSpelling(keyWords(text), as: keyWords(first))
    }

    /// ``sameSpelling(_:as:)`` of the texts' ``keyWords(_:)``.
    static func sameSpelling(_ short: [Substring], as long: [Substring]) -> Bool {
        guard !short.isEmpty, !long.isEmpty else { return false }
        if short == long { return true }
        if short.filter({ $0 != "va" }).joined() == long.filter({ $0 != "va" }).joined() { return true }
        return short.count >= 3 && short.count < long.count && Array(long.prefix(short.count)) == short
    }

    /// Awards of the same kind and issuer as one award with all their recipients.
    /// A recipient already given an award of the same kind is the same award
    /// told twice (a caption over the paragraph, a summary before the detail),
    /// unless both tellings name issuers and they differ ("Cờ thi đua của Chính phủ cho Sở
    /// Giáo dục; Cờ thi đua của UBND tỉnh cho Sở Giáo dục, Sở Y tế"): it is kept once, with the first.
    /// "đề nghị Thủ tướng Chính phủ, UBND tỉnh tặng Cờ thi đua cho X": one award from each issuer.
    static func merged(_ awards: [Award]) -> [Award] {
        var result: [Award] = []
        for var award in awards.flatMap(AwardIssuers.split) {
            let given = Set(result.filter { $0.kind == award.kind && AwardIssuers.same($0.issuer, award.issuer) }
                .flatMap(\.recipients).map(Folding.fold))
            if !award.recipients.isEmpty {
                award.recipients.removeAll { given.contains(Folding.fold($0)) }
                if award.recipients.isEmpty { continue }
            }
            if let index = result.firstIndex(where: { $0.kind == award.kind && $0.issuer == award.issuer }) {
                for recipient in award.recipients where !result[index].recipients.contains(recipient) {
                    result[index].recipients.append(recipient)
                }
            } else {
                result.append(award)
            }
        }
        return result
    }
}
