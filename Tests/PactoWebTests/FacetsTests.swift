import PactoRecord
import Testing

/// `Store.facets(for:)` (Sources/PactoRecord/Store+Facets.swift).
@Suite struct FacetsTests {
    let store: Store

    init() throws {
        store = try WebFixtures.store()
    }

    @Test func countsAgreeWithTheSearch() throws {
        // Given a query and its facets
        let query = SearchQuery(text: "giao uoc")
        let facets = try store.facets(for: query)
        #expect(!facets.sampled)
        // Then following a year facet finds as many events as it counted
        for value in facets.years {
            var narrowed = query
            narrowed.year = Int(value.filter)
            narrowed.limit = 1000
            #expect(try store.search(narrowed).total == value.count, "year \(value.label)")
        }
        // And following an organizer facet does too (at least as many for a
        // bloc without a number: its label's words may be part of another's)
        for value in facets.organizers {
            var narrowed = query
            narrowed.organizer = value.filter
            narrowed.ministry = value.ministry
            narrowed.limit = 1000
            let found = try store.search(narrowed).total
            if value.filter.last?.isNumber == true {
                #expect(found == value.count, "organizer \(value.label)")
            } else {
                #expect(found >= value.count, "organizer \(value.label)")
            }
        }
    }

    @Test func provinceFacetFindsItsEvents() throws {
        let facets = try store.facets(for: SearchQuery(text: ""))
        let first = try #require(facets.provinces.first)
        let page = try store.search(SearchQuery(text: "", province: first.filter, limit: 1000))
        #expect(page.total >= first.count)
    }

    @Test func badFilterThrowsTheSearchError() {
        #expect(throws: SearchError.self) {
            try store.facets(for: SearchQuery(text: "x", province: "Atlantis"))
        }
    }
}
