/// What the `class` and `id` of an element say about it, in the words
/// Vietnamese and Western CMSs use: content (noi-dung, chi-tiet, detail,
/// entry-content), furniture (menu, share, tin-lien-quan, binh-luan), lead
/// paragraphs (sapo, lead, summary), captions, bylines and stamps.
struct ClassHints {
    /// Tokens of class and id, lower-cased, split on everything that is not
    /// a letter or digit (and on camelCase).
    let tokens: [String]
    /// Class and id with separators removed ("noi-dung" → "noidung").
    let joined: String

    init(class className: String?, id: String?) {
        let raw = (className ?? "") + " " + (id ?? "")
        var tokens: [String] = []
        var current = ""
        var previousWasLower = false
        for character in raw {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousWasLower, !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
                current.append(contentsOf: character.lowercased())
                previousWasLower = character.isLowercase
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { tokens.append(current) }
        self.tokens = tokens
        self.joined = tokens.joined()
    }

    var isEmpty: Bool { tokens.isEmpty }

    /// Names of the main text of a page.
    static let contentStems = [
        "content", "article", "detail", "noidung", "chitiet", "baiviet", "body", "entry", "post", "story", "main",
        "text", "fulltext", "news", "tintuc", "cms", "journal", "rtestate", "itemfulltext", "single", "contenido",
        "cuerpo", "nota", "articulo", "noticia", "texto", "desarrollo", "bodyhtml", "hometext", "maincontent",
    ]

    /// Names of furniture: menus, share bars, related lists, comments, ads.
    static let boilerplateStems = [
        "nav", "menu", "breadcrumb", "sidebar", "widget", "footer", "share", "sharing", "social", "related",
        "relate", "lienquan", "tinlienquan", "tinkhac", "othernews", "comment", "binhluan", "captcha", "tags",
        "keyword", "tukhoa", "advert", "banner", "promo", "popup", "modal", "cookie", "newsletter", "subscribe",
        "login", "search", "pagination", "pager", "paging", "toolbar", "rating", "readmore", "leatambien",
        "masleidas", "mostread", "docnhieu", "xemnhieu", "trending", "copyright", "sponsor", "recommend",
        "suggest", "outbrain", "taboola", "disqus", "facebook", "zalo", "twitter", "print", "email", "topbar",
        "masthead", "skip", "lightbox", "gallery-nav", "interes", "ads", "boxnews", "newsother",
        "tinmoi", "tincu", "tinnoibat", "tinxemnhieu", "docthem", "xemthem", "vote", "poll", "rss", "fbcomment",
        "otherarticle", "morearticle", "moreview", "seemore", "moreinfo", "leermas", "vermas", "noticiasrelacionadas",
    ]

    /// Short tokens that count only whole.
    static let boilerplateTokens: Set<String> = [
        "ad", "nav", "tag", "hot", "top", "side", "foot", "tool", "tools", "meta", "more", "links", "link",
        "aside", "header", "head", "logo", "icon", "btn", "button", "rel", "author", "byline", "date", "time",
    ]

    /// Names of the lead paragraph under a headline.
    static let leadStems = [
        "sapo", "lead", "summary", "chapeau", "teaser", "intro", "excerpt", "abstract", "standfirst", "tomtat",
        "mota", "hometext", "description", "desc", "subtitle", "subhead", "bajada", "entradilla", "deck",
        "kicker", "quote", "highlight", "init", "epigrafe", "gorro", "copete", "sumario",
    ]

    static let captionStems = [
        "caption", "chuthich", "imagedesc", "imgdesc", "photodesc", "picdesc", "figcaption", "pcaption",
        "imagecaption", "fotocaption", "piefoto", "pie", "leyenda", "credit", "ghichu",
    ]

    static let authorStems = ["author", "byline", "tacgia", "writer", "autor", "firma", "nguoiviet", "reporter"]
    static let dateStems = ["date", "time", "ngay", "published", "publish", "created", "posted", "fecha", "thoigian", "ngaydang", "datetime"]

    private func has(_ stems: [String]) -> Bool {
        tokens.contains { token in stems.contains { token.hasPrefix($0) } } || stems.contains { $0.count >= 6 && joined.contains($0) }
    }

    var isContent: Bool { has(Self.contentStems) }
    var isBoilerplate: Bool {
        tokens.contains { Self.boilerplateTokens.contains($0) } || has(Self.boilerplateStems)
    }
    var isLead: Bool { has(Self.leadStems) }
    var isCaption: Bool { has(Self.captionStems) }
    var isAuthor: Bool { has(Self.authorStems) }
    var isDate: Bool { has(Self.dateStems) }
}
