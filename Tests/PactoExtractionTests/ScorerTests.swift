import Foundation
import PactoExtraction
import PactoModel
import Testing

/// `pacto eval` scores as the corpus scorer does.
struct ScorerTests {
    static func gold(_ json: String) throws -> GoldDocument {
        try JSONDecoder().decode(GoldDocument.self, from: Data(json.utf8))
    }

    static let annotation = """
    {"language": "vi", "title": "Cụm thi đua số VIII ký kết", "published": "2024-03-30", "authors": ["Thanh Mỹ"],
     "events": [{"activities": ["pact-signing"], "date": "2024-03-29", "dayPart": "afternoon",
       "locationProvince": "Long An", "organizer": {"kind": "cluster", "number": 8, "parent": "Bộ Tài nguyên và Môi trường"},
       "year": 2024, "memberCount": 2, "memberProvinces": ["Long An", "Thừa Thiên Huế"], "memberUnits": [],
       "head": "Long An", "deputyHead": null, "theme": "Kỷ cương", "people": [{"name": "Võ Minh Thành", "title": null, "role": null}],
       "awards": [], "criteriaCount": null}]}
    """

    static func prediction() -> Document {
        var event = Event(activities: [.pactSigning, .movementLaunch], date: Stamp(year: 2024, month: 3, day: 29), dayPart: .afternoon)
        event.location = Location(text: "tỉnh Long An", province: "Long An")
        event.organizer = Organizer(kind: .cluster, number: 8, label: "Cụm thi đua số VIII", parent: "Bộ Tài nguyên và Môi trường")
        event.year = 2024
        event.memberCount = 2
        event.members = [Member(text: "Sở TN&MT tỉnh Long An", province: "Long An"), Member(text: "Huế", province: "Huế")]
        event.head = Member(text: "Sở TN&MT tỉnh Long An", province: "Long An")
        event.theme = "“Kỷ cương.”"
        event.people = [Person(name: "Vo Minh Thanh")]
        return Document(file: "x.txt", sha256: "", language: .vietnamese, title: "Cụm thi đua số VIII ký kết",
                        published: Stamp(iso: "2024-03-30T06:17"), authors: ["Thanh My"], events: [event])
    }

    @Test func foldsLikeTheCorpusScorer() throws {
        var scorer = Scorer()
        scorer.add(name: "x", gold: try Self.gold(Self.annotation), predicted: Self.prediction())
        #expect(scorer.tallies["members"]?.truePositives == 2)
        #expect(scorer.tallies["people"]?.truePositives == 1)
        #expect(scorer.tallies["authors"]?.truePositives == 1)
        #expect(scorer.tallies["theme"]?.truePositives == 1)
        #expect(scorer.tallies["head"]?.truePositives == 1)
        #expect(scorer.tallies["published"]?.truePositives == 1)
        #expect(scorer.tallies["activities"]?.falsePositives == 1)
        #expect(scorer.overall.falseNegatives == 0)
    }

    @Test func missingDocumentCountsAsMissed() throws {
        var scorer = Scorer()
        scorer.add(name: "x", gold: try Self.gold(Self.annotation), predicted: nil)
        #expect(scorer.missing == 1)
        #expect(scorer.overall.truePositives == 0)
        #expect(scorer.overall.falseNegatives > 10)
    }

    @Test(arguments: [
        ("Thừa Thiên Huế", "hue"), ("TP. Hồ Chí Minh", "ho chi minh"), ("tỉnh Bà Rịa - Vũng Tàu", "ba ria vung tau"),
        ("provincia de Long An", "long an"), ("Ho Chi Minh City", "ho chi minh"),
    ])
    func places(name: String, key: String) {
        #expect(ScoreFolding.place(name) == key)
    }

    @Test(arguments: [("“Kỷ cương, sáng tạo.”", "kỷ cương, sáng tạo"), ("  Đoàn   kết ", "đoàn kết")])
    func themes(text: String, key: String) {
        #expect(ScoreFolding.theme(text) == key)
    }
}
