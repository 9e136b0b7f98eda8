import PactoModel

/// Cleans the drafted blocks: interface words, "read also" links, stamps
/// and bylines leave the body (stamps and bylines are kept as facts),
/// everything after a "related news" header goes, captions are marked.
enum BlockFilter {
    /// Openers of in-article links to other articles.
    static let readAlsoPrefixes: [String] = [
        "lea también", "lee también", "leer también", "le puede interesar", "te puede interesar", "puede interesarle",
        "mire:", "mira:", "ver también", "ver más:", "vea también", "también puede leer", "relacionado:", "relacionada:",
        "read also", "read more", "see also", "related:", "also read", "xem thêm", "đọc thêm", ">> xem", ">>xem",
        "> xem", "mời xem", "tin liên quan", "bài liên quan", "clip:", "video:", "(*) xem",
    ]

    /// Calls to action that open a block ("Síguenos en Telegram", "¿Quieres
    /// recibir el boletín…?", "Theo dõi … trên Zalo").
    static let callsToAction: [String] = [
        "síguenos", "siguenos", "sigue a", "síguelo", "únete", "unete", "suscríbete", "suscribete", "hazte", "descarga",
        "¿quieres recibir", "quieres recibir", "recibe", "regístrate", "¿ya sabías", "ya sabías", "mira lo que",
        "follow", "subscribe", "sign up", "download", "join", "get the", "zapraszamy", "obserwuj", "folgen sie",
        "abonnieren", "abonnez", "suivez", "theo dõi", "tải ứng dụng", "đăng ký", "mời bạn đọc", "mời quý độc giả",
    ]
    static let channels: [String] = [
        "telegram", "whatsapp", "youtube", "instagram", "facebook", "twitter", "tiktok", "google news", "zalo", "app",
        "newsletter", "boletín", "boletin", "canal", "channel", "podcast", "correo", "email", "e-mail", "suscripción",
        "fanpage", "kênh", "bản tin", "edition", "edición", "linkedin",
    ]

    /// Most characters of a heading dropped when it ends the body.
    static let trailingHeadingMaximum = 80

    private static let readAlso = Prefixes(readAlsoPrefixes)
    private static let callToActionPrefixes = Prefixes(callsToAction)

    static func isPromotion(_ lower: String) -> Bool {
        guard callToActionPrefixes.opens(lower), Folding.hasAtMost(259, charactersIn: lower) else { return false }
        return channels.contains { ByteSearch.contains($0, in: lower) }
    }

    /// Two paragraphs of prose in a row (no links, 150 characters or more)
    /// within the four blocks after a tail opener: the opener headed a box
    /// inside the body, not the page's tail (where teasers alternate links
    /// and summaries).
    static func resumesProse(after position: Int, in drafts: [BlockWriter.Draft]) -> Bool {
        var run = 0
        for draft in drafts.dropFirst(position + 1).prefix(4) {
            let isProse = draft.kind == .paragraph && draft.linkCharacters == 0
                && !Folding.hasAtMost(149, charactersIn: draft.text)
            run = isProse ? run + 1 : 0
            if run == 2 { return true }
        }
        return false
    }

    static func clean(
        _ drafts: [BlockWriter.Draft], title: String?, authors: inout [String], published: inout Stamp?
    ) -> [BlockWriter.Draft] {
        var result: [BlockWriter.Draft] = []
        let foldedTitle = title?.lowercasedLatin()
        for (position, draft) in drafts.enumerated() {
            let text = draft.text
            // Every test below looks at the opening words only.
            let lower = text.utf8.count <= 300 ? text.lowercasedLatin() : String(text.prefix(120)).lowercasedLatin()
            let length = max(1, ContentFinder.visibleLength(text))
            let short = text.utf8.count < 400
            let density = Double(draft.linkCharacters) / Double(length)
            if InterfaceText.opensTail(text), position >= drafts.count / 3, !result.isEmpty {
                // A "related" box set inside the body: the article goes on after it.
                if resumesProse(after: position, in: drafts) { continue }
                break
            }
            if InterfaceText.isInterface(text) { continue }
            if text.utf8.count <= 300, lower == foldedTitle { continue }
            if readAlso.opens(lower), density > 0.2 || length < 200 { continue }
            if density > 0.6 { continue }
            if short, isPromotion(lower) { continue }
            if density > 0.35, length < 120 { continue }
            if short, StampRule.isStampLine(text) {
                if published == nil { published = StampRule.firstStamp(in: text)?.stamp }
                continue
            }
            result.append(draft)
        }
        // A short heading that nothing follows opens a box after the
        // article (a video teaser, "Auch auf …", "Leave a comment:").
        while let last = result.last, result.count > 1, last.kind == .heading,
              Folding.hasAtMost(trailingHeadingMaximum, charactersIn: last.text) {
            result.removeLast()
        }
        // A byline closes the article (or, more rarely, opens it).
        while let last = result.last, result.count > 1, let names = BylineRule.authors(in: last.text) {
            if authors.isEmpty { authors = names }
            result.removeLast()
            if !names.isEmpty { break }
        }
        // A labelled byline a few lines before the end ("Texto: …" above a footer line).
        if authors.isEmpty, let position = result.indices.suffix(3).last(where: { BylineRule.hasLabel(result[$0].text) }),
           result.count > 1, let names = BylineRule.authors(in: result[position].text), !names.isEmpty {
            authors = names
            result.remove(at: position)
        }
        if let first = result.first, result.count > 1, first.text.count < 60,
           BylineRule.prefixes.contains(where: { first.text.lowercasedLatin().hasPrefix($0) && $0.hasSuffix(":") }),
           let names = BylineRule.authors(in: first.text) {
            if authors.isEmpty { authors = names }
            result.removeFirst()
        }
        // A line that credits or describes a photo is a caption; a paragraph of names, a byline.
        return result.map { draft in
            var draft = draft
            if draft.kind != .caption, CaptionRule.isCaption(draft.text) {
                draft.kind = .caption
            } else if draft.kind == .paragraph, BylineRule.isByline(draft.text) {
                draft.kind = .byline
            }
            return draft
        }
    }
}
