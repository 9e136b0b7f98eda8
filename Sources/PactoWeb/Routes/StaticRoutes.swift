import Foundation
import Hummingbird

/// The style sheet and the OpenAPI description, compiled in.
struct StaticRoutes: Sendable {
    let styleSheet: ByteBuffer
    let openAPI: ByteBuffer

    init() {
        styleSheet = ByteBuffer(bytes: WebResources.styleSheet)
        openAPI = ByteBuffer(bytes: WebResources.openAPI)
    }

    func add(to router: Router<WebRequestContext>) {
        let styleSheet = styleSheet
        let openAPI = openAPI
        router.get("/static/style.css") { _, _ in
            var headers = HTMLResponse.headers(contentType: "text/css; charset=utf-8")
            headers[.cacheControl] = "public, max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: styleSheet))
        }
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: HTMLResponse.headers(contentType: "application/yaml; charset=utf-8"),
                     body: .init(byteBuffer: openAPI))
        }
    }
}
