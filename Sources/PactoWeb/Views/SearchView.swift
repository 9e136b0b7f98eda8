import PactoModel
import PactoRecord

/// What the search template shows. Each type answers the template's
/// lookups by name (View+Mustache.swift): a property the template uses must
/// be named there too. The two long lists — results and facets — are
/// written here as HTML (``resultsHTML``, ``facetsHTML``), every value
/// through ``HTMLText/escaped(_:)``: Mustache's name lookups cost more than
/// the search itself on a page of them.
struct SearchView {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Result {
        var href: String
        var id: Int64
        var title: String
        var date: String?
        /// Not `organizer`: a nil here would let the template fall back to the form's field.
        var organizerLabel: String?
        var file: String
        /// Escaped, with `<mark>` around the matches.
        var snippetHTML: String
        var note: String?
    }

    struct FacetLink {
        var label: String
        var count: Int
        var href: String
        var active: Bool
    }

    struct FacetGroup {
        var name: String
        var values: [FacetLink]
    }

    struct ActiveFilter {
        var label: String
        var removeHref: String
    }

    struct PageLink {
        var label: String
        var href: String?
        var current: Bool
    }

    var title: String
    // The form, as typed.
    var q: String
    var organizer: String
    var ministry: String
    var year: String
    var province: String
    var from: String
    var to: String
    var activities: [Option]
    var languages: [Option]
    // The outcome.
    var searched: Bool
    var totalText: String
    var results: [Result]
    var noResults: Bool
    var facetGroups: [FacetGroup]
    var facetsSampled: Bool
    var facetCap: Int
    var filters: [ActiveFilter]
    var hasFilters: Bool
    var pages: [PageLink]
    var hasPages: Bool
    var message: String?
}

extension SearchView {
    /// - Parameters:
    ///   - page: the results, nil when nothing was asked yet.
    init(parameters: SearchParameters, page: SearchPage?, facets: Facets?, message: String? = nil) {
        title = parameters.text.isEmpty ? "Tìm kiếm" : "“\(parameters.text)” – Tìm kiếm"
        q = parameters.text
        organizer = parameters.organizer ?? ""
        ministry = parameters.ministry ?? ""
        year = parameters.year.map(String.init) ?? ""
        province = parameters.province ?? ""
        from = parameters.from?.description ?? ""
        to = parameters.to?.description ?? ""
        activities = Activity.allCases.map { activity in
            let label = Labels.activity(activity)
            return Option(value: activity.rawValue, label: "\(label.vi) · \(label.es)", selected: parameters.activity == activity)
        }
        languages = [Language.vietnamese, .spanish].map { language in
            let label = Labels.language(language)
            return Option(value: language.rawValue, label: "\(label.vi) · \(label.es)", selected: parameters.language == language)
        }
        self.message = message
        searched = page != nil
        let link = parameters.queryString
        if let page {
            totalText = page.totalIsExact ? "\(page.total) sự kiện · eventos · events" : "hơn \(page.total) sự kiện · más de \(page.total) eventos"
            results = page.results.map { hit in
                Result(
                    href: "/events/\(hit.event)", id: hit.event, title: hit.title ?? hit.file, date: hit.date,
                    organizerLabel: hit.organizer, file: hit.file, snippetHTML: HTMLText.snippet(hit.snippet), note: hit.note)
            }
            noResults = page.results.isEmpty
            pages = Self.pageLinks(current: parameters.page, limit: parameters.limit, total: page.total,
                                   exact: page.totalIsExact, shown: page.results.count, link: link)
        } else {
            totalText = ""
            results = []
            noResults = false
            pages = []
        }
        if let facets {
            facetGroups = [
                FacetGroup(name: "Năm · año · year", values: facets.years.map { value in
                    FacetLink(label: value.label, count: value.count,
                              href: "/" + link.setting("year", value.filter).string,
                              active: parameters.year.map(String.init) == value.filter)
                }),
                FacetGroup(name: "Cụm / Khối · grupo · cluster", values: facets.organizers.map { value in
                    FacetLink(label: value.label, count: value.count,
                              href: "/" + link.setting("organizer", value.filter).setting("ministry", value.ministry).string,
                              active: parameters.organizer == value.filter && parameters.ministry == value.ministry)
                }),
                FacetGroup(name: "Tỉnh · provincia · province", values: facets.provinces.map { value in
                    FacetLink(label: value.label, count: value.count,
                              href: "/" + link.setting("province", value.filter).string,
                              active: parameters.province == value.filter)
                }),
            ].filter { !$0.values.isEmpty }
            facetsSampled = facets.sampled
        } else {
            facetGroups = []
            facetsSampled = false
        }
        facetCap = Store.facetCap
        var filters: [ActiveFilter] = []
        let named: [(String, String, String?)] = [
            ("organizer", "Cụm/Khối", parameters.organizer), ("ministry", "Bộ/ngành", parameters.ministry),
            ("year", "Năm", parameters.year.map(String.init)), ("province", "Tỉnh", parameters.province),
            ("activity", "Hoạt động", parameters.activity.map { Labels.activity($0).vi }),
            ("lang", "Ngôn ngữ", parameters.language.map { Labels.language($0).vi }),
            ("from", "Từ ngày", parameters.from?.description), ("to", "Đến ngày", parameters.to?.description),
        ]
        for (key, label, value) in named {
            guard let value else { continue }
            filters.append(ActiveFilter(label: "\(label): \(value)", removeHref: "/" + link.setting(key, nil).string))
        }
        self.filters = filters
        hasFilters = !filters.isEmpty
        hasPages = !pages.isEmpty
    }

