import Foundation
import PactoModel

/// The text a document's rows hold beyond its fields: the body, its folded
/// form for the search index, the JSON columns and, per event, its JSON, its
/// places and its search head. Made once per document, by the importer's
/// workers (``Importer``), so that the one writer only binds and inserts:
/// on 2 cores the writer's work is what is left to do when the last page
/// has been read.
struct PreparedRows: Sendable {
    struct EventRows: Sendable {
        /// The event as in `pacto extract --json`.
        var json: String
        /// Every province the event is tied to (venue, members, head, deputy), sorted.
        var places: [String]
        /// What the search index's `head` column holds, folded.
        var searchHead: String
        /// Each award's recipients, as JSON.
        var recipients: [String]
    }

    var body: String
    /// The body folded, for the search index's `body` column.
    var bodyIndex: String
    var authors: String
    var blocks: String
    var warnings: String
    var events: [EventRows]

    init(_ article: Article, _ document: Document) {
        let encoder = JSONText.encoder()
        body = article.body
        bodyIndex = Folding.fold(body)
        authors = JSONText.encode(document.authors, with: encoder)
        blocks = JSONText.encode(article.blocks, with: encoder)
        warnings = JSONText.encode(document.warnings, with: encoder)
        events = document.events.map { event in
            let places = SearchText.places(of: event)
            return EventRows(
                json: JSONText.encode(event, with: encoder), places: places,
                searchHead: SearchText.head(of: event, document: document, places: places),
                recipients: event.awards.map { JSONText.encode($0.recipients, with: encoder) })
        }
    }
}

extension Imported {
    /// The same item with its rows' text made now (see ``PreparedRows``).
    func preparingRows() -> Imported {
        var item = self
        item.prepared = PreparedRows(article, document)
        return item
    }

    /// The rows' text: made by the worker already, or now.
    var rows: PreparedRows {
        prepared ?? PreparedRows(article, document)
    }
}
