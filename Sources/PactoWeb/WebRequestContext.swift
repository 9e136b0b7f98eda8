import Hummingbird

/// The request context of every route: Hummingbird's core storage and a
/// smaller upload limit than its default, since the only body the server
/// reads is a text to check.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Bodies Hummingbird decodes for us stop here (413 past it).
    public var maxUploadSize: Int { WebConfiguration.maximumBodySize }
}
