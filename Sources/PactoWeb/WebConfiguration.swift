/// Where `pacto serve` listens and how much it accepts.
public struct WebConfiguration: Sendable {
    /// The address to bind: loopback unless the person asks for more.
    public var host: String
    public var port: Int
    /// The name in the `Server` header.
    public var serverName: String

    /// Largest request body read (a pasted article and its translation fit
    /// with room to spare); larger ones are answered 413 before reading.
    public static let maximumBodySize = 1 << 20

    /// Most search answers kept between requests (0: none), and most bytes
    /// of them: see `ResponseCache`.
    public var cacheEntries: Int
    public var cacheBytes: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, serverName: String = "pacto",
        cacheEntries: Int = 4096, cacheBytes: Int = 64 << 20
    ) {
        self.host = host
        self.port = port
        self.serverName = serverName
        self.cacheEntries = cacheEntries
        self.cacheBytes = cacheBytes
    }
}
