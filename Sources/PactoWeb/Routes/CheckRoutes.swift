import Foundation
import Hummingbird
import PactoChecking
import PactoModel
import PactoReading

/// The check page (`/check`) and `/api/check`: a Vietnamese original and
/// its Spanish translation, pasted into a form, held against each other by
/// ``Checker`` as `pacto check` does.
///
/// The body is a form (urlencoded or multipart, fields `original` and
/// `translation`, or files `originalFile` and `translationFile`) or JSON
/// with the two text keys, read up to ``WebConfiguration/maximumBodySize``.
/// Nothing is stored.
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
            return HTMLResponse(html: try templates.render(CheckReportView(try check(texts)), with: "check-report"))
        } catch let error as CheckError {
            let view = CheckView(original: texts.original.pasted ?? "", translation: texts.translation.pasted ?? "", message: error.description)
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
        func read(_ text: CheckTexts.Text) throws -> Article {
            do {
                return try reader.read(bytes: text.bytes, name: text.name)
            } catch {
                throw HTTPError(.badRequest, message: error.description)
            }
        }
        return try checker.check(original: try read(texts.original), translation: try read(texts.translation))
    }
}

/// The two texts of a check request, as bytes: an uploaded page keeps its
/// own encoding for the reader to detect.
struct CheckTexts: Sendable {
    struct Text: Sendable {
        var bytes: [UInt8]
        /// The uploaded file's name (its extension tells HTML from text), else the field's.
        var name: String
        /// The text as pasted in the form (UTF-8, as the form is sent), to
        /// show again; nil for an uploaded file.
        var pasted: String? = nil
    }

    var original: Text
    var translation: Text

    /// Reads a form (urlencoded, or multipart with pasted texts or files)
    /// or a JSON body of at most the upload limit.
    /// - Throws: 413 past the limit, 400 when a text is missing or unreadable.
    init(_ request: Request, context: WebRequestContext) async throws {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let body = Array(buffer.readableBytesView)
        let contentType = request.headers[.contentType] ?? ""
        var texts: [String: Text] = [:]
        if let boundary = MultipartForm.boundary(in: contentType) {
            guard let form = MultipartForm(body: body, boundary: boundary) else {
                throw HTTPError(.badRequest, message: "the multipart body does not match its boundary")
            }
            for field in ["original", "translation"] {
                // A file chosen wins over text pasted in the same form.
                if let file = form[field + "File"], !file.bytes.isEmpty {
                    texts[field] = Text(bytes: file.bytes, name: file.filename.map { "\(field)-\($0)" } ?? field)
                } else if let part = form[field] {
                    texts[field] = Text(bytes: part.bytes, name: field, pasted: String(validating: part.bytes, as: UTF8.self))
                }
            }
        } else {
            guard let string = String(validating: body, as: UTF8.self) else {
                throw HTTPError(.badRequest, message: "the body is not UTF-8 text")
            }
            var values: [String: String] = [:]
            if contentType.hasPrefix("application/json") {
                // Other keys are let be, as the description allows them.
                guard let object = try? JSONDecoder().decode(JSONBody.self, from: Data(body)) else {
                    throw HTTPError(.badRequest, message: "the body is not a JSON object of strings {\"original\": …, \"translation\": …}")
                }
                values["original"] = object.original
                values["translation"] = object.translation
            } else {
                values = try SearchParameters.decode(query: string)
            }
            for field in ["original", "translation"] {
                if let value = values[field] { texts[field] = Text(bytes: Array(value.utf8), name: field, pasted: value) }
            }
        }
        func isBlank(_ text: Text?) -> Bool { text?.bytes.allSatisfy { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 } ?? true }
        guard let original = texts["original"], let translation = texts["translation"], !isBlank(original), !isBlank(translation)
        else {
            throw HTTPError(.badRequest, message: "give both texts: original (Vietnamese) and translation (Spanish)")
        }
        self.original = original
        self.translation = translation
    }

    /// The JSON form of the two texts.
    private struct JSONBody: Decodable {
        var original: String?
        var translation: String?
    }
}

/// What the check template shows: the form, filled again after a failure.
struct CheckView {
    var title = "Đối chiếu bản dịch"
    var original = ""
    var translation = ""
    var message: String?
}
