import ArgumentParser
import Foundation
import PactoExtraction
import PactoModel
import PactoReading

extension Pacto {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against hand-made gold annotations.",
            discussion: """
            Extracts each file and compares it with DIR/<name>.json, the gold annotation of the \
            file with the same base name (the corpus format: memberProvinces, memberUnits, \
            locationProvince, head as a name). Prints precision, recall and F1 per field, then \
            the micro-F1 over all fields, comparing as the corpus scorer does (case, diacritics, \
            quotes and province prefixes folded). Files without a gold annotation are skipped; \
            gold annotations without a file count as missed. Exit status 1 when --min is given \
            and the micro-F1 is below it.
            """
        )

        @Option(help: "Directory of gold annotations, one <name>.json per document.", completion: .directory)
        var gold: String

        @Argument(help: "HTML or text files to extract and score.", completion: .file())
        var files: [String]

        @Flag(help: "List every mismatch.")
        var showErrors = false

        @Option(help: "Exit with status 1 when the micro-F1 is below this value.")
        var min: Double?

        @OptionGroup var reading: ReadingOptions

        func run() throws {
            let reader = Reader(options: reading.readerOptions)
            var predictions: [String: Document] = [:]
            for file in files {
                let name = Self.baseName(file)
                do {
                    predictions[name] = try Extract.document(for: file, reader: reader)
                } catch {
                    Output.error("\(error)")
                }
            }
            let directory = URL(fileURLWithPath: gold)
            let goldFiles: [String]
            do {
                goldFiles = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".json") }.sorted()
            } catch {
                throw ValidationError("cannot list gold directory \(gold): \(error.localizedDescription)")
            }
            var scorer = Scorer()
            let decoder = JSONDecoder()
            for goldFile in goldFiles {
                let name = String(goldFile.dropLast(5))
                let document: GoldDocument
                do {
                    document = try decoder.decode(GoldDocument.self, from: Data(contentsOf: directory.appendingPathComponent(goldFile)))
                } catch {
                    Output.error("\(goldFile): not a gold annotation: \(error)")
                    continue
                }
                scorer.add(name: name, gold: document, predicted: predictions[name])
            }
            Output.line(Self.table(scorer, showErrors: showErrors))
            if let min, scorer.overall.f1 < min { throw ExitCode(1) }
        }

        static func baseName(_ path: String) -> String {
            let last = URL(fileURLWithPath: path).lastPathComponent
            guard let dot = last.lastIndex(of: ".") else { return last }
            return String(last[..<dot])
        }

        static func table(_ scorer: Scorer, showErrors: Bool) -> String {
            func number(_ value: Double) -> String { String(format: "%6.3f", value) }
            var lines = ["field".padding(toLength: 18, withPad: " ", startingAt: 0) + "      P      R     F1  tp/fp/fn"]
            for field in scorer.tallies.keys.sorted() {
                guard let tally = scorer.tallies[field] else { continue }
                lines.append(field.padding(toLength: 18, withPad: " ", startingAt: 0)
                    + " \(number(tally.precision)) \(number(tally.recall)) \(number(tally.f1))  "
                    + "\(tally.truePositives)/\(tally.falsePositives)/\(tally.falseNegatives)")
            }
            if showErrors {
                for mismatch in scorer.mismatches {
                    lines.append("ERR \(mismatch.document) \(mismatch.field) expected: \(mismatch.expected) found: \(mismatch.found)")
                }
            }
            let overall = scorer.overall
            lines.append("documents \(scorer.documents), without output \(scorer.missing)")
            lines.append("micro P \(String(format: "%.3f", overall.precision)) R \(String(format: "%.3f", overall.recall)) F1 \(String(format: "%.3f", overall.f1))")
            return lines.joined(separator: "\n")
        }
    }
}
