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

    public init(host: String = "127.0.0.1", port: Int = 8080, serverName: String = "pacto") {
        self.host = host
        self.port = port
        self.serverName = serverName
    }
}