    /// Previous, a window of page numbers around the current one, next.
    private static func pageLinks(current: Int, limit: Int, total: Int, exact: Bool, shown: Int, link: QueryString) -> [PageLink] {
        let last = min(SearchParameters.maximumPage, max(1, (total + limit - 1) / limit))
        let hasNext = current < last || (!exact && shown == limit)
        guard current > 1 || hasNext else { return [] }
        func href(_ page: Int) -> String { "/" + link.setting("page", page == 1 ? nil : String(page)).string }
        var links: [PageLink] = []
        links.append(PageLink(label: "‹ Trước", href: current > 1 ? href(current - 1) : nil, current: false))
        for page in max(1, current - 3)...max(current, min(last, current + 3)) {
            links.append(PageLink(label: String(page), href: page == current ? nil : href(page), current: page == current))
        }
        links.append(PageLink(label: "Sau ›", href: hasNext ? href(min(current + 1, SearchParameters.maximumPage)) : nil, current: false))
        return links
    }
}

extension SearchView {
    /// The `<li>` of each result, as the list in the template holds them.
    var resultsHTML: String {
        var html = ""
        for result in results {
            html += "    <li class=\"hit\">\n"
            html += "      <h2><a href=\"\(HTMLText.escaped(result.href))\">\(HTMLText.escaped(result.title))</a></h2>\n"
            html += "      <p class=\"meta\"><span class=\"id\">#\(result.id)</span>"
            if let date = result.date { html += " · <time>\(HTMLText.escaped(date))</time>" }
            if let organizer = result.organizerLabel { html += " · \(HTMLText.escaped(organizer))" }
            html += "</p>\n"
            html += "      <p class=\"snippet\">\(result.snippetHTML)</p>\n"
            if let note = result.note { html += "      <p class=\"note\">\(HTMLText.escaped(note))</p>\n" }
            html += "    </li>\n"
        }
        return html
    }

    /// A `<section>` per facet group, its values as links with their counts.
    var facetsHTML: String {
        var html = ""
        for group in facetGroups {
            html += "  <section>\n    <h3>\(HTMLText.escaped(group.name))</h3>\n    <ul>\n"
            for value in group.values {
                html += "    <li\(value.active ? " class=\"active\"" : "")><a href=\"\(HTMLText.escaped(value.href))\">"
                html += "\(HTMLText.escaped(value.label))</a> <span class=\"count\">\(value.count)</span></li>\n"
            }
            html += "    </ul>\n  </section>\n"
        }
        return html
    }
}
