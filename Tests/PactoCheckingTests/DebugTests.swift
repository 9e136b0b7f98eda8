import Foundation
import PactoModel
import PactoReading
import Testing
@testable import PactoChecking

struct DebugTests {
    @Test func costs() throws {
        guard let pair = ProcessInfo.processInfo.environment["DEBUG_PAIR"] else { return }
        let parts = pair.split(separator: ",").map(String.init)
        let finder = AnchorFinder(gazetteer: .standard, glossary: Fixtures.checker.glossary)
        let segmenter = Segmenter(finder: finder)
        let vi = segmenter.segments(of: try Reader().read(path: parts[0]), language: .vietnamese)
        let es = segmenter.segments(of: try Reader().read(path: parts[1]), language: .spanish)
        let aligner = Aligner()
        let weights = ConceptWeights(vi + es)
        let ratio = Double(parts[2]) ?? 1.2
        for s in vi { print("VI", s.index, s.length, s.wordCount, s.text.prefix(50)) }
        for s in es { print("ES", s.index, s.length, s.wordCount, s.text.prefix(50)) }
        for i in vi.indices { for j in es.indices {
            let m = aligner.match([vi[i]], [es[j]], ratio: ratio, weights: weights)
            print("M \(i)↔\(j) cost \(String(format: "%.2f", m.cost)) sim \(String(format: "%.2f", m.similarity))")
        } }
        for i in 0..<(vi.count - 1) { for j in es.indices {
            let m = aligner.match([vi[i], vi[i+1]], [es[j]], ratio: ratio, weights: weights)
            print("M \(i)+\(i+1)↔\(j) cost \(String(format: "%.2f", m.cost)) pen \(aligner.splitPenalty([vi[i], vi[i+1]], [es[j]], ratio: ratio, weights: weights))")
        } }
        for s in vi { print("skip VI", s.index, aligner.skip(s)) }
    }
}
