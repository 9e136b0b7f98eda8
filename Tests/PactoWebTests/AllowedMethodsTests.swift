import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PactoRecord
@testable import PactoWeb

/// A method a path does not take is 405 with `Allow`; a path the server
/// does not have stays 404; the methods a path takes are served.
@Suite struct AllowedMethodsTests {
    let store: Store

    init() throws {
        store = try WebFixtures.store()
    }

    @Test(arguments: [
        ("/api/search?q=ky+cuong", HTTPRequest.Method.trace, "GET, HEAD"),
        ("/api/search", .put, "GET, HEAD"),
        ("/api/events/1", .delete, "GET, HEAD"),
        ("/api/check", .get, "POST"),
        ("/check", .patch, "GET, POST, HEAD"),
        ("/", .options, "GET, HEAD"),
        ("/openapi.yaml", .post, "GET, HEAD"),
    ])
    func otherMethodsAre405WithAllow(uri: String, method: HTTPRequest.Method, allow: String) async throws {
        let (status, allowed, text) = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: uri, method: method) { ($0.status, $0.headers[.allow], $0.text) }
        }
        #expect(status == .methodNotAllowed)
        #expect(allowed == allow)
        #expect(text.contains("this path takes \(allow)"))
    }

    @Test func unknownPathsStay404() async throws {
        let status = try await WebFixtures.withClient(store) { client in
            try await client.execute(uri: "/api/nothing", method: .trace) { $0.status }
        }
        #expect(status == .notFound)
    }

    /// Every method the table lists reaches its route (no 404, no 405).
    @Test func listedMethodsAreServed() async throws {
        for (path, methods) in AllowedMethods.routes {
            let uri = path.replacingOccurrences(of: ":id", with: "1")
            for method in methods where method != .post {
                let status = try await WebFixtures.withClient(store) { client in
                    try await client.execute(uri: uri, method: method) { $0.status }
                }
                #expect(status != .notFound && status != .methodNotAllowed, "\(method) \(uri): \(status)")
            }
        }
    }
}
