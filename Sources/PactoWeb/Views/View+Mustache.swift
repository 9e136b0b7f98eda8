import Mustache

// Values repeated in lists answer the template's lookups by name directly:
// swift-mustache otherwise reflects (Mirror) on every lookup, which cost about
// half a millisecond per search result. A nil answer sends the lookup on to
// the enclosing value, as reflection does.

extension SearchView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "q": q
        case "organizer": organizer
        case "ministry": ministry
        case "year": year
        case "province": province
        case "from": from
        case "to": to
        case "activities": activities
        case "languages": languages
        case "searched": searched
        case "totalText": totalText
        case "resultsHTML": resultsHTML
        case "noResults": noResults
        case "facetsHTML": facetsHTML
        case "facetsSampled": facetsSampled
        case "facetCap": facetCap
        case "filters": filters
        case "hasFilters": hasFilters
        case "pages": pages
        case "hasPages": hasPages
        case "message": message
        default: nil
        }
    }
}

extension SearchView.FacetGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "values": values
        default: nil
        }
    }
}

extension SearchView.ActiveFilter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "removeHref": removeHref
        default: nil
        }
    }
}

extension SearchView.Result: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "id": id
        case "title": title
        case "date": date
        case "organizerLabel": organizerLabel
        case "file": file
        case "snippetHTML": snippetHTML
        case "note": note
        default: nil
        }
    }
}

extension SearchView.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension SearchView.FacetLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "count": count
        case "href": href
        case "active": active
        default: nil
        }
    }
}

extension SearchView.PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension EventView.Field: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "vi": vi
        case "es": es
        case "en": en
        case "value": value
        case "evidenceHref": evidenceHref
        case "evidenceText": evidenceText
        default: nil
        }
    }
}

extension PactsView.Year: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "theme": theme
        case "head": head
        case "deputyHead": deputyHead
        case "memberCount": memberCount
        case "members": members
        case "events": events
        case "moreEvents": moreEvents
        default: nil
        }
    }
}
