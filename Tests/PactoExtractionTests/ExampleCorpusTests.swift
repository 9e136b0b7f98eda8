import PactoModel
import Testing

/// Each rule against its example corpus (`Fixtures/examples/`): phrasings
/// written from the language, near misses included, with the value each
/// must give. Adding a phrasing is adding a line to the file.
struct ExampleCorpusTests {
    /// Runs `check` on an example; a known miss must still miss.
    static func run(_ example: Example, _ check: (Example) -> Bool) {
        if example.isKnownMiss {
            withKnownIssue { #expect(check(example), "\(example.testDescription)") }
        } else {
            #expect(check(example), "\(example.testDescription)")
        }
    }

    @Test("HeadRule: the head and deputy for the year", arguments: Example.load("head.vi.tsv") + Example.load("head.es.tsv"))
    func head(_ example: Example) {
        Self.run(example) { example in
            let event = example.event()
            func agrees(_ member: Member?, _ expected: String?) -> Bool {
                guard let expected else { return member == nil }
                return member.map { Example.matches($0, expected) } ?? false
            }
            return agrees(event?.head, example.column(1)) && agrees(event?.deputyHead, example.column(2))
        }
    }

    @Test("MemberListRule: the members and their stated number", arguments: Example.load("members.vi.tsv") + Example.load("members.es.tsv"))
    func members(_ example: Example) {
        Self.run(example) { example in
            let event = example.event()
            return Example.same(event?.members ?? [], example.list(1), by: Example.matches)
                && event?.memberCount == example.column(2).flatMap { Int($0) }
        }
    }

    @Test("AwardRule: kind, issuer and recipients", arguments: Example.load("awards.vi.tsv") + Example.load("awards.es.tsv"))
    func awards(_ example: Example) {
        Self.run(example) { example in
            let awards = example.event()?.awards ?? []
            guard let kind = example.column(1) else { return awards.isEmpty }
            return awards.contains { award in
                award.kind.rawValue == kind
                    && (example.column(2).map { expected in award.issuer.map { Example.matches($0, expected) } ?? false } ?? (award.issuer == nil))
                    && Example.same(award.recipients, example.list(3), by: Example.matches)
            }
        }
    }

    @Test("OrganizerRule: kind, number and owner", arguments: Example.load("organizer.vi.tsv") + Example.load("organizer.es.tsv"))
    func organizer(_ example: Example) {
        Self.run(example) { example in
            let found = example.event()?.organizer
            // A row run alone with no kind: a near miss, no event.
            guard let kind = example.column(1) else { return example.standsAlone && found == nil }
            guard let organizer = found else { return false }
            return organizer.kind.rawValue == kind && organizer.number == example.column(2).flatMap { Int($0) }
                && (organizer.parent.map(Folding.fold) == example.column(3).map(Folding.fold)
                    // A Spanish owner as printed, when its Vietnamese name is the one expected.
                    || organizer.parent.flatMap { Gazetteer.standard.body(opening: $0)?.vietnamese }.map(Folding.fold)
                        == example.column(3).map(Folding.fold))
        }
    }
}
