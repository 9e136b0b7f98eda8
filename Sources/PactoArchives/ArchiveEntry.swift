/// One document found inside an archive: its name, its bytes, and what the
/// archive says about it.
///
/// The name is `archive!inside`: the archive's path as given, `!`, then the
/// path inside a ZIP file or the target URI of a WARC record.
public struct ArchiveEntry: Sendable, Hashable {
    /// `archive.zip!path/inside` or `crawl.warc.gz!https://site/page`.
    public var name: String
    /// The document's bytes, decoded from any transfer and content encoding.
    public var bytes: [UInt8]
    /// Where the document was fetched from (`WARC-Target-URI`), if known.
    public var sourceURL: String?
    /// When it was captured (`WARC-Date`, ISO 8601), a fallback when the page gives no date.
    public var capturedAt: String?
    /// The charset named by the HTTP `Content-Type`, if any.
    public var charset: String?
    /// The document's kind when the archive says it (`text/html` → html).
    public var isHTML: Bool?

    public init(
        name: String, bytes: [UInt8], sourceURL: String? = nil, capturedAt: String? = nil,
        charset: String? = nil, isHTML: Bool? = nil
    ) {
        self.name = name
        self.bytes = bytes
        self.sourceURL = sourceURL
        self.capturedAt = capturedAt
        self.charset = charset
        self.isHTML = isHTML
    }
}

/// What reading an archive yields, one item at a time.
public enum ArchiveItem: Sendable, Hashable {
    /// A document to read.
    case entry(ArchiveEntry)
    /// A record or entry that is not a document Pacto reads, by kind.
    case skipped(Skip)
    /// A record or entry that could not be read: its `archive!inside` name and why.
    case failed(name: String, reason: String)
}

/// Why a record or entry was passed over: the keys of the import summary's
/// `skipped` counts.
public enum Skip: String, Sendable, Hashable, Codable, CaseIterable {
    /// `warcinfo` records (crawl metadata).
    case warcinfo
    /// `request` records (what the crawler sent).
    case request
    /// `metadata` records (outlinks, crawl logs).
    case metadata
    /// `revisit` records (the page was unchanged; no payload).
    case revisit
    /// `resource`, `conversion`, `continuation` records and other types.
    case otherRecord = "other-record"
    /// Responses that are not HTML (images, scripts, style sheets, DNS).
    case notHTML = "not-html"
    /// Responses with a 3xx status.
    case redirect
    /// Responses with a 1xx, 4xx or 5xx status.
    case httpError = "http-error"
    /// ZIP entries that are not .html, .htm, .xhtml or .txt files.
    case notDocument = "not-document"
    /// Archives inside archives: not followed.
    case nestedArchive = "nested-archive"
    /// Folders inside ZIP files.
    case folder
}
