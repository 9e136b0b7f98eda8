import ArgumentParser
import Foundation
import PactoModel
import PactoRecord

extension Pacto {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the record: words in titles, bodies, themes, people and places.",
            discussion: """
            Matching ignores case and diacritics in both languages, đ included: `ky cuong`, \
            `Kỷ cương` and `KỶ CƯƠNG` find the same events. Results are ranked by relevance (bm25); \
            a query made only of words that nearly every article contains (thi đua, cụm) is listed \
            newest first. Words can be left out when a filter is given.
            """
        )

        @Argument(help: "Words to look for.")
        var words: [String] = []

        @Option(help: "Cluster or bloc: \"Cụm VIII\", \"cluster 8\", \"Khối 2\".")
        var organizer: String?
        @Option(help: "Ministry or parent body, by name or abbreviation (\"TN&MT\").")
        var ministry: String?
        @Option(help: "The year of the pact or review.")
        var year: Int?
        @Option(help: "A province by its name at the time or today (\"Tây Ninh\" also finds Long An).")
        var province: String?
        @Option(help: "pact-signing, movement-launch, midyear-review, annual-review, plan-deployment, award-presentation, leadership-handover.")
        var activity: String?
        @Option(name: .customLong("lang"), help: "vi or es.")
        var language: String?
        @Option(help: "Earliest date, YYYY-MM-DD.")
        var from: String?
        @Option(help: "Latest date, YYYY-MM-DD.")
        var to: String?
        @Option(help: "Results per page.")
        var limit = 20
        @Option(help: "Results to skip.")
        var offset = 0
        @Flag(help: "Print JSON.")
        var json = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if let activity, Activity(rawValue: activity) == nil {
                throw ValidationError("--activity \(activity): one of \(Activity.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let language, Language(rawValue: language) == nil {
                throw ValidationError("--lang \(language): vi, es, en or und")
            }
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, Stamp(iso: value) == nil { throw ValidationError("\(name) \(value): a date as YYYY-MM-DD") }
            }
        }

        func run() throws {
            let store = try database.open(readOnly: true)
            let query = SearchQuery(
                text: words.joined(separator: " "), organizer: organizer, ministry: ministry, year: year,
                province: province, activity: activity.flatMap(Activity.init(rawValue:)),
                language: language.flatMap(Language.init(rawValue:)), from: from.flatMap(Stamp.init(iso:)),
                to: to.flatMap(Stamp.init(iso:)), limit: limit, offset: offset)
            let page: SearchPage
            do {
                page = try store.search(query)
            } catch let error as SearchError {
                throw ValidationError(error.message)
            }
            if json {
                try Output.json(page)
                return
            }
            Output.line("\(page.totalIsExact ? "" : "more than ")\(page.total) events")
            for hit in page.results {
                Output.line("")
                Output.line("#\(hit.event)  \(hit.date ?? "—")  \(hit.organizer ?? "—")")
                Output.line("    \(hit.title ?? hit.file)")
                if let note = hit.note { Output.line("    (\(note))") }
                Output.line("    \(hit.snippet)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one event with every field and the sentence each value came from.")

        @Argument(help: "The event's number, as printed by `pacto search`.")
        var id: Int64
        @Flag(help: "Print JSON (the event as in `pacto extract --json`).")
        var json = false
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(readOnly: true)
            guard let stored = try store.event(id: id) else {
                Output.error("no event #\(id) in \(database.shownPath)")
                throw ExitCode(1)
            }
            if json {
                try Output.json(stored.event)
                return
            }
            Output.line(EventText.render(stored))
        }
    }

    struct Pacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The timeline of each cluster or bloc: year, theme, head, deputy, members, sources.")

        @Option(help: "Only this cluster or bloc: \"Cụm VIII\", \"cluster 8\", words of its name.")
        var organizer: String?
        @Flag(help: "Print JSON.")
        var json = false
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(readOnly: true)
            let timelines = try store.pacts(organizer: organizer)
            if json {
                try Output.json(timelines)
                return
            }
            if timelines.isEmpty { Output.line("no pacts in the record\(organizer.map { " for \($0)" } ?? "")") }
            for timeline in timelines {
                Output.line("== \(timeline.organizer)\(timeline.parentNote.map { " — \($0)" } ?? "")")
                for year in timeline.years {
                    Output.line("  \(year.year)  theme: \(year.theme.map { "“\($0)”" } ?? "—")")
                    Output.line("        head: \(year.head ?? "—")   deputy: \(year.deputyHead ?? "—")   members: \(year.memberCount.map(String.init) ?? "\(year.members.count) listed")")
                    if !year.members.isEmpty { Output.line("        \(year.members.joined(separator: ", "))") }
                    Output.line("        events \(year.events.map { "#\($0)" }.joined(separator: " ")): \(year.sources.joined(separator: ", "))")
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the whole record: JSON Lines as `pacto extract --json`, or CSV (one row per event).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

        @Option(help: "jsonl or csv.")
        var format: Format = .jsonl
        @OptionGroup var database: DatabaseOptions

        /// The same bytes for the same record (see ``RecordExport``).
        func run() throws {
            let store = try database.open(readOnly: true)
            try RecordExport.write(store, format: format == .csv ? .csv : .jsonl) { Output.line($0) }
        }
    }
}
