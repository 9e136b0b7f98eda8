import Foundation
import Hummingbird
import PactoChecking
import PactoModel
import PactoReading

/// The check page (`/check`) and `/api/check`: a Vietnamese original and
/// its Spanish translation, pasted into a form, held against each other by
/// ``Checker`` as `pacto check` does.
///
/// The body is a form (`application/x-www-form-urlencoded`, fields
/// `original` and `translation`) or JSON with the same two keys, read up to
/// ``WebConfiguration/maximumBodySize``. Nothing is stored.
struct CheckRoutes: Sendable {
    /// Nil when the shipped glossary could not be loaded: the routes say so (503).
    let checker: Checker?
    let templates: PageTemplates

    func add(to router: Router<WebRequestContext>) {
        router.get("/check", use: page)
        router.post("/check", use: report)
        router.post("/api/check", use: api)
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        HTMLResponse(html: try templates.render(CheckView(), with: "check"))
    }

    /// The side-by-side page of `pacto check --html`. A pair that cannot be
    /// checked shows the form again with the reason (400).
    @Sendable func report(_ request: Request, context: WebRequestContext) async throws -> HTMLResponse {
        let texts = try await CheckTexts(request, context: context)
        do {
            return HTMLResponse(html: try check(texts).html())
        } catch let error as CheckError {
            let view = CheckView(original: texts.original, translation: texts.translation, message: error.description)
            return HTMLResponse(html: try templates.render(view, with: "check"), status: .badRequest)
        }
    }

    /// The report as `pacto check --json` prints it.
    @Sendable func api(_ request: Request, context: WebRequestContext) async throws -> Response {
        let texts = try await CheckTexts(request, context: context)
        let report: CheckReport
        do {
            report = try check(texts)
        } catch let error as CheckError {
            throw HTTPError(.badRequest, message: error.description)
        }
        var headers = HTMLResponse.headers(contentType: "application/json; charset=utf-8")
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: try report.json())))
    }

    private func check(_ texts: CheckTexts) throws -> CheckReport {
        guard let checker else {
            throw HTTPError(.serviceUnavailable, message: "the checker's glossary could not be loaded; see the server log")
        }
        let reader = Reader(options: .init(maxBytes: WebConfiguration.maximumBodySize))
        func read(_ text: String, name: String) throws -> Article {
            do {
                return try reader.read(bytes: Array(text.utf8), name: name)
            } catch {
                throw HTTPError(.badRequest, message: error.description)
            }
        }
        let original = try read(texts.original, name: "original")
        let translation = try read(texts.translation, name: "translation")
        return try checker.check(
            original: original, translation: translation, originalRaw: texts.original, translationRaw: texts.translation)
    }
}

/// The two texts of a check request.
struct CheckTexts: Sendable {
    var original: String
    var translation: String

    /// Reads a form or JSON body of at most the upload limit.
    /// - Throws: 413 past the limit, 400 when a text is missing or the body is not UTF-8.
    init(_ request: Request, context: WebRequestContext) async throws {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard let body = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw HTTPError(.badRequest, message: "the body is not UTF-8 text")
        }
        let values: [String: String]
        if request.headers[.contentType]?.hasPrefix("application/json") == true {
            guard let object = try? JSONDecoder().decode([String: String].self, from: Data(body.utf8)) else {
                throw HTTPError(.badRequest, message: "the body is not a JSON object of strings {\"original\": …, \"translation\": …}")
            }
            values = object
        } else {
            values = try SearchParameters.decode(query: body)
        }
        guard let original = values["original"], !original.allSatisfy(\.isWhitespace),
              let translation = values["translation"], !translation.allSatisfy(\.isWhitespace)
        else {
            throw HTTPError(.badRequest, message: "give both texts: original (Vietnamese) and translation (Spanish)")
        }
        self.original = original
        self.translation = translation
    }
}

/// What the check template shows: the form, filled again after a failure.
struct CheckView {
    var title = "Đối chiếu bản dịch"
    var original = ""
    var translation = ""
    var message: String?
}
