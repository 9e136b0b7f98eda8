import ArgumentParser
import Foundation
import PactoExtraction
import PactoModel
import PactoReading

extension Pacto {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the emulation meetings each article reports.",
            discussion: """
            Reads each file (HTML or text) and prints the events it reports: activities, date, \
            place, cluster or bloc, members, head, theme, people, awards, with the span of text \
            each value came from. With --json, one JSON object per document (JSON Lines) as in \
            DESIGN.md. Archives are read as `pacto import` reads them: each HTML page of a .warc \
            or .warc.gz file and each .html, .htm, .xhtml or .txt entry of a .zip file is a \
            document named archive!entry, in the archive's order (pacto extract --json \
            shard.warc.gz lists the events of a crawl's pages). A file or an archive entry that \
            cannot be read (damaged, over a limit) is reported on standard error with its name \
            and the reason; the others are still extracted. Exit status: 0 when every file was \
            read, 1 when some could not be.
            """
        )

        @Argument(help: "HTML or text files, or archives (.warc, .warc.gz, .zip), to extract from.", completion: .file())
        var files: [String]

        @Flag(help: "Print JSON Lines instead of a readable summary.")
        var json = false

        @OptionGroup var reading: ReadingOptions
        @OptionGroup var archives: ArchiveOptions

        func run() throws {
            try Output.eachArticle(files, reading: reading, archives: archives) { article in
                let document = Extractors.document(from: article)
                if json {
                    try Output.json(document)
                } else {
                    Output.line(DocumentText.render(document))
                }
            }
        }

        /// Reads one file and extracts its events.
        static func document(for file: String, reader: Reader) throws -> Document {
            Extractors.document(from: try reader.read(path: file))
        }
    }
}

/// The readable summary of a Document for a terminal.
enum DocumentText {
    static func render(_ document: Document) -> String {
        var lines = ["== \(document.file)"]
        lines.append("title:     \(document.title ?? "—")")
        lines.append("published: \(document.published?.description ?? "—")    language: \(document.language.rawValue)")
        if !document.authors.isEmpty { lines.append("authors:   \(document.authors.joined(separator: "; "))") }
        if document.events.isEmpty { lines.append("no cluster or bloc meeting reported") }
        for (index, event) in document.events.enumerated() {
            lines.append("event \(index + 1): \(event.activities.map(\.rawValue).joined(separator: ", "))")
            func add(_ label: String, _ value: String?) {
                if let value, !value.isEmpty { lines.append("  " + label.padding(toLength: 13, withPad: " ", startingAt: 0) + value) }
            }
            add("date", event.date.map { $0.description + (event.dayPart.map { " (\($0.rawValue))" } ?? "") })
            add("location", event.location.map { place($0) })
            add("organizer", event.organizer.map { organizer in
                var text = "\(organizer.kind.rawValue) \(organizer.number.map(String.init) ?? "–") “\(organizer.label)”"
                if let parent = organizer.parent { text += " of \(parent)" }
                return text
            })
            add("year", event.year.map(String.init))
            add("members", event.members.isEmpty ? nil
                : "\(event.memberCount.map { "\($0) stated; " } ?? "")" + event.members.map(place).joined(separator: "; "))
            if event.members.isEmpty { add("memberCount", event.memberCount.map(String.init)) }
            add("head", event.head.map(place))
            add("deputy head", event.deputyHead.map(place))
            add("theme", event.theme.map { "“\($0)”" })
            for person in event.people {
                add("person", [person.name, person.title, person.role?.rawValue].compactMap { $0 }.joined(separator: " — "))
            }
            for award in event.awards {
                add("award", "\(award.kind.rawValue)\(award.issuer.map { " (\($0))" } ?? ""): "
                    + award.recipients.joined(separator: "; "))
            }
            add("criteria", event.criteriaCount.map(String.init))
        }
        for warning in document.warnings { lines.append("warning:   \(warning)") }
        return lines.joined(separator: "\n")
    }

    static func place(_ member: Member) -> String {
        guard let province = member.province, Folding.fold(province) != Folding.fold(member.text) else { return member.text }
        return "\(member.text) [\(province)]"
    }
}
