import PactoModel
import Testing
@testable import PactoReading

/// Article bodies built unlike a news portal's (`Fixtures/html/structure/`,
/// pages written for these tests): every paragraph of the article is found,
/// in order, and the furniture around it stays out.
struct ContentStructureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// File under `Fixtures/html/structure/`.
        var file: String
        var title: String
        /// The opening words of every body paragraph, in order.
        var paragraphs: [String]
        /// Furniture that must not reach the body.
        var absent: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        // An article split into page-builder sections, an ad between them.
        Case(file: "split-sections-en.html", title: "Harbour town opens its new ferry terminal",
             paragraphs: ["The new ferry terminal", "The mayor, who cut", "Building the terminal cost", "Ferry operators expect",
                          "Residents of the islands"],
             absent: ["Advertisement", "Most read", "Storm closes", "All rights reserved", "12 May 2023"]),
        // A one-paragraph intro box (named "text") beside the paragraphs.
        Case(file: "intro-beside-body-de.html", title: "Dorffest mit neuem Rekord",
             paragraphs: ["Mehr als dreitausend Gäste", "Der Festumzug mit vierzig", "Bürgermeisterin Anna Weber",
                          "Das nächste Dorffest"],
             absent: ["Weitere Meldungen", "Sperrung der Brückenstraße", "Impressum", "Startseite"]),
        // Paragraphs written as <div>s.
        Case(file: "div-paragraphs-fr.html", title: "La médiathèque rouvre ses portes",
             paragraphs: ["Après huit mois de travaux", "Les travaux, financés", "La médiathèque sera désormais",
                          "Horaires : du mardi"],
             absent: ["Accueil", "Publié le", "Facebook", "À lire aussi", "Le marché de Noël", "mentions légales"]),
        // Paragraphs as runs of text between <br><br> in a table cell.
        Case(file: "br-runs-pt.html", title: "Feira do livro bate recorde de visitantes",
             paragraphs: ["A feira do livro da Serra", "Os organizadores atribuíram", "As vendas também cresceram",
                          "A prefeitura anunciou"],
             absent: ["Início", "15/09/2021", "Mais lidas", "Chuva forte", "direitos reservados"]),
        // Bare text in <main><section>, one <p> among it.
        Case(file: "section-main-en.html", title: "Volunteers plant a thousand trees along the river",
             paragraphs: ["More than two hundred volunteers", "The trees, mostly alder", "Organisers said the new trees"],
             absent: ["Privacy", "Local", "Riverside Gazette 2024"]),
        // A page-wide class naming captions ("wp-featherlight-captions" on <body>).
        Case(file: "caption-class-on-body-en.html", title: "Town council approves new cycle lanes",
             paragraphs: ["The town council approved", "Councillors voted fourteen", "The first lane, on Mill Road"],
             absent: ["Politics", "All rights reserved"]),
        // The body in an element named for content and furniture at once
        // ("entry-content entry-content-read-more"), much prose in sidebars:
        // set aside on the first reading, the page would have no body.
        Case(file: "content-named-read-more-en.html", title: "Library extends its opening hours",
             paragraphs: ["Northfield's central library", "Two new librarians", "The library will also lend"],
             absent: ["More news", "Bus route 7", "About the Times", "A subscription", "farmers' market", "Privacy"]),
        // A "related" box inside the body, the article going on after it.
        Case(file: "related-box-in-body-de.html", title: "Anglermesse kehrt an den Hafen zurück",
             paragraphs: ["Nach zwei Jahren Pause", "Die Veranstalter erwarten", "Auf der großen Bühne", "Der Erlös der Tombola"],
             absent: ["Auch interessant", "Neuer Kutter", "Weitere Artikel", "Hechtsaison", "Impressum"]),
        // Ruby annotation (furigana) on the words, dictionary links around
        // some: each paragraph reads whole, without the readings.
        Case(file: "ruby-annotations-ja.html", title: "町の図書館が夜九時まで開く",
             paragraphs: ["町の図書館は、来月から平日の夜九時まで開いていることになりました。", "図書館によると、去年の調査で、",
                          "夜は入り口が一つだけになります。"],
             absent: ["としょかん", "へいじつ", "まち", "個人情報", "このサイトについて"]),
        // A video teaser's heading, alone after the last paragraph.
        Case(file: "trailing-heading-en.html", title: "Valley farmers switch to drip irrigation",
             paragraphs: ["Nearly half of the farms", "The county paid a third", "Not every crop suits"],
             absent: ["Reservoir drops", "About the Courier", "Terms of use", "Weather"]),
        // The next story appended below the page's own (infinite scroll),
        // longer than it: the body is the story the headline opens.
        Case(file: "next-stories-below-es.html", title: "Reabren el puente viejo tras tres meses de obras",
             paragraphs: ["El puente viejo sobre el río Claro", "Los autobuses de la línea 4"],
             absent: ["El mercado municipal", "Los comerciantes", "Marta Ibáñez", "Aviso legal", "Deportes"]),
    ]

    @Test(arguments: cases)
    func everyParagraphIsFound(_ page: Case) throws {
        // Given a page built unlike a news portal
        let article = try Reader().read(path: Fixtures.path("html/structure/" + page.file))
        // Then the title is the headline, the paragraphs are the article's, in order
        #expect(article.title == page.title)
        let paragraphs = article.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.count == page.paragraphs.count, "\(paragraphs)")
        for (got, opening) in zip(paragraphs, page.paragraphs) {
            #expect(got.hasPrefix(opening), "\(got) should open with \(opening)")
        }
        // And no furniture reached the body
        for furniture in page.absent {
            #expect(!article.body.contains(furniture), "\(furniture) leaked")
        }
    }
}
