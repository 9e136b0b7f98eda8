import Foundation
import PactoModel

/// The rule set for Vietnamese reports: one event per article that reports
/// a meeting of a named cluster or bloc.
struct VietnameseExtractor: Extractor {
    let gazetteer: Gazetteer

    func extract(from article: Article) -> Extraction {
        let context = Context(article: article, gazetteer: gazetteer)
        var warnings: [String] = []
        guard let organizer = OrganizerRule().organizer(in: context) else {
            return Extraction(events: [], warnings: warnings)
        }
        var event = Event()
        var evidence = EvidenceRecorder(passage: context.body)
        event.organizer = organizer.value
        evidence.record("organizer", organizer.range)

        let activities = ActivityRule.vietnamese.activities(in: context)
        event.activities = activities.keys.sorted()
        for activity in event.activities { evidence.record("activities", activities[activity] ?? nil) }

        let dateRule = MeetingDateRule()
        let meeting = dateRule.meetingDate(in: context)
        if let meeting {
            event.date = meeting.date
            event.dayPart = meeting.candidate.dayPart
            evidence.record("date", meeting.candidate.range)
            if meeting.candidate.dayPart != nil { evidence.record("dayPart", meeting.candidate.range) }
            if meeting.date == nil {
                warnings.append("undatable date: \(context.body.text(meeting.candidate.range)) (no year in the text, title or stamp)")
            }
        }
        // A cluster named beside a date but doing nothing the text reports is no meeting.
        guard !event.activities.isEmpty else { return Extraction(events: [], warnings: UnknownPlaceRule().warnings(in: context)) }
        let date = event.date ?? article.published?.date

        if let location = LocationRule().location(in: context, meetingAt: meeting?.candidate.range.lowerBound,
                                                  organizer: organizer.value, date: date) {
            event.location = location.value
            evidence.record("location", location.range)
        }

        let list = MemberListRule().members(in: context, date: date)
        // Provinces named after a count ("4 tỉnh A, B, C, D đạt ..."): members, though not the whole list.
        let organizerText = organizer.range.map { context.body.foldedText($0.lowerBound..<min(context.body.count, $0.upperBound + 40)) }
        let ofProvinces = ByteSearch.contains("cac tinh", in: organizerText ?? Folding.fold(organizer.value.label))
        let namedProvinces = list == nil ? MemberListRule().provinceRun(in: context, date: date, ofProvinces: ofProvinces) : nil
        let holders = HeadRule().holders(in: context, date: date)
        let roles = HeadRule().headAndDeputy(holders)
        event.head = roles.head?.value
        event.deputyHead = roles.deputy?.value
        evidence.record("head", roles.head?.range)
        evidence.record("deputyHead", roles.deputy?.range)

        let awards = AwardRule().awards(in: context, date: date)
        event.awards = Self.merged(awards.map(\.value))
        for award in awards { evidence.record("awards", award.range) }

        var members = MemberSet()
        // Every unit shown to be a member, in text order, so a unit spelled two
        // ways keeps its first spelling.
        var named: [(Member, Int)] = []
        for member in list?.members ?? namedProvinces?.members ?? [] { named.append((member.value, member.range?.lowerBound ?? 0)) }
        for holder in holders { named.append((holder.member.value, holder.member.range?.lowerBound ?? Int.max)) }
        for place in OrganizerRule().provincesInName(of: organizer, in: context) {
            named.append((Member(text: place.text, province: place.province), 0))
        }
        for (member, _) in named.enumerated().sorted(by: { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }).map(\.element) {
            members.insert(member)
        }
        evidence.record("members", list?.range)
        let reader = UnitReader(context: context, date: date)
        for award in awards {
            for recipient in award.value.recipients {
                let passage = Passage(text: recipient)
                let local = Context(article: Article(file: "", blocks: [Block(.paragraph, recipient)]), gazetteer: gazetteer)
                if let member = UnitReader(context: local, date: date).member(0..<passage.count, in: local.body) {
                    members.insert(member.value)
                }
            }
        }
        _ = reader
        event.members = members.members

        if let count = MemberCountRule().count(in: context) {
            event.memberCount = count.value
            evidence.record("memberCount", count.range)
            if let listed = list?.members.count, listed != count.value {
                warnings.append("stated member count \(count.value) differs from the \(listed) members listed")
            }
        }

        let years = PactYearRule.vietnamese.year(in: context, activities: Set(event.activities))
        event.year = years.year
        evidence.record("year", years.range)
        if years.pactYears.count > 1 {
            warnings.append("two pact years: " + years.pactYears.map(String.init).joined(separator: ", "))
        }

        if let theme = ThemeRule.vietnamese.theme(in: context.body) {
            event.theme = theme.value
            evidence.record("theme", theme.range)
        }
        let people = PeopleRule().people(in: context, authors: article.authors, excluding: list.map { [$0.range] } ?? [])
        event.people = people.map(\.value)
        for person in people { evidence.record("people", person.range) }
        if let criteria = CriteriaRule.vietnamese.count(in: context.body) {
            event.criteriaCount = criteria.value
            evidence.record("criteriaCount", criteria.range)
        }
        warnings += UnknownPlaceRule().warnings(in: context)
        event.evidence = evidence.spans
        return Extraction(events: [event], warnings: warnings)
    }

    /// Awards of the same kind and issuer as one award with all their recipients.
    static func merged(_ awards: [Award]) -> [Award] {
        var result: [Award] = []
        for award in awards {
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
