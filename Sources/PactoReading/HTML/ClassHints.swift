import PactoModel
import Synchronization

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
    /// `tokens` and `joined` as bytes, for the stem tests.
    private let tokenBytes: [[UInt8]]
    private let joinedBytes: [UInt8]

    init(class className: String?, id: String?) {
        let text = (className ?? "") + " " + (id ?? "")
        let tokens = Self.asciiTokens(text) ?? Self.tokens(text)
        self.tokens = tokens
        joined = tokens.joined()
        tokenBytes = tokens.map { Array($0.utf8) }
        joinedBytes = Array(joined.utf8)
    }

    /// The tokens of class and id, character by character.
    static func tokens(_ text: String) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace)
        let raw = words.filter { !Self.isGenerated($0) }.joined(separator: " ")
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
        return tokens
    }

    /// ``tokens(_:)`` on bytes when the text is ASCII, as class names almost
    /// always are (nil otherwise): for ASCII the letters, digits, cases and
    /// white space of `Character` are plain byte ranges.
    static func asciiTokens(_ text: String) -> [String]? {
        asciiTokenBytes(text)?.map { String(decoding: $0, as: UTF8.self) }
    }

    /// ``asciiTokens(_:)`` as bytes.
    static func asciiTokenBytes(_ text: String) -> [[UInt8]]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for word in bytes.split(whereSeparator: isSpace) {
            // A generated name ("css-1x2y3z"): its words mean nothing.
            if word.contains(where: isDigit) {
                let last = word.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }).last ?? word
                if last.count >= 5 && last.contains(where: { isUpper($0) || isLower($0) }) && last.contains(where: isDigit)
                    || last.count >= 8 && last.allSatisfy(isDigit) {
                    continue
                }
            }
            var previousWasLower = false
            for byte in word {
                if isUpper(byte) || isLower(byte) || isDigit(byte) {
                    if isUpper(byte), previousWasLower, !current.isEmpty {
                        tokens.append(current)
                        current.removeAll(keepingCapacity: true)
                    }
                    current.append(isUpper(byte) ? byte + 32 : byte)
                    previousWasLower = isLower(byte)
                } else {
                    if !current.isEmpty { tokens.append(current) }
                    current.removeAll(keepingCapacity: true)
                    previousWasLower = false
                }
            }
            if !current.isEmpty { tokens.append(current) }
            current.removeAll(keepingCapacity: true)
        }
        return tokens
    }

    var isEmpty: Bool { tokens.isEmpty }

    /// Class names made by build tools ("tagStyle_z4kqwb", "css-1x2y3z",
    /// "vc_custom_1581234567"): their words mean nothing.
    static func isGenerated(_ word: Substring) -> Bool {
        guard word.contains(where: \.isNumber) else { return false }
        let last = word.split(whereSeparator: { $0 == "-" || $0 == "_" }).last ?? word
        return last.count >= 5 && last.contains(where: \.isLetter) && last.contains(where: \.isNumber)
            || last.count >= 8 && last.allSatisfy(\.isNumber)
    }

    /// Names of the main text of a page.
    static let contentStems = [
        "content", "article", "detail", "noidung", "chitiet", "baiviet", "body", "entry", "post", "story", "main",
        "text", "fulltext", "news", "tintuc", "cms", "journal", "rtestate", "itemfulltext", "single", "contenido",
        "cuerpo", "nota", "articulo", "noticia", "texto", "desarrollo", "bodyhtml", "hometext", "maincontent",
    ]

    /// Names of furniture: menus, share bars, related lists, comments, ads.
    /// These remove an element that does not hold most of the page's prose.
    static let boilerplateStems = [
        "nav", "menu", "breadcrumb", "sidebar", "footer", "share", "sharing", "social", "related", "relate",
        "lienquan", "tinlienquan", "tinkhac", "othernews", "comment", "binhluan", "captcha", "advert", "banner",
        "promo", "popup", "modal", "cookie", "newsletter", "subscribe", "login", "search", "pagination", "pager",
        "paging", "toolbar", "readmore", "leatambien", "masleidas", "mostread", "docnhieu", "xemnhieu", "trending",
        "copyright", "sponsor", "recommend", "outbrain", "taboola", "disqus", "fbcomment", "otherarticle",
        "morearticle", "noticiasrelacionadas", "siguenos", "follow", "byline", "author", "tacgia", "newsother",
        "tinmoi", "tincu", "tinnoibat", "tinxemnhieu", "docthem", "xemthem", "boxnews",
    ]

    /// Weaker names (tags, meta, top, widget…): they remove an element only
    /// when it is link-heavy or holds little prose.
    static let weakStems = [
        "tags", "keyword", "tukhoa", "suggest", "facebook", "zalo", "twitter", "print", "email", "topbar",
        "masthead", "skip", "lightbox", "interes", "ads", "vote", "poll", "rss", "rating", "moreview", "seemore",
        "moreinfo", "leermas", "vermas", "widget",
    ]

    /// Stems that also count inside joined class words ("tin-lien-quan",
    /// "noi-dung"): multi-word names, mostly Vietnamese.
    static let compoundStems: Set<String> = [
        "noidung", "chitiet", "baiviet", "tintuc", "tinlienquan", "lienquan", "tinkhac", "binhluan", "docnhieu",
        "xemnhieu", "tomtat", "mota", "chuthich", "tacgia", "ngaydang", "thoigian", "tieude", "tukhoa", "leatambien",
        "masleidas", "mostread", "noticiasrelacionadas", "readmore", "imagecaption", "imagedesc", "photodesc",
        "piefoto", "firstparagraph", "articleintro", "articlebody", "entrycontent", "postcontent", "maincontent",
        "othernews", "newsother", "tinmoi", "tinnoibat", "tinxemnhieu", "docthem", "xemthem", "boxnews",
        "otherarticle", "morearticle", "fbcomment", "leermas", "vermas", "seemore", "moreview", "bodyhtml",
    ]

    /// Short tokens that count only whole.
    static let boilerplateTokens: Set<String> = ["nav", "aside", "byline", "author", "comments", "share", "sns"]
    static let weakTokens: Set<String> = [
        "ad", "tag", "hot", "top", "side", "foot", "tool", "tools", "meta", "more", "links", "link", "header",
        "head", "logo", "icon", "btn", "button", "rel", "date", "time", "info", "extra", "box", "small",
    ]

    /// Names of the lead paragraph under a headline.
    static let leadStems = [
        "sapo", "lead", "summary", "chapeau", "teaser", "intro", "excerpt", "abstract", "standfirst", "tomtat",
        "mota", "hometext", "description", "desc", "subtitle", "subhead", "bajada", "entradilla", "deck",
        "kicker", "highlight", "init", "epigrafe", "gorro", "copete", "sumario", "chapo", "articleintro",
        "firstparagraph", "bold", "lede",
    ]

    static let captionStems = [
        "caption", "chuthich", "imagedesc", "imgdesc", "photodesc", "picdesc", "figcaption", "pcaption",
        "imagecaption", "fotocaption", "piefoto", "pie", "leyenda", "credit", "ghichu",
    ]

    static let authorStems = ["author", "byline", "tacgia", "writer", "autor", "firma", "nguoiviet", "reporter"]
    static let dateStems = ["date", "time", "ngay", "published", "publish", "created", "posted", "fecha", "thoigian", "ngaydang", "datetime"]

    /// Every stem list as bytes, by first byte, each stem with the flag its
    /// list sets (class names are ASCII, and byte comparison in one pass is
    /// what keeps this cheap on pages with thousands of elements).
    private static let allStems = Stems([
        (contentStems, .content), (boilerplateStems, .boilerplate), (weakStems, .weakBoilerplate),
        (leadStems, .lead), (captionStems, .caption), (authorStems, .author), (dateStems, .date),
    ])

    /// Stem lists by first byte: a token is compared with the stems that
    /// begin with its own first letter only.
    struct Stems: Sendable {
        private var byFirst: [[(stem: [UInt8], flags: Flags)]] = Array(repeating: [], count: 256)
        private var compoundByFirst: [[(stem: [UInt8], flags: Flags)]] = Array(repeating: [], count: 256)

        init(_ lists: [([String], Flags)]) {
            for (list, flags) in lists {
                for stem in list {
                    let bytes = Array(stem.utf8)
                    guard let first = bytes.first else { continue }
                    byFirst[Int(first)].append((bytes, flags))
                    if ClassHints.compoundStems.contains(stem) { compoundByFirst[Int(first)].append((bytes, flags)) }
                }
            }
        }

        /// The flags of every list with a stem that opens a token, or a
        /// compound stem anywhere in `joined`.
        func flags(tokens: [[UInt8]], joined: [UInt8]) -> Flags {
            var found: Flags = []
            for token in tokens {
                guard let first = token.first else { continue }
                for (stem, flags) in byFirst[Int(first)]
                where !found.isSuperset(of: flags) && token.count >= stem.count && token.starts(with: stem) {
                    found.formUnion(flags)
                }
            }
            for start in joined.indices {
                for (stem, flags) in compoundByFirst[Int(joined[start])]
                where !found.isSuperset(of: flags) && joined.count - start >= stem.count && joined[start...].starts(with: stem) {
                    found.formUnion(flags)
                }
            }
            return found
        }
    }

    /// Everything the hints say, computed once.
    var flags: Flags {
        guard !tokens.isEmpty else { return [] }
        guard joinedBytes.allSatisfy({ $0 < 0x80 }) else {
            // Letters beyond ASCII: the title test compares characters.
            var flags = Self.wordFlags(tokenBytes: tokenBytes, joinedBytes: joinedBytes)
            if tokens.contains(where: { $0.hasPrefix("title") || $0.hasPrefix("tieude") || $0 == "headline" || $0.hasPrefix("titulo") })
                || joined.contains("tieude") {
                flags.insert(.title)
            }
            return flags
        }
        return Self.asciiFlags(tokenBytes: tokenBytes, joinedBytes: joinedBytes)
    }

    /// The flags of a class and id, without making strings of their tokens
    /// when they are ASCII (``flags`` otherwise).
    static func flags(class className: String?, id: String?) -> Flags {
        guard let tokenBytes = asciiTokenBytes((className ?? "") + " " + (id ?? "")) else {
            return ClassHints(class: className, id: id).flags
        }
        guard !tokenBytes.isEmpty else { return [] }
        return asciiFlags(tokenBytes: tokenBytes, joinedBytes: Array(tokenBytes.joined()))
    }

    /// Flags from stems and whole words.
    private static func wordFlags(tokenBytes: [[UInt8]], joinedBytes: [UInt8]) -> Flags {
        var flags = allStems.flags(tokens: tokenBytes, joined: joinedBytes)
        if boilerplateTokenBytes.containsAny(tokenBytes) { flags.insert(.boilerplate) }
        if weakTokenBytes.containsAny(tokenBytes) { flags.insert(.weakBoilerplate) }
        return flags
    }

    /// Every flag of ASCII tokens. Named a title: a token opening with
    /// title, tieude or titulo, the token headline, or tieude inside the
    /// joined name.
    private static func asciiFlags(tokenBytes: [[UInt8]], joinedBytes: [UInt8]) -> Flags {
        var flags = wordFlags(tokenBytes: tokenBytes, joinedBytes: joinedBytes)
        let title = Array("title".utf8), tieude = Array("tieude".utf8), titulo = Array("titulo".utf8)
        let headline = Array("headline".utf8)
        if tokenBytes.contains(where: { $0.starts(with: title) || $0.starts(with: tieude) || $0 == headline || $0.starts(with: titulo) })
            || joinedBytes.indices.contains(where: { joinedBytes[$0...].starts(with: tieude) }) {
            flags.insert(.title)
        }
        return flags
    }

    /// Whole words as bytes, by first byte.
    struct Words: Sendable {
        private var byFirst: [[[UInt8]]] = Array(repeating: [], count: 256)

        init(_ words: Set<String>) {
            for word in words {
                let bytes = Array(word.utf8)
                if let first = bytes.first { byFirst[Int(first)].append(bytes) }
            }
        }

        func containsAny(_ tokens: [[UInt8]]) -> Bool {
            tokens.contains { token in
                guard let first = token.first else { return false }
                return byFirst[Int(first)].contains(token)
            }
        }
    }

    private static let weakTokenBytes = Words(weakTokens)
    private static let boilerplateTokenBytes = Words(boilerplateTokens)

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let content = Flags(rawValue: 1 << 0)
        static let boilerplate = Flags(rawValue: 1 << 1)
        static let lead = Flags(rawValue: 1 << 2)
        static let caption = Flags(rawValue: 1 << 3)
        static let author = Flags(rawValue: 1 << 4)
        static let date = Flags(rawValue: 1 << 5)
        static let title = Flags(rawValue: 1 << 6)
        static let weakBoilerplate = Flags(rawValue: 1 << 7)
    }

    /// Flags for every node of a tree; pages repeat the same few class
    /// names, and pages of one site each other's, so each distinct class/id
    /// pair is analysed once per process (a bounded cache shared by the
    /// reading threads).
    static func table(for tree: HTMLTree) -> [Flags] {
        var table = [Flags](repeating: [], count: tree.nodes.count)
        var local: [String: Flags] = [:]
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let attributes = tree.nodes[index].attributes
            guard !attributes.isEmpty else { continue }
            let className = attributes["class"]
            let id = attributes["id"]
            guard className != nil || id != nil else { continue }
            let key = id == nil ? (className ?? "") : (className ?? "") + "\u{1}" + (id ?? "")
            if let cached = local[key] {
                table[index] = cached
                continue
            }
            let flags = sharedFlags.withLock { $0[key] } ?? {
                let computed = ClassHints.flags(class: className, id: id)
                sharedFlags.withLock { shared in
                    if shared.count >= 50_000 { shared.removeAll(keepingCapacity: true) }
                    shared[key] = computed
                }
                return computed
            }()
            local[key] = flags
            table[index] = flags
        }
        return table
    }

    private static let sharedFlags = Mutex<[String: Flags]>([:])
}
