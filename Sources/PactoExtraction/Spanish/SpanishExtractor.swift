import Foundation
import PactoModel

/// The rule set for Spanish translations of these reports. Province names
/// map to their Vietnamese canonical form; people keep the text's spelling.
struct SpanishExtractor: Extractor {
    let gazetteer: Gazetteer

    func extract(from article: Article) -> Extraction {
        let context = Context(article: article, gazetteer: gazetteer)
        var warnings: [String] = []
        guard let organizer = SpanishOrganizerRule().organizer(in: context) else { return Extraction() }
        var event = Event()
        var evidence = EvidenceRecorder(passage: context.body)
        event.organizer = organizer.value
        evidence.record("organizer", organizer.range)

        let activities = ActivityRule.spanish.activities(in: context)
        event.activities = activities.keys.sorted()
        for activity in event.activities { evidence.record("activities", activities[activity] ?? nil) }

        let meeting = SpanishDateRule().meetingDate(in: context)
        if let meeting {
            event.date = meeting.date
            event.dayPart = meeting.dayPart
            evidence.record("date", meeting.range)
            if meeting.dayPart != nil { evidence.record("dayPart", meeting.range) }
            if meeting.date == nil {
                warnings.append("undatable date: \(context.body.text(meeting.range)) (no year in the text, title or stamp)")
            }
        }
        guard !event.activities.isEmpty else { return Extraction() }
        let date = event.date ?? article.published?.date

        var location = LocationRule()
        location.venue = LocationRule.spanishVenue
        if let found = location.location(in: context, meetingAt: meeting?.range.lowerBound, organizer: organizer.value, date: date) {
            event.location = found.value
            evidence.record("location", found.range)
        }

        let rule = SpanishMemberRule()
        let list = rule.members(in: context, date: date)
        let holders = rule.holders(in: context, date: date)
        let roles = HeadRule().headAndDeputy(holders)
        event.head = roles.head?.value
        event.deputyHead = roles.deputy?.value
        evidence.record("head", roles.head?.range)
        evidence.record("deputyHead", roles.deputy?.range)
        var members = MemberSet()
        for member in list?.members ?? [] { members.insert(member.value) }
        for holder in holders { members.insert(holder.member.value) }
        event.members = members.members
        evidence.record("members", list?.range)
        if let count = rule.count(in: context) {
            event.memberCount = count.value
            evidence.record("memberCount", count.range)
            if let listed = list?.members.count, listed != count.value {
                warnings.append("stated member count \(count.value) differs from the \(listed) members listed")
            }
        }

        let years = PactYearRule.spanish.year(in: context, activities: Set(event.activities))
        event.year = years.year
        evidence.record("year", years.range)
        if years.pactYears.count > 1 {
            warnings.append("two pact years: " + years.pactYears.map(String.init).joined(separator: ", "))
        }
        if let theme = ThemeRule.spanish.theme(in: context.body) {
            event.theme = theme.value
            evidence.record("theme", theme.range)
        }
        let people = PeopleRule().people(in: context, authors: article.authors, excluding: list.map { [$0.range] } ?? [])
        event.people = people.map(\.value)
        for person in people { evidence.record("people", person.range) }
        if let criteria = CriteriaRule.spanish.count(in: context.body) {
            event.criteriaCount = criteria.value
            evidence.record("criteriaCount", criteria.range)
        }
        warnings += UnknownPlaceRule().warnings(in: context)
        event.evidence = evidence.spans
        return Extraction(events: [event], warnings: warnings)
    }
}
