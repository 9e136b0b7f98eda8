import Foundation
import PactoModel

/// Everything a rule may look at for one article: the body as a
/// ``Passage``, the title as another, the places named in each, the
/// abbreviations the text defines, and the page's stamp.
struct Context: Sendable {
    let article: Article
    let body: Passage
    let title: Passage
    let gazetteer: Gazetteer
    let abbreviations: Abbreviations
    let places: [PlaceMention]
    let titlePlaces: [PlaceMention]

    init(article: Article, gazetteer: Gazetteer) {
        self.article = article
        self.gazetteer = gazetteer
        body = Passage(blocks: article.blocks)
        title = Passage(text: article.title ?? "")
        let known = gazetteer.knownAbbreviations
        abbreviations = Abbreviations(definedIn: (article.title ?? "") + "\n" + article.body, known: known)
        let finder = PlaceFinder(gazetteer: gazetteer)
        places = finder.mentions(in: body)
        titlePlaces = finder.mentions(in: title)
    }

    var published: Stamp? { article.published }

    /// Places inside a range of the body.
    func places(in range: Range<Int>) -> [PlaceMention] {
        places.filter { range.contains($0.range.lowerBound) && $0.range.upperBound <= range.upperBound }
    }

    /// The province (canonical at `date`) a phrase of the body names, if it
    /// names one that is not just a city.
    func province(in range: Range<Int>, on date: Stamp?, allowCities: Bool = false) -> String? {
        let found = places(in: range).filter { allowCities || !$0.isCity }
        return found.last.map { gazetteer.canonical($0.province, on: date) }
    }
}

/// One value a rule found and the span it came from.
struct Found<Value: Sendable>: Sendable {
    var value: Value
    var range: Range<Int>?

    init(_ value: Value, _ range: Range<Int>?) {
        self.value = value
        self.range = range
    }
}
