/// A document as Pacto reads it: the article found in a page or a text file,
/// with its own stamps and byline, and its body as ordered blocks.
///
/// Every later stage (extraction, the record, checks, the web page) works on
/// this value and never re-reads the source. Evidence offsets point into
/// ``body``.
public struct Article: Sendable, Equatable, Codable {
    /// The path or name the article was read from, as given.
    public var file: String
    /// SHA-256 of the bytes read, in lower-case hex: the document's identity.
    public var sha256: String = ""
    public var title: String?
    /// The page's own publication stamp.
    public var published: Stamp?
    public var authors: [String]
    /// The page's canonical address when it names one.
    public var url: String?
    /// The character encoding the bytes were decoded with (IANA name, lower case).
    public var encoding: String
    public var language: Language
    public var blocks: [Block]
    /// Problems met while reading that did not stop it (repaired bytes, ...).
    public var warnings: [String]
    /// Lines of a text capture the reader set aside as not the article:
    /// header lines other than the title and stamp, page interface ("Chia
    /// sẻ", "Kommentar (0)"), the "related news" and comments tail. Kept so
    /// that a translation check can say what a translator left in; not part
    /// of the JSON form. Empty for HTML pages, whose interface is the page's.
    public var setAside: [String] = []

    /// The JSON keys (``setAside`` is not one).
    enum CodingKeys: String, CodingKey {
        case file, sha256, title, published, authors, url, encoding, language, blocks, warnings
    }

    public init(
        file: String, title: String? = nil, published: Stamp? = nil, authors: [String] = [],
        url: String? = nil, encoding: String = "utf-8", language: Language = .undetermined,
        blocks: [Block] = [], warnings: [String] = []
    ) {
        self.file = file
        self.title = title
        self.published = published
        self.authors = authors
        self.url = url
        self.encoding = encoding
        self.language = language
        self.blocks = blocks
        self.warnings = warnings
    }

    /// The separator between blocks in ``body``.
    public static let blockSeparator = "\n\n"

    /// The article's text: its paragraphs and headings in order, joined by
    /// blank lines. Captions are not part of it (they describe photos, not
    /// the event). Evidence offsets are character offsets into this text.
    public var body: String {
        blocks.lazy.filter { $0.kind != .caption }.map(\.text).joined(separator: Self.blockSeparator)
    }

    /// The photo captions, in order.
    public var captions: [String] {
        blocks.filter { $0.kind == .caption }.map(\.text)
    }

    /// For each block, its character range inside ``body``; nil for captions,
    /// which are not in the body.
    public var bodyRanges: [Range<Int>?] {
        var ranges: [Range<Int>?] = []
        ranges.reserveCapacity(blocks.count)
        var start = 0
        for block in blocks {
            guard block.kind != .caption else {
                ranges.append(nil)
                continue
            }
            let length = block.text.count
            ranges.append(start..<(start + length))
            start += length + Self.blockSeparator.count
        }
        return ranges
    }
}

/// One unit of an article's body.
public struct Block: Sendable, Equatable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        case paragraph
        case heading
        /// A photo caption: not part of ``Article/body``.
        case caption
        /// A line inside the body that names writers or their office
        /// ("Thanh Mỹ – Bá Phúc", "Bài, ảnh: Minh Anh"), besides the byline
        /// taken into ``Article/authors``. Part of ``Article/body``.
        case byline
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The languages Pacto tells apart. Anything else is ``undetermined``.
public enum Language: String, Sendable, Codable, Hashable, CaseIterable {
    case vietnamese = "vi"
    case spanish = "es"
    case english = "en"
    case undetermined = "und"
}
