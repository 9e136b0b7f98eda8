import Foundation
import PactoModel

struct SpanishExtractor: Extractor {
    let gazetteer: Gazetteer
    func extract(from article: Article) -> Extraction { Extraction() }
}
