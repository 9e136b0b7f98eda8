import PactoModel
import Testing

/// The organizer of a phrasing alone, no named cluster after it (`Fixtures/examples/organizer-alone.es.tsv`):
/// a cluster or bloc named plainly must give its kind and number, a near miss no event.
struct OrganizerAloneExampleTests {
    @Test("SpanishOrganizerRule: a phrasing alone", arguments: Example.load("organizer-alone.es.tsv"))
    func organizerAlone(_ example: Example) {
        ExampleCorpusTests.run(example) { example in
            let organizer = example.eventAlone()?.organizer
            guard let kind = example.column(1) else { return organizer == nil }
            return organizer?.kind.rawValue == kind && organizer?.number == example.column(2).flatMap { Int($0) }
        }
    }
}
