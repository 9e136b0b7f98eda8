import PactoExtraction
import PactoModel
import Testing

/// The rules of the meeting's date, place, theme, year, activities and
/// criteria against their example corpora (`Fixtures/examples/`), one
/// table-driven test per rule, Vietnamese and Spanish rows together.
struct FieldExampleTests {
    @Test("MeetingDateRule / SpanishDateRule: the meeting's day and its part",
          arguments: Example.load("date.vi.tsv") + Example.load("date.es.tsv"))
    func date(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            let event = example.event(published: example.column(3))
            return event?.date?.description == example.column(1) && event?.dayPart?.rawValue == example.column(2)
        }
    }

    @Test("LocationRule: the province of the meeting",
          arguments: Example.load("location.vi.tsv") + Example.load("location.es.tsv"))
    func location(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            example.event()?.location?.province.map(Folding.fold) == example.column(1).map(Folding.fold)
        }
    }

    @Test("ThemeRule: the slogan the cluster adopts",
          arguments: Example.load("theme.vi.tsv") + Example.load("theme.es.tsv"))
    func theme(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            example.event()?.theme == example.column(1)
        }
    }

    @Test("PactYearRule: the year the pact or review is for",
          arguments: Example.load("year.vi.tsv") + Example.load("year.es.tsv"))
    func year(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            guard let event = example.eventAlone() else { return false }
            return event.year == example.column(1).flatMap { Int($0) }
        }
    }

    @Test("ActivityRule: what the meeting does",
          arguments: Example.load("activities.vi.tsv") + Example.load("activities.es.tsv"))
    func activities(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            // A phrasing that shows no activity may give no event at all.
            guard let event = example.eventAlone() else { return example.list(1).isEmpty }
            return Set(event.activities.map(\.rawValue)) == Set(example.list(1))
        }
    }

    @Test("CriteriaRule: the number of the pact's criteria",
          arguments: Example.load("criteria.vi.tsv") + Example.load("criteria.es.tsv"))
    func criteria(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            example.event()?.criteriaCount == example.column(1).flatMap { Int($0) }
        }
    }

    @Test("PeopleRule: the officials named, in the order of the text",
          arguments: Example.load("people.vi.tsv") + Example.load("people.es.tsv"))
    func people(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            (example.event()?.people ?? []).map { Folding.fold($0.name) } == example.list(1).map(Folding.fold)
        }
    }
}

extension Example {
    /// The event of the phrasing and the closing sentence, with the page's
    /// stamp when one is given ("2024-03-20").
    func event(published: String?) -> Event? {
        guard let published else { return event() }
        let closing = language == .spanish
            ? "La conferencia de balance de 2024 del Clúster de Emulación se celebró con éxito."
            : "Hội nghị tổng kết năm 2024 của Cụm thi đua đã diễn ra thành công."
        let article = Article(file: "example.txt", title: nil, published: Stamp(iso: published), language: language,
                              blocks: [Block(.paragraph, text), Block(.paragraph, closing)])
        return Extractors.extract(from: article).events.first
    }

    /// The event of the phrasing alone (it names its own cluster), for the
    /// fields the closing sentence would speak to (its year, its review).
    func eventAlone() -> Event? {
        let article = Article(file: "example.txt", language: language, blocks: [Block(.paragraph, text)])
        return Extractors.extract(from: article).events.first
    }
}
