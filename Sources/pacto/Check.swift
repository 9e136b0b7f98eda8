import ArgumentParser
import Foundation
import PactoChecking
import PactoModel
import PactoReading
import PactoWeb

extension Pacto {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a Spanish translation against its Vietnamese original.",
            discussion: """
            Aligns the two texts, compares every fact of the extraction contract (dates, places, \
            cluster, members, head, theme, people, awards, counts) by meaning, lists passages \
            omitted or added, and checks terminology against the glossary. Either order of \
            languages is accepted. With --pairs DIR, finds original/translation pairs in a folder \
            by their facts and checks each. Exit status: 0 no errors, 1 errors found, 2 the check \
            could not run.
            """
        )

        @Argument(help: "The original, then its translation (HTML or text).", completion: .file())
        var files: [String] = []

        @Flag(help: "Print the report as JSON.")
        var json = false

        @Option(help: "Also write a side-by-side HTML page to this file.", completion: .file())
        var html: String?

        @Option(help: "A glossary file to use instead of the shipped one.", completion: .file())
        var glossary: String?

        @Option(help: "Find and check every original/translation pair in this folder.", completion: .directory)
        var pairs: String?

        @OptionGroup var reading: ReadingOptions

        /// What is wrong with the arguments, if anything. Checked in `run`
        /// rather than `validate` so that a pipeline sees status 2, like any
        /// check that could not run.
        var usageProblem: String? {
            if pairs == nil && files.count != 2 { return "give an original and its translation, or --pairs DIR" }
            if pairs != nil && !files.isEmpty { return "--pairs takes a folder; give no files with it" }
            return nil
        }

        func run() throws {
            if let usageProblem {
                Output.error(usageProblem + " (see 'pacto check --help')")
                throw ExitCode(2)
            }
            do {
                let checker = try makeChecker()
                let reader = Reader(options: reading.readerOptions)
                if let pairs {
                    try PairsRun(checker: checker, reader: reader, json: json, html: html).run(folder: pairs)
                    return
                }
                // The same reader as `pacto read`: any encoding, HTML or text.
                let report = try checker.check(original: reader.read(path: files[0]), translation: reader.read(path: files[1]))
                Output.line(json ? try report.json() : report.text())
                if let html {
                    try Data(CheckReportPage.html(for: report).utf8).write(to: URL(fileURLWithPath: html))
                }
                if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }

        func makeChecker() throws -> Checker {
            guard let glossary else { return try Checker() }
            let data = try Data(contentsOf: URL(fileURLWithPath: glossary))
            return Checker(glossary: try Glossary(data: data))
        }
    }
}

/// `pacto check --pairs DIR`: reads every document of a folder, pairs
/// originals with translations by their facts, checks each pair, and lists
/// the documents left without a partner.
struct PairsRun {
    var checker: Checker
    var reader: Reader
    var json: Bool
    /// A folder for one HTML page per pair.
    var html: String?

    /// The files a folder scan reads (others, like notes and JSON, are skipped).
    static let documentExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", ""]

    func run(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { !$0.hasPrefix(".") && Self.documentExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
        var inputs: [Article] = []
        var unreadable: [String] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            do { inputs.append(try reader.read(path: path)) } catch { unreadable.append(path) }
        }
        let result = PairFinder(glossary: checker.glossary).pairs(of: inputs)
        var reports: [CheckReport] = []
        for pair in result.pairs {
            let original = inputs[pair.original]
            let translation = inputs[pair.translation]
            do {
                reports.append(try checker.check(original: original, translation: translation))
            } catch {
                Output.error("\(original.file) ↔ \(translation.file): \(error)")
            }
        }
        let unpaired = result.unpaired.map { inputs[$0].file } + unreadable
        if json {
            var parts: [String] = []
            for report in reports { parts.append(try report.json(pretty: false)) }
            let list = try String(decoding: JSONEncoder().encode(unpaired), as: UTF8.self)
            Output.line("{\"pairs\":[" + parts.joined(separator: ",") + "],\"unpaired\":" + list + "}")
        } else {
            for report in reports {
                Output.line(report.text())
                Output.line("")
            }
            Output.line("\(reports.count) pair\(reports.count == 1 ? "" : "s") checked, "
                + "\(reports.filter { $0.errors > 0 }.count) with errors")
            if !unpaired.isEmpty {
                Output.line("unpaired:")
                for file in unpaired { Output.line("  \(file)") }
            }
        }
        if let html {
            try FileManager.default.createDirectory(atPath: html, withIntermediateDirectories: true)
            for (number, report) in reports.enumerated() {
                let name = "pair-\(number + 1)-" + ((report.original.file as NSString).lastPathComponent as NSString).deletingPathExtension + ".html"
                try Data(CheckReportPage.html(for: report).utf8).write(to: URL(fileURLWithPath: (html as NSString).appendingPathComponent(name)))
            }
        }
        if reports.contains(where: { $0.errors > 0 }) { throw ExitCode(1) }
    }
}
