import Foundation
import PactoModel

/// What a page says about itself outside its visible text: `<title>`,
/// Open Graph and other metas, JSON-LD `NewsArticle`, the canonical link,
/// `<time datetime>` and `<html lang>`.
struct PageSignals {
    var documentTitle: String?
    var ogTitle: String?
    var description: String?
    var canonicalURL: String?
    var published: Stamp?
    var authors: [String] = []
    /// The site's and the publisher's names (`og:site_name`, JSON-LD `publisher`, the canonical address's host):
    /// a meta author that names the paper names no writer.
    var siteNames: [String] = []
    var htmlLanguage: String?
    var headline: String?

    init(tree: HTMLTree) {
        var metaDates: [String] = []
        // Fields in place: copying a node retains all its strings.
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let name = tree.nodes[index].name
            guard name == "html" || name == "title" || name == "link" || name == "meta" || name == "script" else { continue }
            let node = (name: name, attributes: tree.nodes[index].attributes)
            switch node.name {
            case "html":
                htmlLanguage = node.attributes["lang"]
            case "title" where documentTitle == nil:
                documentTitle = TextNormalizer.line(tree.text(of: index))
            case "link":
                let rel = node.attributes["rel"]?.lowercasedLatin() ?? ""
                if rel.split(separator: " ").contains("canonical"), let href = node.attributes["href"], Self.isAbsolute(href) {
                    canonicalURL = canonicalURL ?? href
                }
            case "meta":
                let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"] ?? "").lowercasedLatin()
                guard let content = node.attributes["content"].map(TextNormalizer.line), !content.isEmpty else { continue }
                switch key {
                case "og:title", "twitter:title": ogTitle = ogTitle ?? content
                case "og:description", "description", "twitter:description": description = description ?? content
                case "og:site_name", "application-name", "twitter:site": siteNames.append(content)
                case "og:url":
                    if Self.isAbsolute(content) { canonicalURL = canonicalURL ?? content }
                case "author", "article:author", "dc.creator", "sailthru.author", "byl", "parsely-author":
                    if !content.contains("://"), !content.contains("."), content.count < 80 {
                        authors.append(content)
                    }
                default:
                    if Self.dateKeys.contains(key) { metaDates.append(content) }
                }
            case "script" where node.attributes["type"]?.lowercasedLatin() == "application/ld+json":
                readJSONLD(tree.text(of: index), dates: &metaDates)
            default:
                break
            }
        }
        // <time datetime> and itemprop=datePublished elements.
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let node = (name: tree.nodes[index].name, attributes: tree.nodes[index].attributes)
            if node.attributes["itemprop"]?.lowercasedLatin() == "datepublished" {
                metaDates.append(node.attributes["datetime"] ?? node.attributes["content"] ?? tree.text(of: index))
            } else if node.name == "time", let datetime = node.attributes["datetime"] {
                metaDates.append(datetime)
            }
        }
        if let canonicalURL, let host = URL(string: canonicalURL)?.host { siteNames.append(host) }
        for candidate in metaDates {
            let trimmed = candidate.trimming(" \n\t")
            if let stamp = Stamp(iso: trimmed) ?? StampRule.firstStamp(in: trimmed)?.stamp {
                published = stamp
                break
            }
        }
    }

    /// Meta names that carry the publication date.
    static let dateKeys: Set<String> = [
        "article:published_time", "og:published_time", "og:article:published_time", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
        "datepublished", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
        "article_date_original", "cxenseparse:recs:publishtime", "date.release",
    ]

    private static func isAbsolute(_ url: String) -> Bool {
        url.hasPrefix("http://") || url.hasPrefix("https://")
    }

    private mutating func readJSONLD(_ text: String, dates: inout [String]) {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        var queue: [Any] = [value]
        var visited = 0
        while let item = queue.popLast(), visited < 200 {
            visited += 1
            if let list = item as? [Any] {
                queue.append(contentsOf: list)
                continue
            }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let type = (object["@type"] as? String) ?? ((object["@type"] as? [String])?.first ?? "")
            guard type.hasSuffix("Article") || type == "Report" || type == "WebPage" && headline == nil else { continue }
            let isArticle = type.hasSuffix("Article") || type == "Report"
            if isArticle || headline == nil, let value = object["headline"] as? String {
                headline = TextNormalizer.line(value)
            }
            if let date = object["datePublished"] as? String {
                if isArticle { dates.insert(date, at: 0) } else { dates.append(date) }
            }
            if isArticle, authors.isEmpty {
                authors = Self.names(object["author"])
            }
            if isArticle, let publisher = object["publisher"] as? [String: Any], let name = publisher["name"] as? String {
                siteNames.append(name)
            }
            if isArticle, canonicalURL == nil, let url = object["url"] as? String, Self.isAbsolute(url) {
                canonicalURL = url
            }
        }
    }

    /// The names (meta authors, a byline element) that name a writer, not the paper itself ("El Comercio Perú", "NOTICIAS TROME",
    /// "Casa Editorial El Tiempo" on eltiempo.com, "ElPais" on a page of "Diario EL PAIS Uruguay").
    func writers(among names: [String]) -> [String] {
        let sites = siteNames.map(Self.siteKey).filter { $0.count >= 4 }
        return names.filter { author in
            let key = Self.letters(author)
            return !sites.contains { site in key.contains(site) || key.count >= 5 && site.contains(key) }
        }
    }

    /// A site's name as letters only, without "www." and the domain's ending ("www.elcolombiano.com" → "elcolombiano").
    static func siteKey(_ name: String) -> String {
        var name = name.lowercasedLatin().trimming(" @")
        if name.hasPrefix("www.") { name.removeFirst(4) }
        if !name.contains(" "), let dot = name.firstIndex(of: ".") { name = String(name[..<dot]) }
        return letters(name)
    }

    /// Folded letters and digits only ("El País" → "elpais").
    static func letters(_ text: String) -> String {
        String(Folding.fold(text.lowercasedLatin()).filter { $0.isLetter || $0.isNumber })
    }

    private static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [TextNormalizer.line(name)] }
        if let object = value as? [String: Any], let name = object["name"] as? String {
            if (object["@type"] as? String) == "Organization" { return [] }
            return [TextNormalizer.line(name)]
        }
        if let list = value as? [Any] { return list.flatMap { names($0) } }
        return []
    }
}
