import PactoRecord

/// What the pacts template shows: one cluster's or bloc's years, each with
/// its theme, head, deputy and members, and a chart of member counts.
struct PactsView {
    struct Year {
        var year: Int
        var theme: String?
        var head: String?
        var deputyHead: String?
        var memberCount: String
        var members: String?
        var events: [EventLink]
        /// "+40" when more events report the year than are linked.
        var moreEvents: String?
    }

    struct EventLink {
        var href: String
        var label: String
    }

    struct Timeline {
        var organizer: String
        var parent: String?
        var href: String
        var years: [Year]
        /// Inline SVG, built with escaped text.
        var chartSVG: String?
    }

    struct DirectoryEntry {
        var label: String
        var href: String
        var count: Int
    }

    var title: String
    var organizer: String
    var timelines: [Timeline]
    var noTimelines: Bool
    var jsonHref: String?
    /// When no organizer was asked: the clusters and blocs to choose from.
    var directory: [DirectoryEntry]
    var showDirectory: Bool
}

extension PactsView {
    /// Event links shown per year; the rest are counted.
    static let eventLinksPerYear = 12

    init(directory entries: [FacetValue]) {
        organizer = ""
        title = "Giao ước thi đua"
        timelines = []
        noTimelines = entries.isEmpty
        jsonHref = nil
        showDirectory = true
        directory = entries.map { entry in
            DirectoryEntry(
                label: entry.label, href: "/pacts" + QueryString([("organizer", entry.filter), ("ministry", entry.ministry)]).string,
                count: entry.count)
        }
    }

    init(organizer: String, timelines: [PactTimeline]) {
        self.organizer = organizer
        title = "Giao ước thi đua – \(organizer)"
        directory = []
        showDirectory = false
        self.timelines = timelines.map { timeline in
            let word = timeline.kind == "bloc" ? "Khối" : "Cụm"
            let filter = timeline.number.map { "\(word) \($0)" } ?? timeline.organizer
            return Timeline(
                organizer: timeline.organizer, parent: timeline.parentNote,
                href: "/pacts" + QueryString([("organizer", filter), ("ministry", timeline.parent)]).string,
                years: timeline.years.map { year in
                    Year(
                        year: year.year, theme: year.theme, head: year.head, deputyHead: year.deputyHead,
                        memberCount: year.memberCount.map(String.init) ?? (year.members.isEmpty ? "—" : "\(year.members.count) (liệt kê · listed)"),
                        members: year.members.isEmpty ? nil : year.members.joined(separator: ", "),
                        events: year.events.prefix(Self.eventLinksPerYear).map { EventLink(href: "/events/\($0)", label: "#\($0)") },
                        moreEvents: year.events.count > Self.eventLinksPerYear
                            ? "+\(year.events.count - Self.eventLinksPerYear)" : nil)
                },
                chartSVG: PactChart.svg(
                    years: timeline.years, caption: "Số thành viên theo năm · miembros por año – \(timeline.organizer)"))
        }
        noTimelines = timelines.isEmpty
        jsonHref = "/api/pacts" + QueryString([("organizer", organizer)]).string
    }
}
